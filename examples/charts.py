"""Charts from plain Python data (no pandas, so the same app runs in a static build offline)."""

import streamlit as st

st.title("Charts")
steps = {"a": [1, 3, 2, 5], "b": [2, 1, 4, 3]}
st.line_chart(steps, x_label="step", y_label="level", alt="Two series over four steps")
st.bar_chart(
    [{"fruit": "apple", "count": 3}, {"fruit": "pear", "count": 5}, {"fruit": "fig", "count": 2}],
    x="fruit",
    y="count",
    horizontal=True,
)
st.scatter_chart(
    {"x": [1, 2, 3, 4], "y": [4, 1, 3, 2], "kind": ["p", "q", "p", "q"]},
    x="x",
    y="y",
    color="kind",
)
st.area_chart([1, 4, 2, 6], color="#0068c9")
st.vega_lite_chart(
    {"city": ["Oslo", "Rome"], "temp": [4, 18]},
    {
        "title": "Temperatures",
        "mark": "bar",
        "encoding": {
            "x": {"field": "city", "type": "nominal"},
            "y": {"field": "temp", "type": "quantitative", "title": "degrees"},
        },
    },
)
st.graphviz_chart("digraph { rankdir=LR; start -> middle -> end }", alt="Three steps")
st.map(
    {"lat": [59.91, 41.9, 48.86], "lon": [10.75, 12.5, 2.35], "size": [40000, 60000, 50000]},
    size="size",
    height=300,
    alt="Three cities",
)
if st.button("Add a point"):
    steps["a"].append(7)
    steps["b"].append(6)
    st.line_chart(steps, alt="Five steps")
