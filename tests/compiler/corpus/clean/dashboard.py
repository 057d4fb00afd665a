"""A live dashboard: a fragment with run_every, a dialog, expanders and metrics."""

import random
from datetime import datetime

import streamlit as st

st.set_page_config(layout="wide")


@st.cache_data(ttl=60)
def history(points: int) -> list[float]:
    return [random.random() for _ in range(points)]


@st.fragment(run_every="10s")
def live_metrics() -> None:
    cpu, mem = st.columns(2)
    cpu.metric("CPU", f"{random.randint(0, 100)}%")
    mem.metric("Memory", f"{random.randint(0, 100)}%")
    st.caption(f"Updated {datetime.now():%H:%M:%S}")
    if st.button("Refresh now"):
        st.rerun(scope="fragment")


@st.dialog("Settings")
def settings() -> None:
    points = st.number_input("Points", 10, 1000, 100, key="points")
    if st.button("Save"):
        st.session_state.saved_points = points
        st.rerun()


st.title("Operations")
live_metrics()
if st.button("Settings"):
    settings()

with st.expander("History", expanded=True):
    st.line_chart(history(st.session_state.get("saved_points", 100)))
