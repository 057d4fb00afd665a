"""Runs happen off the event loop: the last interaction wins; stuck scripts stay contained."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.server.client import PageClient, Status
from tests.server.live import LiveServer

LOOPS = """
    import time
    import streamlit as st

    if "count" not in st.session_state:
        st.session_state.count = 0
    if st.button("Increment"):
        st.session_state.count += 1
    st.write(f"Count {st.session_state.count}")
    if st.button("Tick forever"):
        while True:
            st.write("tick")
            time.sleep(0.02)
    if st.button("Spin"):
        while True:
            pass
"""


def _started(page: PageClient) -> None:
    """Wait until the server reports the script as running."""
    while True:
        msg = page.recv()
        if msg.WhichOneof("type") == "session_status" and msg.session_status.script_is_running:
            return


def test_an_interaction_interrupts_a_script_that_keeps_emitting(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("loops.py", LOOPS))
    page = pages(server.ws_url)
    page.run()
    page.click("Tick forever")
    _started(page)
    clicked = time.monotonic()
    page.click("Increment")
    interrupted = page.run()
    assert interrupted.status == Status.STOPPED_FOR_RERUN
    assert "tick" in interrupted.texts()
    latest = page.run()
    assert latest.status == Status.FINISHED_SUCCESSFULLY
    assert "Count 1" in latest.texts()
    assert time.monotonic() - clicked < 2


def test_the_stop_control_stops_a_script_that_keeps_emitting(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("loops.py", LOOPS), force_stop_after_seconds=None)
    page = pages(server.ws_url)
    page.run()
    page.click("Tick forever")
    _started(page)
    page.stop()
    assert page.run().status == Status.STOPPED


def test_a_script_spinning_without_emitting_blocks_no_one_else(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("loops.py", LOOPS), force_stop_after_seconds=0.3)
    spinner, other = pages(server.ws_url), pages(server.ws_url)
    spinner.run()
    other.run()
    spinner.click("Spin")
    _started(spinner)
    for expected in range(1, 4):
        sent = time.monotonic()
        other.click("Increment")
        assert f"Count {expected}" in other.run().texts()
        assert time.monotonic() - sent < 1.0
    assert httpx.get(server.url + "healthz", timeout=2).json()["status"] == "ok"

    # The stop control cannot stop it cooperatively; after the grace it is stopped by force.
    spinner.stop()
    assert spinner.run(timeout=5).status == Status.STOPPED
    spinner.click("Increment")
    assert "Count 1" in spinner.run().texts()


def test_a_freed_session_stuck_in_a_loop_gives_its_thread_back(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(
        write_app("loops.py", LOOPS), reconnect_grace_seconds=0.1, force_stop_after_seconds=0.2
    )
    registry = server.app.state.registry
    page = pages(server.ws_url)
    page.run()
    page.click("Spin")
    _started(page)
    session = registry.get(page.session_id)
    assert session is not None and session.running.busy
    page.close()
    deadline = time.monotonic() + 5
    while session.running.busy and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not session.running.busy
    assert len(registry) == 0


def test_sys_exit_finishes_the_run_and_the_page_goes_idle(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    app = write_app("exits.py", "import sys\nimport streamlit as st\nst.write('hi')\nsys.exit()\n")
    server = serve(app)
    page = pages(server.ws_url)
    run = page.run()
    assert run.status == Status.STOPPED and run.texts() == ["hi"]
    idle = page.recv()
    assert idle.WhichOneof("type") == "session_status"
    assert not idle.session_status.script_is_running
    page.rerun()
    assert page.run().texts() == ["hi"]  # the session is still there
