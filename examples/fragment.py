"""A fragment's button reruns only the fragment: the full-run counter outside stays put."""

import streamlit as st

if "full_runs" not in st.session_state:
    st.session_state.full_runs = 0
    st.session_state.fragment_runs = 0
st.session_state.full_runs += 1

st.title("Fragment")
st.write(f"Full runs: {st.session_state.full_runs}")


@st.fragment
def counter() -> None:
    st.session_state.fragment_runs += 1
    st.button("Rerun fragment")
    st.write(f"Fragment runs: {st.session_state.fragment_runs}")


counter()
st.button("Rerun app")
