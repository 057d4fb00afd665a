"""Benchmark: `bundle lint` on a generated 10,000-line app vs `ruff check`, and compile time.

Run: /work/venv/bin/python bench/bench_lint.py [--runs N]

Goals (issue 5): lint of a 10,000-line app <= 1 s; the compile step added to `bundle serve`
start <= 100 ms for the seed apps. Machines are noisy, so ruff runs on the same file in the same
run and the table prints the ratio. Medians of several runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
SEEDS = {
    "counter": ROOT / "examples" / "counter.py",
    "mirrored": ROOT / "examples" / "mirrored.py",
}

SECTION = '''
@st.cache_data(ttl=600)
def load_{i}(rows: int) -> list[dict[str, int]]:
    """Data for section {i}."""
    return [{{"id": r, "value": r * {i}}} for r in range(rows)]


def on_save_{i}() -> None:
    st.session_state["saved_{i}"] = st.session_state.get("name_{i}", "")


@st.fragment
def panel_{i}() -> None:
    left, right = st.columns(2)
    with left:
        name = st.text_input("Name {i}", key="name_{i}")
        rows = st.number_input("Rows {i}", min_value=1, max_value=100, value=5, key="rows_{i}")
    with right:
        kind = st.selectbox("Kind {i}", ["a", "b", "c"], key="kind_{i}")
        st.button("Save {i}", key="save_{i}", on_click=on_save_{i})
    data = load_{i}(int(rows))
    for row in data[:3]:
        st.write(row["id"], name, kind)
    if st.checkbox("Show table {i}", key="table_{i}"):
        st.dataframe(data)


with st.expander("Section {i}"):
    panel_{i}()
    with st.form("form_{i}"):
        st.slider("Level {i}", 0, 10, key="level_{i}")
        if st.form_submit_button("Apply {i}"):
            st.toast("Applied {i}")
    if "visits_{i}" not in st.session_state:
        st.session_state["visits_{i}"] = 0
    st.session_state["visits_{i}"] += 1
'''


def generate(path: Path, lines: int = 10_000) -> int:
    parts = ['"""Generated benchmark app."""\n\nimport streamlit as st\n\nst.title("Bench")\n']
    total = sum(p.count("\n") for p in parts)
    i = 0
    while total < lines:
        chunk = textwrap.dedent(SECTION.format(i=i))
        parts.append(chunk)
        total += chunk.count("\n")
        i += 1
    path.write_text("".join(parts), encoding="utf-8")
    return total


def median_time(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_cmd(cmd: list[str]) -> None:
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


COLD_COMPILE = """
import sys, time
start = time.perf_counter()
from stbundle.compiler import analyse_app
model = analyse_app(sys.argv[1])
model.to_manifest()
print(time.perf_counter() - start)
"""


def cold_compile(path: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", COLD_COMPILE, str(path)], capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = args.runs

    from stbundle.compiler import analyse_app
    from stbundle.compiler.lint import lint_paths

    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "big_app.py"
        n_lines = generate(app)
        diagnostics = lint_paths([app])
        lint_paths([app])  # warm caches (pyc, file system)
        in_process = median_time(lambda: lint_paths([app]), runs)
        bundle = str(VENV_BIN / "bundle")
        cli = median_time(lambda: run_cmd([bundle, "lint", str(app)]), runs)
        ruff = median_time(
            lambda: run_cmd(
                [str(VENV_BIN / "ruff"), "check", "--no-cache", "--isolated", str(app)]
            ),
            runs,
        )
        rows.append(
            (f"lint {n_lines}-line app (in-process)", in_process, f"{in_process / ruff:.1f}x ruff")
        )
        rows.append((f"bundle lint {n_lines}-line app (CLI)", cli, f"{cli / ruff:.1f}x ruff"))
        rows.append((f"ruff check {n_lines}-line app (CLI)", ruff, "1.0x ruff"))

    for name, path in SEEDS.items():
        if not path.is_file():
            print(f"(seed app {path} missing: skipped)")
            continue
        analyse_app(path)
        warm = median_time(lambda p=path: analyse_app(p).to_manifest(), runs)
        cold = statistics.median(cold_compile(path) for _ in range(runs))
        rows.append((f"compile {name} (warm, in-process)", warm, "goal <= 100 ms"))
        rows.append((f"compile {name} (cold: import + analyse)", cold, "goal <= 100 ms"))

    width = max(len(r[0]) for r in rows)
    print(f"{'measurement':{width}}  {'median':>10}  note")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 16}")
    for label, seconds, note in rows:
        print(f"{label:{width}}  {seconds * 1000:8.1f}ms  {note}")
    print(f"\n{len(diagnostics)} diagnostics on the generated app; medians of {runs} runs.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
