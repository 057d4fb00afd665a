"""Two text boxes that mirror each other through session state and callbacks."""

import streamlit as st

if "text" not in st.session_state:
    st.session_state.text = ""
    st.session_state.left = ""
    st.session_state.right = ""


def from_left() -> None:
    st.session_state.text = st.session_state.left
    st.session_state.right = st.session_state.left


def from_right() -> None:
    st.session_state.text = st.session_state.right
    st.session_state.left = st.session_state.right


st.title("Mirrored text boxes")
st.text_input("Left", key="left", on_change=from_left)
st.text_input("Right", key="right", on_change=from_right)
st.write("Text:", st.session_state.text)
