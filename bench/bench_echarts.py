"""st.echarts_chart: click -> chart painted, `bundle serve` vs `streamlit run`.

    python bench/bench_echarts.py [--samples 9] [--points 5000]

The app (written to a temporary folder) shows a "Draw" button; clicking it reruns the script,
which draws `st.echarts_chart` of a line of --points [x, y] pairs (animation off in the option,
so both products paint the final line at once). Each sample opens the page afresh (the ECharts
chunk comes from the browser's cache after the warm-up sample, in both products) and measures
in the page, as bench_charts.py does: performance.now() at the click, then every animation frame
until the chart's canvas holds pixels of the first series colour (#0068c9 in both products'
light theme). Samples alternate between the two servers. Prints medians, the ratio (ours /
Streamlit's; goal <= 1) and the gzip size of our ECharts chunk.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_charts import CLICK_TO_DRAWN_JS, chunk_sizes  # noqa: E402
from bench_serve import Server, running, servers  # noqa: E402

from tests.browser_support import launch_chromium  # noqa: E402

APP = """
import math
import streamlit as st

st.title("ECharts bench")
if st.button("Draw"):
    points = [[i, round(math.sin(i / 300) * 100 + (i % 37), 3)] for i in range({points})]
    st.echarts_chart({{
        "animation": False,
        "xAxis": {{"type": "value"}},
        "yAxis": {{"type": "value"}},
        "series": [{{"type": "line", "data": points, "showSymbol": False}}],
    }})
"""

CHART_SELECTOR = {"stbundle": ".stb-echarts", "streamlit": '[data-testid="stEChartsChart"]'}


def sample(browser: Any, server: Server) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.url)
        page.get_by_role("button", name="Draw").wait_for(timeout=60_000)
        page.wait_for_timeout(300)  # the page settles (Streamlit shows widgets after the run)
        return float(page.evaluate(CLICK_TO_DRAWN_JS, CHART_SELECTOR[server.name]))
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=9)
    parser.add_argument("--points", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "echarts_app.py"
        app.write_text(APP.format(points=args.points))
        results: dict[str, list[float]] = {"stbundle": [], "streamlit": []}
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            ours, theirs = servers(str(app))
            with running(ours), running(theirs):
                for server in (ours, theirs):  # warm-up: imports, caches, the chunk in HTTP cache
                    sample(browser, server)
                for _ in range(args.samples):
                    for server in (ours, theirs):
                        results[server.name].append(sample(browser, server))
            browser.close()
    ours_ms = statistics.median(results["stbundle"])
    theirs_ms = statistics.median(results["streamlit"])
    print(
        f"st.echarts_chart line of {args.points} points, click -> line painted "
        f"(median of {args.samples})"
    )
    print(f"{'':12} {'median ms':>10} {'min':>8} {'max':>8}")
    for name, values in results.items():
        print(f"{name:12} {statistics.median(values):10.1f} {min(values):8.1f} {max(values):8.1f}")
    print(f"ratio (stbundle / streamlit): {ours_ms / theirs_ms:.3f}   goal <= 1")
    for name, raw, gz in chunk_sizes():
        if "echarts" in name:
            print(f"  {name:32} {raw / 1024:8.1f} KB raw {gz / 1024:8.1f} KB gzip")


if __name__ == "__main__":
    main()
