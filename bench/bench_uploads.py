"""Upload of a 20 MB file: chosen -> the script has read it, `bundle serve` vs `streamlit run`.

    python bench/bench_uploads.py [--samples 9] [--mb 20]

The app (written to a temporary folder) has an st.file_uploader; the script writes the size
of the file it got. Each sample opens the page afresh and sets a 20 MB file of random bytes on
the uploader's file input (as the file chooser does); in the page, performance.now() is taken
at the input's change event (capture phase, before the widget sees it), then every animation
frame until the page shows the script's "Saw <n> bytes". Samples alternate between the two
servers. Prints medians and the ratio (ours / Streamlit's; goal <= 1).
"""

from __future__ import annotations

import argparse
import os
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

APP = """
import streamlit as st

st.title("Upload bench")
f = st.file_uploader("Data")
if f is not None:
    st.write(f"Saw {len(f.getvalue())} bytes")
"""

# Arms the timer (the file input's change event, capture phase) and a poll for the script's text.
ARM_JS = """
expected => {
  window.__t0 = null;
  document.addEventListener("change", (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === "file" && window.__t0 === null)
      window.__t0 = performance.now();
  }, true);
  window.__seen = new Promise((resolve, reject) => {
    const start = performance.now();
    const poll = () => {
      if (window.__t0 !== null && document.body.innerText.includes(expected)) {
        resolve(performance.now() - window.__t0);
      } else if (performance.now() - start > 120000) reject(new Error("timeout"));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}
"""


def sample(browser: Any, server: Server, data: Path) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.url)
        chooser = page.locator("input[type=file]").first
        chooser.wait_for(state="attached", timeout=60_000)
        page.wait_for_timeout(300)  # the page settles after the first run
        page.evaluate(ARM_JS, f"Saw {data.stat().st_size} bytes")
        chooser.set_input_files(str(data))
        return float(page.evaluate("window.__seen"))
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=9)
    parser.add_argument("--mb", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "upload_app.py"
        app.write_text(APP)
        data = Path(tmp) / "data.bin"
        data.write_bytes(os.urandom(args.mb * 1024 * 1024))
        results: dict[str, list[float]] = {"stbundle": [], "streamlit": []}
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            ours, theirs = servers(str(app))
            with running(ours), running(theirs):
                for server in (ours, theirs):  # warm-up: imports and caches
                    sample(browser, server, data)
                for _ in range(args.samples):
                    for server in (ours, theirs):
                        results[server.name].append(sample(browser, server, data))
            browser.close()
    ours_ms = statistics.median(results["stbundle"])
    theirs_ms = statistics.median(results["streamlit"])
    print(f"{args.mb} MB upload: chosen -> script saw it (median of {args.samples})")
    print(f"{'':12} {'median ms':>10} {'min':>8} {'max':>8}")
    for name, values in results.items():
        print(f"{name:12} {statistics.median(values):10.1f} {min(values):8.1f} {max(values):8.1f}")
    print(f"ratio (stbundle / streamlit): {ours_ms / theirs_ms:.3f}   goal <= 1")


if __name__ == "__main__":
    main()
