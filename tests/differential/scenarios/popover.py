"""Differential scenarios for st.popover: content written with and without `with`, widgets
inside it keeping state, the stateful mode (on_change="rerun" / a callback, `.open`, lazy
content), keys, use_container_width, and Streamlit's errors for bad parameters."""

from __future__ import annotations

from tests.differential.scenario import Scenario

POPOVER = Scenario(
    name="popover",
    script="""
import streamlit as st
with st.popover("Settings", help="Change things", icon=":material/settings:") as pop:
    name = st.text_input("Name", key="name")
    st.write("inside", pop.open)
st.write("Hello", name)
wide = st.popover("Wide", use_container_width=True, type="primary", disabled=True)
wide.write("written without with")
opened = []
def toggled():
    opened.append(st.session_state.lazy)
lazy = st.popover("Lazy", key="lazy", on_change=toggled)
with lazy:
    if lazy.open:
        st.write("expensive content")
st.write("lazy open:", lazy.open, opened)
plain = st.popover("Rerun", on_change="rerun")
st.write("plain open:", plain.open)
for bad in [lambda: st.popover("x", type="huge"), lambda: st.popover("y", on_change="never")]:
    try:
        bad()
    except Exception as e:
        st.write(type(e).__name__, str(e))
""",
    steps=[
        lambda at: at.text_input(key="name").input("Ada").run(),
        lambda at: at.run(),
    ],
)

SCENARIOS = [POPOVER]
