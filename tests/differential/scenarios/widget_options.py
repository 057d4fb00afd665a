"""Differential scenarios for widget parameters stbundle once accepted without honouring:
chat submit modes, ... — values, session state and refused arguments as Streamlit 1.67 has
them."""

from __future__ import annotations

from tests.differential.scenario import Scenario

CHAT_SUBMIT_MODES = Scenario(
    name="chat_input_submit_mode",
    script="""
import streamlit as st
with st.container():
    a = st.chat_input("Ask", submit_mode="disable", key="a")
    b = st.chat_input("Stop me", submit_mode="stop", key="b")
st.text(f"a={a!r} b={b!r}")
try:
    st.chat_input("bad", submit_mode="later")
except Exception as e:
    st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[
        lambda at: at.chat_input[0].set_value("first").run(),
        lambda at: at.chat_input[1].set_value("second").run(),
        lambda at: at.run(),
    ],
)

SCENARIOS = [CHAT_SUBMIT_MODES]
