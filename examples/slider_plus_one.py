"""A button whose callback moves a keyed slider: the callback writes through the key."""

import streamlit as st


def increment() -> None:
    st.session_state.slider += 1


st.title("Slider plus one")
st.button("Add", on_click=increment)
value = st.slider("Value", 0, 10, key="slider")
st.write(f"Slider is at {value}")
