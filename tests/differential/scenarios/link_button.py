"""Differential scenario for st.link_button: plain and widget forms (on_click), labels and keys
as AppTest reads them, and refused arguments."""

from __future__ import annotations

from tests.differential.scenario import Scenario

LINKS = Scenario(
    name="link_button",
    script="""
import streamlit as st
st.link_button("Docs", "https://docs.streamlit.io")
r = st.link_button("Track", "https://example.com", key="track", on_click="rerun", type="primary")
st.text(f"returned {r!r}")
for bad in [dict(type="huge"), dict(on_click="nope")]:
    try:
        st.link_button("x", "https://example.com", **bad)
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[lambda at: at.run()],
)

# icon_position and shortcut on both forms; bad values refused with Streamlit's messages.
LINK_ICON_SHORTCUT = Scenario(
    name="link_button_icon_shortcut",
    script="""
import streamlit as st
st.link_button("Docs", "https://docs.streamlit.io", icon="📖", icon_position="right",
               shortcut="ctrl+k")
r = st.link_button("Go", "https://example.com", on_click="rerun", shortcut="Shift+G")
st.text(f"returned {r!r}")
for bad in [dict(icon_position="top"), dict(shortcut="ctrl+r"), dict(shortcut=3)]:
    try:
        st.link_button("x", "https://example.com", **bad)
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[lambda at: at.run()],
)

SCENARIOS = [LINKS, LINK_ICON_SHORTCUT]
