"""A grid of cards: direct children are cells, a wide cell spans two columns."""

import streamlit as st

st.header("Grid")
cards = st.grid(3, border=True)
with cards:
    st.metric("Users", 120)
    st.metric("Sales", 42)
    st.metric("Errors", 3)
    with cards.cell(column_span=2):
        st.write("A wide cell")
        clicked = st.button("Refresh")
    st.write("Refreshed" if clicked else "Not refreshed yet")
