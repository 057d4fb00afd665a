"""A fragment's button reruns only the fragment: the full-run counter outside stays put.

The fragment also writes to the sidebar; its reruns replace just that line there.
"""

import streamlit as st

if "full_runs" not in st.session_state:
    st.session_state.full_runs = 0
    st.session_state.fragment_runs = 0
st.session_state.full_runs += 1

st.title("Fragment")
st.write(f"Full runs: {st.session_state.full_runs}")
st.sidebar.write("Sidebar, written by the app")


@st.fragment
def counter() -> None:
    st.session_state.fragment_runs += 1
    st.button("Rerun fragment")
    st.write(f"Fragment runs: {st.session_state.fragment_runs}")
    st.sidebar.write(f"Sidebar, fragment run {st.session_state.fragment_runs}")


counter()
st.button("Rerun app")
