"""The script is parsed and compiled once per version of its source, and the code object is
shared by every session: simultaneous first runs neither compile it again nor race in the AST
builder (Python 3.11's "AST constructor recursion depth mismatch")."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from stbundle.runtime_py.script_source import COMPILED_SCRIPTS, CompiledScripts, ScriptSource

from tests.server.client import PageClient, Status
from tests.server.live import LiveServer

# Deep nesting and many statements make each compile long enough for first runs to overlap.
NESTED = "".join(f"{'    ' * i}if True:\n" for i in range(40)) + "    " * 40 + "x = 1\n"
APP = (
    "import streamlit as st\n"
    + NESTED
    + "".join(f"v{i} = [{i}, {{'k': ({i}, {i + 1})}}]\n" for i in range(1500))
    + "st.write('ready', v1499[0])\n"
)


def test_simultaneous_first_runs_share_one_compile(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(APP)
    cache = CompiledScripts()
    sources = [ScriptSource(script, cache) for _ in range(32)]
    barrier = threading.Barrier(len(sources))

    def first_run(source: ScriptSource) -> object:
        barrier.wait()
        return source.code()

    with ThreadPoolExecutor(len(sources)) as pool:
        codes = list(pool.map(first_run, sources))
    assert cache.compiles == 1
    assert all(code is codes[0] for code in codes)

    time.sleep(0.01)
    script.write_text(APP.replace("'ready'", "'changed'"))  # a new version: compiled once more
    again = [s.code() for s in sources]
    assert cache.compiles == 2 and all(code is again[0] for code in again)
    assert again[0] is not codes[0] and "changed" in again[0].co_consts


def test_many_pages_connecting_at_once_all_run_cleanly(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    app = write_app("big.py", APP)
    server = serve(app)
    before = COMPILED_SCRIPTS.compiles
    barrier = threading.Barrier(40)

    def first_run(_: int) -> tuple[object, list[str]]:
        barrier.wait()
        run = pages(server.ws_url, timeout=30).settled_run()
        return run.status, run.texts()

    with ThreadPoolExecutor(40) as pool:
        results = list(pool.map(first_run, range(40)))
    assert results == [(Status.FINISHED_SUCCESSFULLY, ["ready `1499`"])] * 40
    assert COMPILED_SCRIPTS.compiles == before + 1
