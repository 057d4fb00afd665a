"""A static page survives Chromium's stack traces of sampled allocations taken while its Python
runs on a JSPI stack (browser_support.CHROMIUM_FEATURES says why it crashed before).

In a default browser such a sample comes rarely (three crashes in six hours of tests and
benchmarks). Here Chromium's lightweight use-after-free detector samples one free in about 50 in
every process, so the first run and the warm-up take thousands of traces on Python's stack:
without StackScanMaxFramePointerToStackEndGap every page crashed (3 of 3, at once; the dumps at
the same instruction as the rare crashes), with it none did (40 visits). The detector is left
out where GWP-ASan is on, hence GWP-ASan is turned off here (this replaces Playwright's
--disable-features list, which concerns network and UI features a local page does not use).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import host_static
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, CHROMIUM_FEATURES
from tests.builder.static_site import wait_until_ready

APP = Path(__file__).resolve().parents[2] / "examples" / "counter.py"
SAMPLE_FREES = (
    "LightweightUafDetector:Mode/Random/ProcessSamplingProbability/1.0"
    "/AllocationSamplingMultiplier/50/AllocationSamplingRange/1"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """This module's Chromium samples frees often (the `page` fixture uses it)."""
    from playwright.sync_api import sync_playwright

    args = [a for a in CHROMIUM_ARGS if not a.startswith("--enable-features=")]
    args.append("--enable-features=" + ",".join((*CHROMIUM_FEATURES, SAMPLE_FREES)))
    args.append("--disable-features=GwpAsanMalloc,GwpAsanPartitionAlloc")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=args)
        yield b
        b.close()


def test_the_first_run_clicks_and_warm_up_under_sampled_stack_traces(page: Any) -> None:
    """The `page` fixture fails the test when the renderer crashed, with the dump's reading."""
    with host_static(APP) as url:
        page.goto(url)
        wait_until_ready(page)
        increment = page.get_by_role("button", name="Increment")
        for _ in range(3):  # clicks while the warm-up runs: the page's runs between its runs
            increment.click()
            page.wait_for_timeout(200)
        expect(page.get_by_text("Count = 3")).to_be_visible()
        page.wait_for_function(
            "performance.getEntriesByName('stb:warmed-up').length > 0", timeout=90_000
        )
        runs = page.evaluate("performance.getEntriesByName('stb:warmed-up')[0].detail.runs")
        assert runs >= 100
