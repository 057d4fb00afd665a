"""Differential scenario for st.badge: the Markdown directive it sends (colours, icons,
brackets in the label escaped), in the main area, the sidebar and columns."""

from __future__ import annotations

from tests.differential.scenario import Scenario

BADGE = Scenario(
    name="badge",
    script="""
import streamlit as st
st.badge("New")
st.badge("Success", icon=":material/check:", color="green")
st.badge("Hot [beta]", icon="🔥", color="red", help="Still changing", width="stretch")
st.sidebar.badge("Side", color="grey")
a, b = st.columns(2)
a.badge("Left", color="violet")
b.badge("Right", color="primary")
st.markdown(":orange-badge[⚠️ Needs review] :gray-badge[Deprecated]")
""",
)

SCENARIOS = [BADGE]
