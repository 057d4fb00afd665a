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
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from bench_serve import Server
from PIL import Image
from side_by_side import alternate, answer_ms, arm, print_medians

SIDE = 1300

APP = """
from pathlib import Path
import streamlit as st

st.title("Image bench")
if st.button("Show image"):
    data = (Path(__file__).parent / "noise.png").read_bytes()
    st.image(data, caption="Noise", output_format="PNG")
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
        arm(page, "pointerdown", image_width=SIDE, painted=True, timeout_s=60)
        button.click()
        return answer_ms(page)
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
        results = alternate(app, sample, args.samples)
    title = f"{len(png) / 1e6:.1f} MB image: click -> image painted (median of {args.samples})"
    print_medians(title, results, goal="")


if __name__ == "__main__":
    main()
