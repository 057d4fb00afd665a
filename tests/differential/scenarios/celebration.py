"""Differential scenario for st.balloons and st.snow: each is an element in the tree (in the
main area, the sidebar and containers), and returns a handle that can replace it."""

from __future__ import annotations

from tests.differential.scenario import Scenario

CELEBRATION = Scenario(
    name="balloons_and_snow",
    script="""
import streamlit as st
st.balloons()
st.write("after balloons")
handle = st.snow()
handle.write("replaced the snow")
st.sidebar.snow()
with st.container():
    st.balloons()
if st.button("again"):
    st.balloons()
""",
    steps=[lambda at: at.button[0].click().run()],
)

SCENARIOS = [CELEBRATION]
