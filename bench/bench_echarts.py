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
import tempfile
from functools import partial
from pathlib import Path

from bench_charts import chunk_sizes, sample
from side_by_side import alternate, print_medians

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=9)
    parser.add_argument("--points", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "echarts_app.py"
        app.write_text(APP.format(points=args.points))
        results = alternate(app, partial(sample, selectors=CHART_SELECTOR), args.samples)
    title = f"st.echarts_chart line of {args.points} points, click -> line painted"
    print_medians(f"{title} (median of {args.samples})", results)
    for name, raw, gz in chunk_sizes():
        if "echarts" in name:
            print(f"  {name:32} {raw / 1024:8.1f} KB raw {gz / 1024:8.1f} KB gzip")


if __name__ == "__main__":
    main()
