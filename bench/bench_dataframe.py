"""Dataframes: our typed packed columns against Arrow IPC (what Streamlit sends), and the page.

    python bench/bench_dataframe.py [--rows N] [--repeat N]    # the encoder only
    python bench/bench_dataframe.py --page [--samples N]        # and serve vs streamlit run

Encodes the same 100,000 x 10 DataFrame (ints, floats, strings with repeats, unique strings,
datetimes, bools, a category, nullable ints, timedeltas) with stbundle's encoder
(runtime_py/dataframes, proto Frame) and with pyarrow's IPC stream writer (Streamlit's payload),
and prints median encode time, bytes and gzip bytes, and our/Arrow ratios (goal: bytes <= Arrow's).

With --page, an app with a "Show" button that reruns into `st.dataframe` of that frame runs under
`bundle serve` and `streamlit run` side by side; each sample opens the page afresh and measures
in the page, from performance.now() at the click until a cell of the first row ("item-0") is in
the grid (both grids keep the visible cells in the DOM: ours as role=gridcell, Streamlit's glide
grid in its accessibility table), and the WebSocket payload bytes the page received for that
rerun (after any per-message deflate, i.e. the message bytes). Medians and ratios (goals: time
<= 0.5 of Streamlit's, bytes <= Streamlit's), plus the renderer core and grid chunk gzip sizes.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

APP = """
import sys
sys.path.insert(0, {bench!r})
import streamlit as st
from bench_dataframe import sample_frame

st.title("Dataframe bench")
if st.button("Show"):
    st.dataframe(sample_frame({rows}))
"""

# Resolves with the ms from the click until a cell reading "item-0" is in the grid.
CLICK_TO_ROWS_JS = """
async () => {
  const button = [...document.querySelectorAll("button")]
    .find((b) => b.textContent.trim() === "Show");
  if (!button) throw new Error("no Show button");
  const shown = () => [...document.querySelectorAll('[role=gridcell], td')]
    .some((c) => c.textContent.trim() === "item-0");
  return await new Promise((resolve, reject) => {
    const t0 = performance.now();
    const poll = () => {
      if (shown()) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 60000) reject(new Error("timeout"));
      else requestAnimationFrame(poll);
    };
    button.click();
    requestAnimationFrame(poll);
  });
}
"""


def sample_frame(rows: int) -> Any:
    """A 10-column frame of the kinds dashboards show."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(0)
    return pd.DataFrame(
        {
            "id": np.arange(rows),
            "price": rng.normal(100, 15, rows).round(2),
            "ratio": rng.random(rows),
            "region": rng.choice(["north", "south", "east", "west"], rows),
            "name": [f"item-{i}" for i in range(rows)],
            "when": pd.date_range("2024-01-01", periods=rows, freq="min"),
            "ok": rng.random(rows) > 0.5,
            "kind": pd.Categorical(rng.choice(["a", "b", "c"], rows)),
            "count": pd.array(
                np.where(rng.random(rows) > 0.9, None, rng.integers(0, 1000, rows)), dtype="Int64"
            ),
            "took": pd.to_timedelta(rng.integers(0, 10_000, rows), unit="ms"),
        }
    )


def ours(df: Any) -> bytes:
    from stbundle.runtime_py.dataframes.convert import to_frame

    return bytes(to_frame(df).SerializeToString())


def arrow_ipc(df: Any) -> bytes:
    import pyarrow as pa

    table = pa.Table.from_pandas(df)
    sink = pa.BufferOutputStream()
    with pa.RecordBatchStreamWriter(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def median_time(encode: Callable[[Any], bytes], df: Any, repeat: int) -> tuple[float, bytes]:
    times = []
    out = b""
    for _ in range(repeat):
        start = time.perf_counter()
        out = encode(df)
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def page_sample(browser: Any, server: Any) -> tuple[float, int]:
    """(ms from the click to the first row in the grid, WebSocket bytes received meanwhile)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    received: list[int] = []
    counting = [False]

    def on_socket(ws: Any) -> None:
        def frame(payload: Any) -> None:
            if counting[0]:
                received.append(len(payload))

        ws.on("framereceived", frame)

    page.on("websocket", on_socket)
    try:
        page.goto(server.url)
        page.get_by_role("button", name="Show").wait_for(timeout=60_000)
        page.wait_for_timeout(500)
        counting[0] = True
        ms = float(page.evaluate(CLICK_TO_ROWS_JS))
        page.wait_for_timeout(500)  # the rest of the run's messages
        return ms, sum(received)
    finally:
        page.close()


def chunk_gzip() -> dict[str, int]:
    static = ROOT / "stbundle" / "static"
    files = {
        "renderer.js (core)": static / "renderer.js",
        "chunks/grid.js": static / "chunks" / "grid.js",
    }
    return {name: len(gzip.compress(p.read_bytes(), 9)) for name, p in files.items() if p.exists()}


def page_bench(rows: int, samples: int) -> None:
    from side_by_side import alternate  # Playwright only for --page

    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "dataframe_app.py"
        app.write_text(APP.format(bench=str(ROOT / "bench"), rows=rows))
        results = alternate(app, page_sample, samples)
    print(f"\n{rows:,} x 10 st.dataframe: click -> first row in the grid (median of {samples})")
    print(f"{'':12} {'median ms':>10} {'min':>8} {'max':>8} {'ws bytes':>12}")
    med = {}
    for name, values in results.items():
        times = [t for t, _ in values]
        size = int(statistics.median(b for _, b in values))
        med[name] = (statistics.median(times), size)
        print(f"{name:12} {med[name][0]:10.1f} {min(times):8.1f} {max(times):8.1f} {size:12,}")
    (ot, ob), (tt, tb) = med["stbundle"], med["streamlit"]
    print(f"ratio (stbundle / streamlit): time {ot / tt:.3f} (goal <= 0.5), bytes {ob / tb:.3f}")
    for name, size in chunk_gzip().items():
        print(f"{name:22} {size / 1024:6.1f} KB gzip")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--page", action="store_true", help="also bundle serve vs streamlit run")
    parser.add_argument("--samples", type=int, default=5)
    args = parser.parse_args()
    df = sample_frame(args.rows)
    results = {}
    for name, encode in (("stbundle Frame", ours), ("Arrow IPC", arrow_ipc)):
        seconds, payload = median_time(encode, df, args.repeat)
        results[name] = (seconds, len(payload), len(gzip.compress(payload, 6)))
    print(f"{args.rows:,} x {len(df.columns)} DataFrame, median of {args.repeat}")
    print(f"{'encoder':<16} {'encode ms':>10} {'bytes':>12} {'gzip bytes':>12}")
    for name, (seconds, size, zipped) in results.items():
        print(f"{name:<16} {seconds * 1000:>10.1f} {size:>12,} {zipped:>12,}")
    (ot, ob, oz), (at, ab, az) = results["stbundle Frame"], results["Arrow IPC"]
    print(f"ratio ours/Arrow: time {ot / at:.2f}, bytes {ob / ab:.2f}, gzip bytes {oz / az:.2f}")
    if args.page:
        page_bench(args.rows, args.samples)


if __name__ == "__main__":
    main()
