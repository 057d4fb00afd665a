"""A button that loads data into session state, so it survives later interactions."""

import streamlit as st


def load_data() -> list[dict[str, int]]:
    return [{"row": i, "square": i * i} for i in range(5)]


st.title("Load data")
if st.button("Load data"):
    st.session_state.data = load_data()

st.checkbox("Show squares only")

if "data" in st.session_state:
    st.write(f"Loaded {len(st.session_state.data)} rows")
    st.json(st.session_state.data)
else:
    st.write("No data loaded yet")
