"""Columns, tabs, an expander and the sidebar."""

import streamlit as st

st.title("Layout")
st.sidebar.header("Sidebar")
choice = st.sidebar.radio("Pick a colour", ["Red", "Green", "Blue"])

left, right = st.columns(2)
left.write("Left column")
right.write(f"Right column: {choice}")

first, second = st.tabs(["First tab", "Second tab"])
with first:
    st.write("Content of the first tab")
with second:
    st.write("Content of the second tab")

with st.expander("More details"):
    st.write("Hidden until expanded")
