"""Run on save: editing the app or a local module reruns open pages with the new code."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from tests.server.client import PageClient, Run
from tests.server.live import LiveServer

APP = """
    import streamlit as st
    import helper

    if "clicks" not in st.session_state:
        st.session_state.clicks = 0
    if st.button("Click"):
        st.session_state.clicks += 1
    st.write(f"{helper.GREETING} after {st.session_state.clicks} clicks")
"""


def _run_with(page: PageClient, text: str, timeout: float = 10.0) -> Run:
    """The first settled run whose texts contain `text` (a save may trigger more than one)."""
    deadline = time.monotonic() + timeout
    while True:
        run = page.settled_run(timeout=max(0.05, deadline - time.monotonic()))
        if any(text in t for t in run.texts()):
            return run


def test_saves_rerun_pages_keeping_state_and_recovering_from_errors(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    write_app("helper.py", 'GREETING = "Hello"\n')
    app = write_app("app.py", APP)
    server = serve(app, watch=True)
    page = pages(server.ws_url)
    assert page.run().texts() == ["Hello after 0 clicks"]
    page.click("Click")
    assert page.run().texts() == ["Hello after 1 clicks"]

    # A local module changes: the page reruns, importing it anew, with its state kept.
    time.sleep(0.2)  # let the watcher settle on the folder
    write_app("helper.py", 'GREETING = "Bonjour"\n')
    _run_with(page, "Bonjour after 1 clicks")

    # A broken save shows the error in the page...
    write_app("app.py", APP.replace("st.write(f", "st.write(f(", 1))
    broken = _run_with(page, "SyntaxError")
    (exc,) = broken.exceptions()
    assert exc.filename.endswith("app.py")

    # ...and the next good save recovers.
    write_app("app.py", APP.replace('clicks")', 'clicks!")'))
    _run_with(page, "Bonjour after 1 clicks!")
