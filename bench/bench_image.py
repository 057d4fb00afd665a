"""A 5 MB image: click -> image painted, `bundle serve` vs `streamlit run`.

    python bench/bench_image.py [--samples 9]

The app (written to a temporary folder, with a 1300x1300 PNG of noise: 5.1 MB, which neither
side re-encodes with output_format="PNG" and neither scales down, being narrower than 1460 px)
shows the image when "Show image" is clicked. Each sample opens the page in a fresh browser
context (an empty HTTP cache), clicks, and measures in the page: performance.now() at the
click's pointerdown, then every animation frame until an <img> holds the decoded 1300 px wide
image, and one more frame for it to be painted. Samples alternate between the two servers.
Prints medians and the ratio (ours / Streamlit's).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_serve import Server, running, servers  # noqa: E402

from tests.browser_support import launch_chromium  # noqa: E402

SIDE = 1300

APP = """
from pathlib import Path
import streamlit as st

st.title("Image bench")
if st.button("Show image"):
    data = (Path(__file__).parent / "noise.png").read_bytes()
    st.image(data, caption="Noise", output_format="PNG")
"""

# Arms the timer (pointerdown on the button, capture phase) and a poll for the painted image.
ARM_JS = """
(side) => {
  window.__t0 = null;
  document.addEventListener("pointerdown", () => {
    if (window.__t0 === null) window.__t0 = performance.now();
  }, true);
  window.__painted = new Promise((resolve, reject) => {
    const start = performance.now();
    const poll = () => {
      const img = [...document.images].find((i) => i.complete && i.naturalWidth === side);
      if (window.__t0 !== null && img) {
        requestAnimationFrame(() => resolve(performance.now() - window.__t0));
      } else if (performance.now() - start > 60000) reject(new Error("timeout"));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}
"""


def noise_png() -> bytes:
    pixels = np.random.default_rng(7).integers(0, 256, (SIDE, SIDE, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="PNG", compress_level=1)
    return out.getvalue()


def sample(browser: Any, server: Server) -> float:
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    page = context.new_page()
    try:
        page.goto(server.url)
        button = page.get_by_role("button", name="Show image")
        button.wait_for(timeout=60_000)
        page.wait_for_timeout(300)  # the page settles after the first run
        page.evaluate(ARM_JS, SIDE)
        button.click()
        return float(page.evaluate("window.__painted"))
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "image_app.py"
        app.write_text(APP)
        png = noise_png()
        (Path(tmp) / "noise.png").write_bytes(png)
        results: dict[str, list[float]] = {"stbundle": [], "streamlit": []}
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            ours, theirs = servers(str(app))
            with running(ours), running(theirs):
                for server in (ours, theirs):  # warm-up: imports (Pillow) and caches
                    sample(browser, server)
                for _ in range(args.samples):
                    for server in (ours, theirs):
                        results[server.name].append(sample(browser, server))
            browser.close()
    ours_ms = statistics.median(results["stbundle"])
    theirs_ms = statistics.median(results["streamlit"])
    print(f"{len(png) / 1e6:.1f} MB image: click -> image painted (median of {args.samples})")
    print(f"{'':12} {'median ms':>10} {'min':>8} {'max':>8}")
    for name, values in results.items():
        print(f"{name:12} {statistics.median(values):10.1f} {min(values):8.1f} {max(values):8.1f}")
    print(f"ratio (stbundle / streamlit): {ours_ms / theirs_ms:.3f}")


if __name__ == "__main__":
    main()
