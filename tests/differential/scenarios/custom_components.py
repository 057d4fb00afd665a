"""Differential scenarios for components.v1.declare_component: what a component call shows
(Streamlit's AppTest sees an UnknownElement with the widget's state), what it returns before
its frame sets a value (the default), identity with and without keys, the declared object, and
Streamlit's errors for calls it refuses."""

from __future__ import annotations

from tests.differential.scenario import Scenario

_DECLARE = """
import os
import streamlit as st
import streamlit.components.v1 as components
folder = os.path.join(os.path.dirname(__file__), "frontend")
comp = components.declare_component("counter", path=folder)
remote = components.declare_component("remote", url="http://localhost:3001")
"""

CUSTOM_COMPONENT = Scenario(
    name="custom_component",
    script=_DECLARE
    + """
st.write("keyed:", comp(label="Clicks", key="clicks", default=0))
st.write("keyless:", comp(label="Other", default=[1, 2]))
st.write("no default:", remote(greeting="hi"))
st.write("bytes arg:", comp(blob=b"abc", key="blob"))
st.write(comp.name.endswith(".counter"), remote.url, comp.path == folder, comp == comp)
st.write(str(remote).endswith("http://localhost:3001"), "clicks" in st.session_state)
with st.sidebar:
    st.write("in sidebar:", comp(label="Side", key="side", default="s"))
""",
    steps=[lambda at: at.run()],
)


CUSTOM_COMPONENT_STATE = Scenario(
    name="custom_component_state",
    script=_DECLARE
    + """
if "seen" not in st.session_state:
    st.session_state.seen = 0
def changed():
    st.session_state.seen += 1
value = comp(key="k", default=3, on_change=changed)
st.write("value:", value, st.session_state.seen)
if st.button("set"):
    st.session_state.k = 7
st.write("state:", st.session_state.k)
""",
    steps=[lambda at: at.button[0].click().run(), lambda at: at.run()],
)


CUSTOM_COMPONENT_ERRORS = Scenario(
    name="custom_component_errors",
    script=_DECLARE
    + """
from streamlit.errors import StreamlitAPIException
tries = {
    "positional": lambda: comp("a"),
    "no path or url": lambda: components.declare_component("none"),
    "not json": lambda: comp(value=object()),
    "on_change mode": lambda: comp(on_change="rerun"),
    "tab_index type": lambda: comp(tab_index="1"),
    "tab_index range": lambda: comp(tab_index=-2),
}
for name, attempt in tries.items():
    try:
        attempt()
        st.write(name, "accepted")
    except StreamlitAPIException as exc:
        st.write(name, type(exc).__name__)
comp(key="dup")
comp(key="dup")
""",
)

SCENARIOS = [CUSTOM_COMPONENT, CUSTOM_COMPONENT_STATE, CUSTOM_COMPONENT_ERRORS]
