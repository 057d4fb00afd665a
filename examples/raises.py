"""An app that raises: the page shows the exception and its traceback, the session lives on."""

import streamlit as st

st.title("Raises")
st.write("Before the error")


def divide(a: int, b: int) -> float:
    return a / b


if st.button("Divide by zero"):
    divide(1, 0)
st.write("After the button")
raise ValueError("this app raises on purpose")
