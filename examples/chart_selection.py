"""A chart selection: drag across the points, the app reruns with the selected range."""

import streamlit as st

spec = {
    "mark": {"type": "point", "filled": True, "size": 120},
    "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]}}],
    "encoding": {
        "x": {"field": "day", "type": "quantitative"},
        "y": {"field": "sales", "type": "quantitative"},
    },
}
data = {"day": [1, 2, 3, 4, 5, 6], "sales": [3, 7, 4, 8, 5, 9]}
event = st.vega_lite_chart(data, spec, on_select="rerun", key="pick", alt="Sales by day")
picked = event.selection.brush
if picked:
    low, high = picked["day"]
    days = [d for d in data["day"] if low <= d <= high]
    st.text(f"Selected days: {days}")
else:
    st.text("Nothing selected")
