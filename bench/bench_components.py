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
import tempfile
from pathlib import Path
from typing import Any

from bench_serve import Server
from side_by_side import ROOT, alternate, answer_ms, arm, print_medians

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


def sample(browser: Any, server: Server) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.url)
        frame = page.frame_locator(FRAME)
        frame.get_by_text("Hello, bench!").wait_for(timeout=60_000)
        page.get_by_text("Clicks: 0").wait_for()
        page.wait_for_timeout(300)  # the page settles after the first run
        arm(page, "click", frame=FRAME, text=r"Clicks:\s*1")  # the click inside the frame
        frame.get_by_role("button", name="Add one").click()
        return answer_ms(page)
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
        results = alternate(app, sample, args.samples)
    print_medians(
        f"click in a custom component -> script's answer painted (median of {args.samples})",
        results,
    )


if __name__ == "__main__":
    main()
