"""Fixtures for build tests: small apps written into a temporary folder."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

COUNTER = """
import streamlit as st

st.title("Counter")
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.write("Count =", st.session_state.count)
"""


@pytest.fixture
def write_app(tmp_path: Path) -> Callable[..., Path]:
    """write_app(source, files={relative path: text}) -> path of app.py in a fresh folder."""

    def write(source: str = COUNTER, files: dict[str, str] | None = None) -> Path:
        folder = tmp_path / "src"
        folder.mkdir(exist_ok=True)
        for rel, text in (files or {}).items():
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(textwrap.dedent(text), encoding="utf-8")
        app = folder / "app.py"
        app.write_text(textwrap.dedent(source), encoding="utf-8")
        return app

    return write
