"""ECharts: an option dict drawn with Apache ECharts; click bars to select them."""

import streamlit as st

st.title("ECharts")

days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
sales = [120, 200, 150, 80, 70]

event = st.echarts_chart(
    {
        "grid": {"left": 50, "right": 20, "top": 40, "bottom": 30},
        # A number format for the tooltip's values (a named one like "dollar", or printf).
        "tooltip": {"trigger": "item", "valueFormatter": "%d units"},
        "xAxis": {"type": "category", "data": days},
        "yAxis": {"type": "value", "max": 250},
        "series": [{"type": "bar", "name": "Sales", "data": sales, "selectedMode": "multiple"}],
    },
    key="sales",
    on_select="rerun",
    alt="Sales by weekday",
)
picked = [i for group in event.selection.selected for i in group["data_indices"]]
if picked:
    st.text(f"Selected: {', '.join(days[i] for i in picked)}")
else:
    st.text("Nothing selected")

# A dataset by columns: the first dimension is the category, each other one a series.
st.echarts_chart(
    {
        "legend": {},
        "dataset": {
            "source": [["fruit", "2024", "2025"], ["apple", 3, 5], ["pear", 4, 2], ["fig", 1, 6]]
        },
        "xAxis": {"type": "category"},
        "yAxis": {},
        "series": [{"type": "bar"}, {"type": "bar"}],
    },
    renderer="svg",
    height=300,
    alt="Fruit by year",
)
