"""Differential scenarios for st.echo: the with-block's source (dedented, decorators kept,
nested blocks whole) shown above or below its output, in containers and functions."""

from __future__ import annotations

from tests.differential.scenario import Scenario

ECHO = Scenario(
    name="echo",
    script="""
import streamlit as st

with st.echo():
    x = 1 + 1
    st.write("x is", x)

def show():
    with st.echo("below"):
        for i in range(2):
            st.write(i)
        # a comment inside

show()
with st.sidebar:
    with st.echo(code_location="anything"):
        @st.cache_data
        def f():
            return 3
        st.write(f())
col, _ = st.columns(2)
with col:
    with st.echo():
        st.write("in a column")
st.write("after")
""",
)

SCENARIOS = [ECHO]
