"""A typical data dashboard: page config, a cached pandas load, a sidebar filter, two metrics,
a line chart, a table and a CSV download (`bundle serve examples/dashboard.py`)."""

import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Sales dashboard", layout="wide")


@st.cache_data
def load_sales() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    days = pd.date_range("2026-01-01", periods=120, freq="D")
    regions = ["north", "south", "east", "west"]
    return pd.DataFrame(
        {
            "day": np.repeat(days, len(regions)),
            "region": regions * len(days),
            "sales": rng.gamma(4.0, 250.0, len(days) * len(regions)).round(2),
            "orders": rng.integers(5, 60, len(days) * len(regions)),
        }
    )


sales = load_sales()
chosen = st.sidebar.multiselect(
    "Regions", sorted(sales.region.unique()), default=["north", "south"], key="regions"
)
shown = sales[sales.region.isin(chosen)]

st.title("Sales dashboard")
left, right = st.columns(2)
left.metric("Revenue", f"${shown.sales.sum():,.0f}")
right.metric("Orders", f"{shown.orders.sum():,}")
st.line_chart(shown.pivot_table(index="day", columns="region", values="sales"))
st.dataframe(shown, hide_index=True)
st.download_button("Download CSV", shown.to_csv(index=False), "sales.csv", "text/csv")
