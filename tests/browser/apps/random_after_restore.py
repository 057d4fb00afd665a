"""Draws from `random`, which the memory snapshot holds already imported: the page reseeds it on
each visit, or every visit would draw the numbers that follow the state the build left."""

import sys

in_memory = "random" in sys.modules

import random  # noqa: E402

import streamlit as st  # noqa: E402

st.write(f"random in memory before the app: {in_memory}")
st.write(f"drawn: {random.random()!r}")
