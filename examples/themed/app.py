"""An app whose .streamlit/config.toml asks for the dark theme."""

import streamlit as st

st.title("Night mode")
name = st.text_input("Your name")
if name:
    st.write(f"Good evening, {name}!")
