"""First paint of a big st.dataframe, lazy (rows fetched by range) against eager, in serve mode,
`bundle serve` beside `streamlit run`.

    python bench/bench_lazy_dataframe.py [--rows N] [--samples N]
    python bench/bench_lazy_dataframe.py --scroll [--rows N] [--samples N]   # stbundle only

The app builds the 10-column frame of bench_dataframe.py once (st.cache_resource) and a "Show"
button reruns into `st.dataframe(df, lazy=...)`. Each sample opens the page afresh and measures in
the page from performance.now() at the click until the first row's cell ("item-0") is in the grid,
and the WebSocket bytes the page received for that rerun (bench_dataframe.page_sample). Samples
alternate between the two servers (side_by_side.alternate), lazy app first, then the eager one.
Note: an eager stbundle table sends at most its first 250,000 rows (convert.ROW_LIMIT); Streamlit
sends them all.

With --scroll, only `bundle serve` (Streamlit's grid draws on a canvas, so there is no row text to
wait for): the lazy table shown at once, and per sample a jump of the grid's scroll position to a
far row not fetched yet, timed in the page until that row's "item-N" cell is drawn (the round
trip of one page request plus its drawing).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from bench_dataframe import ROOT, chunk_gzip, page_sample

APP = """
import sys
sys.path.insert(0, {bench!r})
import streamlit as st
from bench_dataframe import sample_frame

@st.cache_resource
def frame():
    return sample_frame({rows})

df = frame()
st.title("Lazy dataframe bench")
if st.button("Show"):
    st.dataframe(df, lazy={lazy})
"""


SCROLL_APP = """
import sys
sys.path.insert(0, {bench!r})
import streamlit as st
from bench_dataframe import sample_frame

@st.cache_resource
def frame():
    return sample_frame({rows})

st.dataframe(frame(), lazy=True)
"""

# Resolves with the ms from setting the grid's scroll position to row r until "item-r" is drawn.
JUMP_JS = """
async (r) => {
  const grid = document.querySelector("[role=grid]");
  const shown = () => [...grid.querySelectorAll("[role=gridcell]")]
    .some((c) => c.textContent === `item-${r}`);
  return await new Promise((resolve, reject) => {
    const t0 = performance.now();
    const poll = () => {
      if (shown()) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 30000) reject(new Error("timeout"));
      else requestAnimationFrame(poll);
    };
    grid.scrollTop = r * 35;
    requestAnimationFrame(poll);
  });
}
"""


def scroll_bench(rows: int, samples: int) -> None:
    from bench_serve import running, servers
    from playwright.sync_api import sync_playwright

    from tests.browser_support import launch_chromium

    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "lazy_scroll.py"
        app.write_text(SCROLL_APP.format(bench=str(ROOT / "bench"), rows=rows))
        ours = servers(str(app))[0]
        with sync_playwright() as pw, running(ours):
            browser = launch_chromium(pw)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(ours.url)
            page.get_by_role("gridcell", name="item-0", exact=True).wait_for(timeout=120_000)
            targets = [rows * (k + 1) // (samples + 2) + 500 for k in range(samples + 1)]
            times = [float(page.evaluate(JUMP_JS, r)) for r in targets][1:]  # first: warm-up
            browser.close()
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n{rows:,} x 10 lazy st.dataframe (bundle serve): jump to a far row -> drawn")
    print(f"median {statistics.median(times):.1f} ms, min {min(times):.1f}, max {max(times):.1f}")
    print(f"({samples} jumps; load average {load})")


def main() -> None:
    from side_by_side import alternate  # Playwright

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--scroll", action="store_true", help="far-row jumps, bundle serve only")
    args = parser.parse_args()
    if args.scroll:
        scroll_bench(args.rows, args.samples)
        return
    medians: dict[tuple[str, bool], tuple[float, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lazy in (True, False):
            app = Path(tmp) / f"lazy_{lazy}.py"
            app.write_text(APP.format(bench=str(ROOT / "bench"), rows=args.rows, lazy=lazy))
            for name, values in alternate(app, page_sample, args.samples).items():
                times = [t for t, _ in values]
                sizes = [b for _, b in values]
                medians[(name, lazy)] = (statistics.median(times), int(statistics.median(sizes)))
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n{args.rows:,} x 10 st.dataframe: click -> first row in the grid")
    print(f"(median of {args.samples} per cell; load average {load})")
    print(f"{'':22} {'median ms':>10} {'ws bytes':>14}")
    for (name, lazy), (ms, size) in medians.items():
        print(f"{name + (' lazy' if lazy else ' eager'):22} {ms:10.1f} {size:14,}")
    for name in ("stbundle", "streamlit"):
        ratio = medians[(name, True)][0] / medians[(name, False)][0]
        print(f"{name}: lazy / eager time {ratio:.3f}")
    for lazy in (True, False):
        ratio = medians[("stbundle", lazy)][0] / medians[("streamlit", lazy)][0]
        print(f"{'lazy' if lazy else 'eager'}: stbundle / streamlit time {ratio:.3f}")
    for name, size in chunk_gzip().items():
        print(f"{name:22} {size / 1024:6.1f} KB gzip")


if __name__ == "__main__":
    main()
