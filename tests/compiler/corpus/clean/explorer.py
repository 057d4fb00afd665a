"""A data explorer: cached loading, sidebar filters, tabs, keyed data-driven selectors."""

import pandas as pd
import streamlit as st


@st.cache_data(ttl=3600)
def load(path: str) -> pd.DataFrame:
    return pd.read_csv(path)


@st.cache_resource
def model_registry() -> dict[str, str]:
    return {"linear": "Linear", "tree": "Tree"}


df = load("data/cities.csv")
registry = model_registry()

with st.sidebar:
    st.header("Filters")
    country = st.selectbox("Country", sorted(df["country"].unique()), key="country")
    population = st.slider("Minimum population", 0, 10_000_000, 100_000, step=50_000)
    model_name = st.radio("Model", list(registry), format_func=registry.get)

view = df[(df["country"] == country) & (df["population"] >= population)]
table_tab, chart_tab = st.tabs(["Table", "Chart"])
with table_tab:
    st.dataframe(view, use_container_width=True)
with chart_tab:
    st.bar_chart(view, x="city", y="population")

st.download_button("Download CSV", view.to_csv(index=False), file_name="cities.csv")
