"""A Plotly figure (serve mode: static builds fetch plotly from Pyodide's CDN)."""

import plotly.graph_objects as go
import streamlit as st

fig = go.Figure(go.Bar(x=["apples", "pears", "figs"], y=[3, 5, 2]))
fig.update_layout(title="Fruit", xaxis_title="kind")
st.plotly_chart(fig)
st.plotly_chart({"data": [{"type": "scatter", "y": [1, 3, 2]}]}, alt="A line", theme=None)
