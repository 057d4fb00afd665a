"""st.line_chart of 10,000 points: click -> chart drawn, `bundle serve` vs `streamlit run`.

    python bench/bench_charts.py [--samples 9] [--points 10000]

The app (written to a temporary folder) shows a "Draw" button; clicking it reruns the script,
which draws `st.line_chart` of --points floats. Each sample opens the page afresh (so the chart
library chunk is fetched, from the browser's cache after the first sample, in both products),
then measures in the page: performance.now() at the click, then every animation frame until the
chart's canvas holds pixels of the first series colour (#0068c9 in both products' light theme),
i.e. the line itself is drawn, not just the axes. Samples alternate between the two servers.
Prints medians, the ratio (ours / Streamlit's; goal <= 1) and the gzip size of each lazy chunk.
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
from pathlib import Path
from typing import Any

from bench_serve import Server
from side_by_side import ROOT, alternate, print_medians

APP = """
import math
import streamlit as st

st.title("Chart bench")
if st.button("Draw"):
    st.line_chart([math.sin(i / 300) * 100 + (i % 37) for i in range({points})])
"""

# Resolves with the milliseconds from the click until a canvas in a chart holds the series colour.
CLICK_TO_DRAWN_JS = """
async (chartSelector) => {
  const button = [...document.querySelectorAll("button")]
    .find((b) => b.textContent.trim() === "Draw");
  if (!button) throw new Error("no Draw button");
  const drawn = () => {
    for (const canvas of document.querySelectorAll(chartSelector + " canvas")) {
      if (!canvas.width || !canvas.height) continue;
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 200 && Math.abs(data[i] - 0) < 30 && Math.abs(data[i + 1] - 104) < 30 &&
            Math.abs(data[i + 2] - 201) < 30 && ++hits > 50) return true;
      }
    }
    return false;
  };
  return await new Promise((resolve, reject) => {
    const t0 = performance.now();
    const poll = () => {
      if (drawn()) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 30000) reject(new Error("timeout"));
      else requestAnimationFrame(poll);
    };
    button.click();
    requestAnimationFrame(poll);
  });
}
"""

CHART_SELECTOR = {"stbundle": ".stb-chart", "streamlit": '[data-testid="stVegaLiteChart"]'}


def sample(browser: Any, server: Server, selectors: dict[str, str] = CHART_SELECTOR) -> float:
    """Ms from the click on "Draw" to the line drawn in the chart `selectors` finds."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.url)
        page.get_by_role("button", name="Draw").wait_for(timeout=60_000)
        page.wait_for_timeout(300)  # the page settles (Streamlit shows widgets after the run)
        return float(page.evaluate(CLICK_TO_DRAWN_JS, selectors[server.name]))
    finally:
        page.close()


def chunk_sizes() -> list[tuple[str, int, int]]:
    folder = ROOT / "stbundle" / "static" / "chunks"
    return [
        (p.name, p.stat().st_size, len(gzip.compress(p.read_bytes(), compresslevel=9)))
        for p in sorted(folder.glob("*.js"))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=9)
    parser.add_argument("--points", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "chart_app.py"
        app.write_text(APP.format(points=args.points))
        results = alternate(app, sample, args.samples)
    title = f"st.line_chart of {args.points} points, click -> line drawn (median of {args.samples})"
    print_medians(title, results)
    print("\nlazy chunks (stbundle/static/chunks):")
    for name, raw, gz in chunk_sizes():
        print(f"  {name:20} {raw / 1024:8.1f} KB raw {gz / 1024:8.1f} KB gzip")


if __name__ == "__main__":
    main()
