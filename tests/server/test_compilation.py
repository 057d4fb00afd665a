"""Serve mode compiles the app: its manifest reaches the sessions, its findings the terminal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from stbundle.server.sessions import SessionRegistry
from stbundle.server.settings import ServerSettings
from stbundle.server.workers import WorkerPool

from tests.server.client import PageClient, Status
from tests.server.live import LiveServer

REPEATS = """
import streamlit as st
for _ in range(2):
    st.checkbox("Done")
if st.button("A"):
    if st.button("B"):
        st.write("never")
"""

LOOP = """
import streamlit as st
for _ in range(3):
    st.checkbox("Done")
"""


def test_recompile_gives_sessions_the_manifest_and_returns_findings(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(REPEATS)
    registry = SessionRegistry(app, ServerSettings(), WorkerPool())
    findings = registry.recompile()
    assert any(":6:" in line and "XST101" in line for line in findings), findings
    manifest = registry.compilation.manifest
    assert manifest is not None
    assert [w["kind"] for w in manifest["widgets"]] == ["checkbox", "button", "button"]


def test_a_broken_save_is_a_finding_and_the_next_good_save_recovers(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(REPEATS)
    registry = SessionRegistry(app, ServerSettings(), WorkerPool())
    registry.recompile()
    good = registry.compilation.manifest
    app.write_text("import streamlit as st\nst.write(\n")
    findings = registry.recompile()
    assert any("XST001" in line and "app.py:2:" in line for line in findings), findings
    app.write_text(REPEATS)
    registry.recompile()
    assert registry.compilation.manifest == good


def test_a_served_app_tells_repeated_keyless_widgets_apart(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    # Streamlit would stop this app with a duplicate-ID error; compiled, each checkbox is its own.
    server = serve(write_app("loop.py", LOOP))
    page = pages(server.ws_url)
    first = page.run()
    assert first.status == Status.FINISHED_SUCCESSFULLY, first.texts()
    labels = [el.checkbox.common.label for el in first.elements() if el.HasField("checkbox")]
    assert labels == ["Done", "Done", "Done"]
    assert first.exceptions() == []
