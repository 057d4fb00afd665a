"""Differential scenario: `st.<name>` for names Streamlit lacks too (removed names point to their
replacement, typos get close suggestions), as Streamlit's module words them."""

from __future__ import annotations

from tests.differential.scenario import Scenario

MISSING_NAMES = Scenario(
    name="missing_names",
    script="""
import streamlit as st
for name in ["buton", "experimental_dialog", "input", "bokeh_chart", "write_strem",
             "column_confg", "sidebr", "cache", "_x", "dialg", "grd", "metrics", "nothing_close"]:
    try:
        getattr(st, name)
    except AttributeError as e:
        st.write(str(e))
st.experimental_rerun()
""",
)

SCENARIOS = [MISSING_NAMES]
