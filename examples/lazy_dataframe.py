"""A lazily loaded table (st.dataframe(lazy=True)) of 100,000 rows from plain Python data (no
pandas needed, so it also runs in a static build offline): the page gets the first 1,000 rows
and fetches the others as it scrolls, or sorts them through the app, without rerunning it."""

import streamlit as st

st.title("Lazy table")

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")

rows = [{"n": i, "label": f"row {i:06d}", "even": i % 2 == 0} for i in range(100_000)]
st.dataframe(rows, lazy=True)
