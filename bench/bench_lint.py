"""Benchmark: `bundle lint` on a generated 10,000-line app vs `ruff check`, and compile time.

Run: /work/venv/bin/python bench/bench_lint.py [--runs N]

Goals (issue 5): lint of a 10,000-line app <= 1 s; the compile step added to `bundle serve`
start <= 100 ms for the seed apps. Machines are noisy, so ruff runs on the same file in the same
run and the table prints the ratio. Medians of several runs. `bundle lint --fix` is timed on the
same app with two fixes per section, written afresh before each run.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
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


# Added to each section for the --fix measurement: a removed command and a repeated button.
FIXABLE_LINES = """\
        if st.button("Refresh"):
            st.experimental_rerun()
        st.button("Refresh")
"""


def with_fixable_lines(app: str) -> str:
    """The app with one XST606 and one XST205 fix per section."""
    anchor = "        st.dataframe(data)\n"
    return app.replace(anchor, anchor + FIXABLE_LINES)


def median_time(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time (own + children) of ``fn``."""
    walls, cpus = [], []
    for _ in range(runs):
        cpu0 = _cpu()
        start = time.perf_counter()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu0)
    return statistics.median(walls), statistics.median(cpus)


def _cpu() -> float:
    """CPU seconds used by this process and its finished children (robust to a busy machine)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_cmd(cmd: list[str]) -> None:
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


COLD_COMPILE = """
import sys, time
start, cpu = time.perf_counter(), time.process_time()
from stbundle.compiler import analyse_app
model = analyse_app(sys.argv[1])
model.to_manifest()
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def cold_compile(path: Path, pycache: str | None) -> tuple[float, float]:
    """Import the compiler and analyse in a fresh interpreter: what `bundle serve` start pays.

    With ``pycache`` set, bytecode is cached there (as in an installed wheel); without it the
    interpreter compiles every module from source (this environment sets
    PYTHONDONTWRITEBYTECODE).
    """
    env = dict(os.environ)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    out = subprocess.run(
        [sys.executable, "-c", COLD_COMPILE, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    wall, cpu = out.stdout.split()
    return float(wall), float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = args.runs

    from stbundle.compiler import analyse_app
    from stbundle.compiler.lint import lint_paths

    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "big_app.py"
        n_lines = generate(app)
        diagnostics = lint_paths([app])
        lint_paths([app])  # warm caches (pyc, file system)
        bundle = str(VENV_BIN / "bundle")
        ruff_cmd = [str(VENV_BIN / "ruff"), "check", "--no-cache", "--isolated", str(app)]
        ruff = median_time(lambda: run_cmd(ruff_cmd), runs)
        in_process = median_time(lambda: lint_paths([app]), runs)
        cli = median_time(lambda: run_cmd([bundle, "lint", str(app)]), runs)

        def ratio(t: tuple[float, float]) -> str:
            return f"{t[0] / ruff[0]:.1f}x ruff wall, {t[1] / ruff[1]:.1f}x ruff CPU"

        rows.append((f"lint {n_lines}-line app (in-process)", *in_process, ratio(in_process)))
        rows.append((f"bundle lint {n_lines}-line app (CLI)", *cli, ratio(cli)))
        rows.append((f"ruff check {n_lines}-line app (CLI)", *ruff, "reference"))
        fixable = with_fixable_lines(app.read_text(encoding="utf-8"))
        fix_cmd = [bundle, "lint", "--fix", str(app)]
        fix = median_time(lambda: (app.write_text(fixable), run_cmd(fix_cmd)), runs)
        n_fixes, n_fix_lines = fixable.count(FIXABLE_LINES) * 2, fixable.count("\n")
        label = f"bundle lint --fix {n_fix_lines}-line app, {n_fixes} fixes (CLI)"
        rows.append((label, *fix, ratio(fix)))

    for name, path in SEEDS.items():
        if not path.is_file():
            print(f"(seed app {path} missing: skipped)")
            continue
        analyse_app(path)
        warm = median_time(lambda p=path: analyse_app(p).to_manifest(), runs)
        rows.append((f"compile {name} (warm, in-process)", *warm, "goal <= 100 ms"))
        with tempfile.TemporaryDirectory() as pycache:
            cold_compile(path, pycache)  # fill the bytecode cache
            for label, cache in (("bytecode cached", pycache), ("no bytecode", None)):
                colds = [cold_compile(path, cache) for _ in range(runs)]
                cold = (
                    statistics.median(c[0] for c in colds),
                    statistics.median(c[1] for c in colds),
                )
                rows.append(
                    (f"compile {name} (cold import + analyse, {label})", *cold, "goal <= 100 ms")
                )

    width = max(len(r[0]) for r in rows)
    print(f"{'measurement':{width}}  {'wall':>9}  {'CPU':>9}  note")
    print(f"{'-' * width}  {'-' * 9}  {'-' * 9}  {'-' * 16}")
    for label, wall, cpu, note in rows:
        print(f"{label:{width}}  {wall * 1000:7.1f}ms  {cpu * 1000:7.1f}ms  {note}")
    print(f"\n{len(diagnostics)} diagnostics on the generated app; medians of {runs} runs.")
    print("Goals: lint of the 10,000-line app <= 1000 ms; compile of a seed app <= 100 ms.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
