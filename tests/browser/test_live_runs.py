"""Runs that stay live while the script runs, as a person sees them, in both modes.

In serve mode the server streams a run's messages; in a static build the page runs the script
itself and, where the browser has JSPI (Chromium here), gives the page its turn mid-run
(runtime_wasm/live.py). Either way a progress bar is seen moving, Stop ends a long loop and the
page answers the next click. Without JSPI a static build runs as before: the last test.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import READY, host_static
from tests.builder.static_site import wait_until_ready

APP = Path(__file__).parent / "apps" / "long_run.py"

# Every text the progress bar showed, recorded in the page as it changes.
WATCH_PROGRESS = """
() => {
  window.progressSeen = [];
  new MutationObserver(() => {
    for (const bar of document.querySelectorAll("[role=progressbar]")) {
      const seen = bar.getAttribute("aria-label");
      if (window.progressSeen.at(-1) !== seen) window.progressSeen.push(seen);
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
}
"""


def open_app(page: Any, host_app: Callable[[Path], str], mode: str) -> None:
    page.goto(host_app(APP))
    READY[mode](page)
    expect(page.get_by_role("heading", name="Long runs")).to_be_visible()


def test_progress_moves_during_a_three_second_loop(
    host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    open_app(page, host_app, mode)
    page.evaluate(WATCH_PROGRESS)
    page.get_by_role("button", name="Count for 3 seconds").click()
    # An intermediate step is on screen while the run goes on (checked in the page, at each
    # frame: a step shows for 0.1 s, too short for Playwright's polling to be sure to see it).
    page.wait_for_function(
        """() => [...document.querySelectorAll("[role=progressbar]")].some((bar) =>
             /^Step ([5-9]|1\\d) of 30$/.test(bar.getAttribute("aria-label") ?? ""))
             && !document.body.textContent.includes("Counted to 30")""",
        polling="raf",
        timeout=5_000,
    )
    expect(page.get_by_text("Counting done")).to_be_visible(timeout=10_000)
    expect(page.get_by_text("Counted to 30")).to_be_visible()
    seen = page.evaluate("window.progressSeen")
    steps = {s for s in seen if "Step" in s and "Step 30 of 30" not in s}
    assert len(steps) >= 10, seen  # the bar was seen at many values, not only the last


def test_stop_ends_a_twenty_second_loop_and_the_page_answers(
    host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    open_app(page, host_app, mode)
    page.get_by_role("button", name="Loop for 20 seconds").click()
    expect(page.get_by_text("Looped 1 s")).to_be_visible(timeout=5_000)
    running = page.get_by_role("status").filter(has_text="Running")
    expect(running).to_be_visible()
    started = time.monotonic()
    running.get_by_role("button", name="Stop").click()
    expect(running).to_be_hidden(timeout=1_000)
    assert time.monotonic() - started < 1.0
    page.wait_for_timeout(1_500)  # the loop stays stopped
    expect(page.get_by_text("Looped 3 s")).to_have_count(0)
    expect(page.get_by_text("Loop finished")).to_have_count(0)
    page.get_by_role("button", name="Say hello").click()
    expect(page.get_by_text("Hello from the app")).to_be_visible(timeout=2_000)


def test_a_spinner_shows_while_the_script_is_busy(
    host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    open_app(page, host_app, mode)
    # Which texts were on the page at each animation frame (a frame is painted after it):
    # while the script computes, the page cannot answer Playwright, but it painted the spinner.
    page.evaluate(
        """() => {
          window.framesWithSpinner = 0;
          const frame = () => {
            if (document.body.textContent.includes("Crunching numbers")) window.framesWithSpinner++;
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }"""
    )
    page.get_by_role("button", name="Crunch").click()
    expect(page.get_by_text("Crunched")).to_be_visible(timeout=10_000)
    assert page.evaluate("window.framesWithSpinner") >= 1
    expect(page.get_by_text("Crunching numbers")).to_have_count(0)


def test_a_click_during_a_run_starts_a_new_run(
    host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    open_app(page, host_app, mode)
    page.get_by_role("button", name="Loop for 20 seconds").click()
    expect(page.get_by_text("Looped 1 s")).to_be_visible(timeout=5_000)
    # Queued during the run: the loop stops at its next element and the new run starts.
    page.get_by_role("button", name="Say hello").click()
    expect(page.get_by_text("Hello from the app")).to_be_visible(timeout=3_000)
    expect(page.get_by_text("Loop finished")).to_have_count(0)
    expect(page.get_by_role("status").filter(has_text="Running")).to_be_hidden(timeout=2_000)


def test_without_jspi_a_static_build_runs_as_before_and_says_so(page: Any) -> None:
    """A browser without JSPI (removed here before the page loads): runs complete before the
    page paints, as they did before live runs, the console says why once, and the app works."""
    messages: list[str] = []
    page.on("console", lambda m: messages.append(m.text))
    page.add_init_script("delete WebAssembly.Suspending; delete WebAssembly.Suspender;")
    with host_static(APP) as url:
        page.goto(url)
        wait_until_ready(page)
    page.evaluate(WATCH_PROGRESS)
    page.get_by_role("button", name="Count for 3 seconds").click()
    expect(page.get_by_text("Counted to 30")).to_be_visible(timeout=15_000)
    steps = [s for s in page.evaluate("window.progressSeen") if s.startswith("Step")]
    assert steps == ["Step 30 of 30"]  # only the final state reached the page
    page.get_by_role("button", name="Say hello").click()
    expect(page.get_by_text("Hello from the app")).to_be_visible()
    said = [m for m in messages if "JavaScript Promise Integration" in m]
    assert len(said) == 1, messages
