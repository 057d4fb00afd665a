"""Headless rerun time and import time of the runtime, against Streamlit, in the same run.

Run: `python bench/bench_runtime.py [--reruns N]`. Prints medians and ratios (goals: a rerun
takes at most 1/5 of Streamlit's AppTest rerun; importing the runtime takes at most 150 ms).
Both AppTests run in this process, one after the other, on the same scripts.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

RERUN_GOAL = 1 / 5
IMPORT_GOAL_S = 0.150

COUNTER = """
import streamlit as st
st.title('Counter Example')
if 'count' not in st.session_state:
    st.session_state.count = 0
if st.button('Increment'):
    st.session_state.count += 1
if st.button('Decrement'):
    st.session_state.count -= 1
st.write('Count = ', st.session_state.count)
"""


def hundred_widgets() -> str:
    """A script with 100 widgets of ten kinds, and a line of text for each."""
    makers = [
        "st.button('b{i}')",
        "st.checkbox('c{i}')",
        "st.radio('r{i}', ['a', 'b', 'c'])",
        "st.selectbox('s{i}', ['a', 'b', 'c'])",
        "st.multiselect('m{i}', ['a', 'b', 'c'])",
        "st.slider('l{i}', 0, 100, {i})",
        "st.text_input('t{i}', 'text')",
        "st.number_input('n{i}', value={i})",
        "st.toggle('g{i}')",
        "st.text_area('a{i}')",
    ]
    lines = ["import streamlit as st"]
    for i in range(100):
        lines.append(makers[i % len(makers)].format(i=i))
        lines.append(f"st.write('row {i}')")
    return "\n".join(lines) + "\n"


def median_rerun(app_test: Any, script: str, reruns: int, interact: Callable[[Any], Any]) -> float:
    at = app_test.from_string(script, default_timeout=30).run()
    times = []
    for _ in range(reruns):
        interact(at)
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
    assert not at.exception, at.exception
    return statistics.median(times)


def median_import(module: str, repeats: int) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(repeats)
    ]
    return statistics.median(times)


def slowest_imports(module: str, count: int = 8) -> list[tuple[int, str]]:
    """The modules with the largest cumulative import time (`python -X importtime`)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        check=True,
        capture_output=True,
        text=True,
    )
    rows = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reruns", type=int, default=40)
    parser.add_argument("--imports", type=int, default=7)
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # Streamlit's bare-mode warnings

    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    from stbundle.testing import AppTest as StbundleAppTest

    cases: list[tuple[str, str, Callable[[Any], Any]]] = [
        ("counter (click)", COUNTER, lambda at: at.button[0].click()),
        ("100 widgets (rerun)", hundred_widgets(), lambda at: None),
        (
            "100 widgets (slider)",
            hundred_widgets(),
            lambda at: at.slider[0].set_value(at.slider[0].value % 99 + 1),
        ),
    ]
    print(f"headless rerun, median of {args.reruns} (ms)")
    print(f"{'case':24} {'stbundle':>10} {'streamlit':>10} {'ratio':>7}  goal <= {RERUN_GOAL:.2f}")
    for name, script, interact in cases:
        ours = median_rerun(StbundleAppTest, script, args.reruns, interact)
        theirs = median_rerun(StreamlitAppTest, script, args.reruns, interact)
        ratio = ours / theirs
        verdict = "ok" if ratio <= RERUN_GOAL else "MISSED"
        print(f"{name:24} {ours * 1e3:10.2f} {theirs * 1e3:10.2f} {ratio:7.3f}  {verdict}")

    print(f"\nimport time, median of {args.imports} fresh interpreters (ms)")
    ours_import = median_import("stbundle.runtime_py.api", args.imports)
    theirs_import = median_import("streamlit", args.imports)
    verdict = "ok" if ours_import <= IMPORT_GOAL_S else "MISSED"
    print(
        f"{'stbundle.runtime_py.api':24} {ours_import * 1e3:10.1f}  goal <= "
        f"{IMPORT_GOAL_S * 1e3:.0f} ms: {verdict}"
    )
    print(f"{'streamlit':24} {theirs_import * 1e3:10.1f}  ratio {ours_import / theirs_import:.3f}")
    print("\nslowest imports under stbundle.runtime_py.api (cumulative us):")
    for micros, name in slowest_imports("stbundle.runtime_py.api"):
        print(f"  {micros:9d}  {name.strip()}")


if __name__ == "__main__":
    main()
