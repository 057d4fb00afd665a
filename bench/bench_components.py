"""Custom components: a click in the component's frame -> the script's answer painted,
`bundle serve` vs `streamlit run`.

    python bench/bench_components.py [--samples 9]

The app (written to a temporary folder) declares tests/browser/apps/custom_component_ui/, a
hand-written component that speaks Streamlit's component messages, and writes "Clicks: N"
from its value. Each sample opens the page afresh, waits for the frame to be rendered, and
measures in the page: performance.now() at the click inside the frame (the frame has the app's
origin under both servers, so the page listens to it), then every animation frame until the
page's text holds "Clicks: 1". The click travels as setComponentValue to the page, as a rerun
to the server, and back as the new text. Samples alternate between the two servers. Prints
medians and the ratio (ours / Streamlit's; goal <= 1).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_serve import Server, running, servers  # noqa: E402

from tests.browser_support import launch_chromium  # noqa: E402

COMPONENT = ROOT / "tests" / "browser" / "apps" / "custom_component_ui"
APP = """
import os
import streamlit as st
import streamlit.components.v1 as components

ui = os.path.join(os.path.dirname(__file__), "ui")
counter = components.declare_component("counter", path=ui)
st.title("Component bench")
value = counter(name="bench", blob=b"123", base_height=120, count=0, key="c", default=None)
st.write(f"Clicks: {0 if value is None else value['count']}")
"""
FRAME = "iframe[title='component_bench.counter']"

# Arms the timer (the click in the frame, capture phase) and a poll for the script's answer.
ARM_JS = """
(selector) => {
  window.__t0 = null;
  const doc = document.querySelector(selector).contentDocument;
  doc.addEventListener("click", () => {
    if (window.__t0 === null) window.__t0 = performance.now();
  }, true);
  window.__painted = new Promise((resolve, reject) => {
    const start = performance.now();
    const poll = () => {
      if (window.__t0 !== null && /Clicks:\\s*1/.test(document.body.innerText)) {
        resolve(performance.now() - window.__t0);
      } else if (performance.now() - start > 30000) reject(new Error("timeout"));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}
"""


def sample(browser: Any, server: Server) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.url)
        frame = page.frame_locator(FRAME)
        frame.get_by_text("Hello, bench!").wait_for(timeout=60_000)
        page.get_by_text("Clicks: 0").wait_for()
        page.wait_for_timeout(300)  # the page settles after the first run
        page.evaluate(ARM_JS, FRAME)
        frame.get_by_role("button", name="Add one").click()
        return float(page.evaluate("window.__painted"))
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "component_bench.py"
        app.write_text(APP)
        shutil.copytree(COMPONENT, Path(tmp) / "ui")
        results: dict[str, list[float]] = {"stbundle": [], "streamlit": []}
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            ours, theirs = servers(str(app))
            with running(ours), running(theirs):
                for server in (ours, theirs):  # warm-up: imports and caches
                    sample(browser, server)
                for _ in range(args.samples):
                    for server in (ours, theirs):
                        results[server.name].append(sample(browser, server))
            browser.close()
    ours_ms = statistics.median(results["stbundle"])
    theirs_ms = statistics.median(results["streamlit"])
    print(f"click in a custom component -> script's answer painted (median of {args.samples})")
    print(f"{'':12} {'median ms':>10} {'min':>8} {'max':>8}")
    for name, values in results.items():
        print(f"{name:12} {statistics.median(values):10.1f} {min(values):8.1f} {max(values):8.1f}")
    print(f"ratio (stbundle / streamlit): {ours_ms / theirs_ms:.3f}   goal <= 1")


if __name__ == "__main__":
    main()
