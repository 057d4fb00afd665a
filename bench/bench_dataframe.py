"""Dataframes on the wire: our typed packed columns against Arrow IPC (what Streamlit sends).

Run: `python bench/bench_dataframe.py [--rows N] [--repeat N]`. Encodes the same 100,000 x 10
DataFrame (ints, floats, strings with repeats, unique strings, datetimes, bools, a category,
nullable ints, timedeltas) with stbundle's encoder (runtime_py/dataframes, proto Frame) and with
pyarrow's IPC stream writer (Streamlit's payload), and prints median encode time, bytes and gzip
bytes, and our/Arrow ratios (goal: bytes <= Arrow's).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from collections.abc import Callable
from typing import Any


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
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


if __name__ == "__main__":
    main()
