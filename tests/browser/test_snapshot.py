"""A static build starts from its memory snapshot (builder/snapshot.py), stays live, and falls
back to a normal start, saying why once in the console, when the snapshot or the stored code
cache cannot be used. In Chromium, as a visitor's page would."""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from stbundle.builder import snapshot_format
from stbundle.runtime_wasm.warm_up import RUNS

from tests.browser.conftest import host_static
from tests.builder.static_site import wait_until_ready

APP = Path(__file__).parent / "apps" / "long_run.py"
STDLIB_APP = Path(__file__).parent / "apps" / "stdlib_after_restore.py"
RANDOM_APP = Path(__file__).parent / "apps" / "random_after_restore.py"
SNAPSHOT = "**/snapshot.bin.gz"
LAYOUT = "**/snapshot.layout"  # the snapshot's start, a file of its own (snapshot_format.py)
RESTORED = "performance.getEntriesByName('stb:pyodide-loaded')[0].detail.snapshot"
WARMED = "stb:warmed-up"
FETCHED = "performance.getEntriesByType('resource').map((e) => e.name)"


def open_site(page: Any, app: Path = APP) -> list[str]:
    """Open the app's site; returns the console messages (filled as they come)."""
    messages: list[str] = []
    page.on("console", lambda m: messages.append(m.text))
    with host_static(app) as url:
        page.goto(url)
    wait_until_ready(page)
    return messages


def answers_a_click(page: Any) -> None:
    page.get_by_role("button", name="Say hello").click()
    expect(page.get_by_text("Hello from the app")).to_be_visible()


def test_the_page_starts_from_the_snapshot_and_runs_stay_live(page: Any) -> None:
    messages = open_site(page)
    assert page.evaluate(RESTORED) is True
    assert not [m for m in messages if "snapshot" in m], messages
    # Pyodide's files came once each (none twice, as a preload the page's own request cannot
    # take over would make it: its modules are preloaded).
    fetched = page.evaluate(FETCHED)
    for name in ("pyodide.asm.wasm", "pyodide-lock.json", "python_stdlib", "pyodide.asm.mjs"):
        assert len([url for url in fetched if name in url]) == 1, fetched
    assert not [m for m in messages if "preload" in m], messages
    page.get_by_role("button", name="Count for 3 seconds").click()
    page.wait_for_function(  # a step of the bar on the page while the run goes on
        """() => /^Step ([5-9]|1\\d) of 30$/.test(
             document.querySelector("[role=progressbar]")?.getAttribute("aria-label") ?? "")""",
        polling="raf",
        timeout=5_000,
    )
    expect(page.get_by_text("Counted to 30")).to_be_visible(timeout=10_000)
    answers_a_click(page)
    # In idle time the page warmed the interpreter up (runtime_wasm/warm_up.py), quietly.
    page.wait_for_function(f"performance.getEntriesByName('{WARMED}').length > 0", timeout=60_000)
    assert page.evaluate(f"performance.getEntriesByName('{WARMED}')[0].detail.runs") == RUNS
    assert not [m for m in messages if "warm-up" in m], messages
    answers_a_click(page)


def test_a_restored_page_reads_pyodides_own_standard_library(page: Any) -> None:
    """The snapshot was made with the site's precompiled standard library, and the page restores
    it with Pyodide's own zip of sources (builder/snapshot.py): a module the snapshot does not
    hold imports from that zip, and the modules it holds read their sources from it."""
    messages = open_site(page, STDLIB_APP)
    assert page.evaluate(RESTORED) is True
    stdlib = [url for url in page.evaluate(FETCHED) if "python_stdlib" in url]
    assert [url.rsplit("/", 1)[-1] for url in stdlib] == ["python_stdlib.zip"], stdlib
    page.get_by_role("button", name="Read the standard library").click()
    expect(page.get_by_text("csv rows: [['a', 'b']]")).to_be_visible()
    expect(page.get_by_text("json source: def dumps(obj, *, skipkeys=False")).to_be_visible()
    expect(page.get_by_text("traceback line: obj, end = self.scan_once(s, idx)")).to_be_visible()
    assert not [m for m in messages if "stbundle" in m], messages


def test_each_visit_of_a_restored_page_draws_other_random_numbers(page: Any) -> None:
    """`random` is in the snapshot's memory with the state the build left it in: the page
    reseeds it (runtime_wasm/src/main.ts), else every visit would draw the same numbers."""
    drawn = []
    for _ in range(2):
        open_site(page, RANDOM_APP)
        assert page.evaluate(RESTORED) is True
        expect(page.get_by_text("random in memory before the app: True")).to_be_visible()
        drawn.append(page.get_by_text("drawn:").inner_text())
    assert drawn[0] != drawn[1], drawn


def changed(edit: Callable[[bytearray], None]) -> Callable[[Any], None]:
    """A route handler serving the real snapshot or layout with `edit` applied to its bytes
    (the snapshot's uncompressed; the layout's are its start)."""

    def handler(route: Any) -> None:
        body = route.fetch().body()
        packed = body[:2] == b"\x1f\x8b"
        raw = bytearray(gzip.decompress(body) if packed else body)
        edit(raw)
        route.fulfill(status=200, body=gzip.compress(bytes(raw), 1) if packed else bytes(raw))

    return handler


def other_build(raw: bytearray) -> None:
    """Another Pyodide build id in Pyodide's header (its bytes 16-48)."""
    at = snapshot_format.PREFIX  # where Pyodide's header starts
    raw[at + 16 : at + 48] = bytes(32)


def other_module_memory(raw: bytearray) -> None:
    """Other bytes expected where the snapshot keeps the module's own pages (as if made from
    another wasm build): its checksum of them changed."""
    at = snapshot_format.PREFIX - 4  # the kept pages' checksum
    raw[at : at + 4] = bytes(4)


def truncated(raw: bytearray) -> None:
    """Cut short in the middle of its memory."""
    del raw[len(raw) // 2 :]


def gone(route: Any) -> None:
    route.fulfill(status=404, body="gone")


#: Each fault: how the snapshot and its layout file are served (None: as built), and what the
#: console line says of it.
FAULTS: dict[str, tuple[Callable[[Any], None] | None, Callable[[Any], None] | None, str]] = {
    "missing": (gone, None, "snapshot.bin.gz: HTTP 404"),
    "corrupt": (
        lambda route: route.fulfill(status=200, body=b"\x1f\x8b" + os.urandom(4096)),
        None,
        "",
    ),
    "another Pyodide build": (changed(other_build), changed(other_build), "build id mismatch"),
    "kept pages differ from the module's": (
        changed(other_module_memory),
        changed(other_module_memory),
        "starts with other memory than the snapshot",
    ),
    "truncated": (changed(truncated), None, "snapshot is truncated"),
    "layout missing": (None, gone, "snapshot.layout: HTTP 404"),
    "layout not the snapshot's": (changed(other_build), None, "does not start with its layout"),
    "layout cut short": (None, changed(truncated), "is not a memory snapshot's layout"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_an_unusable_snapshot_falls_back_to_a_normal_start(page: Any, fault: str) -> None:
    snapshot, layout, reason = FAULTS[fault]
    if snapshot:
        page.route(SNAPSHOT, snapshot)
    if layout:
        page.route(LAYOUT, layout)
    messages = open_site(page)
    assert page.evaluate(RESTORED) is False
    said = [m for m in messages if "starting without the memory snapshot" in m]
    assert len(said) == 1 and reason in said[0], messages
    answers_a_click(page)


def test_without_workers_the_snapshot_is_inflated_in_the_page(page: Any) -> None:
    """The snapshot is downloaded and inflated in a worker (runtime_wasm/src/snapshot.ts); a page
    that cannot make one (a Content-Security-Policy without blob: workers) does it itself."""
    page.add_init_script("delete window.Worker")
    messages = open_site(page)
    assert page.evaluate(RESTORED) is True
    assert not [m for m in messages if "snapshot" in m], messages
    answers_a_click(page)


# The site's record (runtime_wasm/src/codecache.ts: its folder and Pyodide version) overwritten.
CORRUPT_CODE_CACHE = """
async () => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open("stbundle", 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const { pyodideVersion } = JSON.parse(document.getElementById("stb-config").textContent);
  const key = `${new URL(".", document.baseURI).pathname}|pyodide ${pyodideVersion}`;
  const store = db.transaction("code-cache", "readwrite").objectStore("code-cache");
  store.put(new Uint8Array([1, 2, 3, 4]), key);
  await new Promise((resolve) => { store.transaction.oncomplete = resolve; });
  db.close();
}
"""


def test_a_corrupt_code_cache_is_said_once_and_the_app_still_starts(page: Any) -> None:
    messages = open_site(page)
    page.evaluate(CORRUPT_CODE_CACHE)
    messages.clear()
    page.reload()
    wait_until_ready(page)
    said = [m for m in messages if "stored code cache was not used" in m]
    assert len(said) == 1, messages
    answers_a_click(page)


def test_a_returning_visitor_starts_from_the_snapshot_too(page: Any) -> None:
    """The next visit restores the snapshot again (a visitor's HTTP cache holds it): measured
    faster than starting Python from the stored bytecode (bench/README.md)."""
    open_site(page)
    assert page.evaluate(RESTORED) is True
    page.reload()
    wait_until_ready(page)
    assert page.evaluate(RESTORED) is True
    answers_a_click(page)
