"""The toggle pattern: a button whose callback flips a flag kept in session state."""

import streamlit as st

if "show_details" not in st.session_state:
    st.session_state.show_details = False


def toggle() -> None:
    st.session_state.show_details = not st.session_state.show_details


st.title("Toggle")
st.button("Toggle details", on_click=toggle)

if st.session_state.show_details:
    st.write("Details here...")
