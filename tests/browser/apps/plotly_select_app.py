"""A Plotly scatter whose selection reruns the app (serve mode: plotly is not in Pyodide)."""

import plotly.graph_objects as go
import streamlit as st

fig = go.Figure(
    go.Scatter(
        x=[1, 2, 3], y=[1, 3, 2], mode="markers", marker={"size": 30}, customdata=["a", "b", "c"]
    )
)
fig.update_layout(title="Dots", width=500, height=400)
event = st.plotly_chart(fig, key="dots", on_select="rerun", width="content")
st.text(f"indices: {sorted(event.selection.point_indices)}")
st.text(f"custom: {[p['customdata'] for p in event.selection.points]}")
st.text(f"boxes: {len(event.selection.box)}")
st.text(f"state matches: {st.session_state.dots == event}")
