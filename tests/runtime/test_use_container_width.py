"""`use_container_width`, Streamlit's older spelling of width="stretch"/"content": given, it
decides the element's width over `width` (charts and the data editor keep a width in pixels
when it is False); not given, `width` stands."""

from __future__ import annotations

from pathlib import Path

from tests.app_runs import new_elements, run_app

SCRIPT = """
import streamlit as st
st.button("stretched", use_container_width=True)
st.button("fitted", use_container_width=False, width=200)
st.button("sized", width=200)
st.download_button("save", b"x", use_container_width=True)
st.link_button("open", "https://example.com", use_container_width=True)
st.graphviz_chart("digraph { a -> b }", use_container_width=False)
st.dataframe([1, 2], use_container_width=True)
spec = {"mark": "point", "data": {"values": [{"a": 1}]}, "encoding": {"x": {"field": "a"}}}
st.vega_lite_chart(spec, use_container_width=False, width=300)
st.vega_lite_chart(spec, use_container_width=False)
st.vega_lite_chart(spec, use_container_width=True, width=300)
st.data_editor([1, 2], use_container_width=False, width=300)
st.data_editor([1, 2], use_container_width=True, width=300)
"""


def test_use_container_width_decides_the_width_when_given(tmp_path: Path) -> None:
    _, sent = run_app(tmp_path, SCRIPT)
    elements = [m.delta.new_element for m in new_elements(sent)]
    widths = [(e.WhichOneof("type"), e.layout.WhichOneof("width")) for e in elements]
    assert widths == [
        ("button", "width_stretch"),
        ("button", "width_content"),
        ("button", "width_pixels"),
        ("download_button", "width_stretch"),
        ("link_button", "width_stretch"),
        ("graphviz_chart", "width_content"),
        ("dataframe", "width_stretch"),
        ("vega_lite_chart", "width_pixels"),
        ("vega_lite_chart", "width_content"),
        ("vega_lite_chart", "width_stretch"),
        ("dataframe", "width_pixels"),  # st.data_editor
        ("dataframe", "width_stretch"),
    ]
