"""AppTest's `Metric.color`, compared with Streamlit 1.67's: the delta colour the runtime chose
(Streamlit's MetricColor number), for each sign of delta and each delta_color mode."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest as StreamlitAppTest

from stbundle.testing import AppTest as StbundleAppTest

SCRIPT = """
import streamlit as st
st.metric("none", 1)
for delta in (2, -2, 0, "+1.5%", "-3", "0", None):
    for mode in ("normal", "inverse", "off", "red", "green", "orange", "yellow", "blue",
                 "violet", "gray", "grey", "primary"):
        st.metric(f"{delta} {mode}", 1, delta, delta_color=mode)
"""


@pytest.fixture(autouse=True)
def quiet_streamlit() -> Iterator[None]:
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


def test_metric_colors_match_streamlit() -> None:
    theirs = StreamlitAppTest.from_string(SCRIPT, default_timeout=30).run()
    ours = StbundleAppTest.from_string(SCRIPT, default_timeout=30).run()
    assert not theirs.exception and not ours.exception
    expected = [(m.label, m.color) for m in theirs.metric]
    assert len(expected) == 1 + 7 * 12
    assert [(m.label, m.color) for m in ours.metric] == expected
