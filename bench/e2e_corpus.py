"""How many of Streamlit's own e2e app scripts render the same under stbundle, and why not.

    .venv/bin/python bench/e2e_corpus.py /work/streamlit-src/e2e_playwright
    .venv/bin/python bench/e2e_corpus.py DIR --only st_slider --only st_expander --details
    .venv/bin/python bench/e2e_corpus.py DIR --json out.json   # per-script results

Each app script of the folder (a top-level `*.py` that is not a test, conftest or package
init; the scripts stay where they are, nothing is copied) runs in its own subprocess with a
timeout: the first render under Streamlit 1.67's AppTest in two processes (different hash
seeds), and under stbundle's AppTest in the second. Both
pages are reduced with the differential suite's normalisation (tests/differential/snapshot.py).
A script whose two Streamlit renders differ (times, random data, ...) or that Streamlit itself
cannot render is left out. The rest either render the same or differ; the first difference
is classified (missing command, missing parameter, parameter not honoured yet, error only in
stbundle, differing output) and the summary groups and counts them. The summary is sorted and
holds no timings, so two runs on the same tree print the same text (issue 12 tracks it).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = Path("/work/streamlit-src/e2e_playwright")
SKIPPED_NAMES = {"conftest.py", "__init__.py"}

# Outcomes, in the order the summary lists them.
SAME = "same"
DIFFERENT = "different"
NONDETERMINISTIC = "left out: Streamlit's two renders differ"
ORACLE_FAILED = "left out: Streamlit's AppTest cannot render it"
TIMEOUT = "left out: timed out"


def app_scripts(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.glob("*.py")
        if not p.name.endswith("_test.py") and p.name not in SKIPPED_NAMES
    )


# -- the worker: one script, in its own process ------------------------------------------------
def _render(app_test: Any, script: Path, timeout: float) -> dict[str, Any]:
    from tests.differential.snapshot import snapshot

    at = app_test.from_file(str(script), default_timeout=timeout).run()
    return snapshot(at)


def _canonical(snap: dict[str, Any]) -> Any:
    """The snapshot as plain data (reprs of values), so it compares and prints stably."""
    return json.loads(json.dumps(snap, default=repr))


def _forget_local_modules(folder: Path) -> None:
    """Drop the modules the script imported from its own folder (e2e's `shared/` helpers):
    imported under Streamlit's render they hold the real `streamlit`, and stbundle's render
    must import them afresh, as its own process would."""
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if file and Path(file).resolve().is_relative_to(folder.resolve()):
            del sys.modules[name]


def worker(script: Path, timeout: float, *, with_stbundle: bool) -> dict[str, Any]:
    """Streamlit's render of script, and with_stbundle also stbundle's (as plain data)."""
    sys.path[:0] = [str(REPO), str(script.parent)]
    logging.disable(logging.WARNING)
    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    from stbundle.testing import AppTest as StbundleAppTest

    out: dict[str, Any] = {}
    try:
        out["streamlit"] = _canonical(_render(StreamlitAppTest, script, timeout))
    except BaseException as exc:  # the oracle's own failure: the script is left out
        out["streamlit_error"] = f"{type(exc).__name__}: {exc}"[:200]
        return out
    if with_stbundle:
        _forget_local_modules(script.parent)
        try:
            out["stbundle"] = _canonical(_render(StbundleAppTest, script, timeout))
        except BaseException as exc:
            out["stbundle_error"] = (type(exc).__name__, str(exc)[:300])
    return out


def compare(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """The outcome for one script from its two workers' reports."""
    for report in (first, second):
        if "streamlit_error" in report:
            return {"outcome": ORACLE_FAILED, "reason": report["streamlit_error"]}
    if first["streamlit"] != second["streamlit"]:
        why = _first_difference(first["streamlit"], second["streamlit"], ("run 1", "run 2"))
        return {"outcome": NONDETERMINISTIC, "reason": why}
    if "stbundle_error" in second:
        kind, message = second["stbundle_error"]
        return {
            "outcome": DIFFERENT,
            "reason": f"stbundle's AppTest raised {kind}",
            "detail": message,
        }
    if second["stbundle"] == second["streamlit"]:
        return {"outcome": SAME}
    reason, detail = classify(second["streamlit"], second["stbundle"])
    return {"outcome": DIFFERENT, "reason": reason, "detail": detail}


# -- why two snapshots differ ------------------------------------------------------------------
_NOT_YET = re.compile(r"`st\.([\w.]+)` is not supported by stbundle yet")
_NO_ATTRIBUTE = re.compile(r"module '(streamlit[\w.]*)' has no attribute '(\w+)'")
_NO_METHOD = re.compile(r"'(DeltaGenerator)' object has no attribute '(\w+)'")
_NO_MODULE = re.compile(r"No module named '([\w.]+)'")
_KEYWORD = re.compile(r"(\w+)\(\) got an unexpected keyword argument '(\w+)'")
_NOT_HONOURED = re.compile(r"`st\.([\w.]+)\((\w+)=\.\.\.\)` is not honoured by stbundle yet")


def _flat(nodes: list[Any], depth: int = 0) -> Iterator[tuple[int, list[Any]]]:
    for node in nodes:
        if node[0] == "block":
            yield depth, node[:3]
            yield from _flat(node[3], depth + 1)
        else:
            yield depth, node


def _node_kind(node: Any) -> str:
    if node is None:
        return "nothing"
    item = node[1]
    return f"block {item[1]}" if item[0] == "block" else str(item[0])


def _node_text(node: Any) -> str:
    if node is None or node[1][0] == "block":
        return _node_kind(node)
    item = node[1]
    value = item[2][1] if isinstance(item[2], list) and len(item[2]) == 2 else item[2]
    return f"{item[0]} {str(value)[:60]!r}"


def _difference(want: dict[str, Any], got: dict[str, Any]) -> tuple[str, Any, Any]:
    """(where, their node, our node) of the first difference; nodes are None past the end
    of a tree or when the difference is in exceptions, toasts or session state."""
    for area in ("main", "sidebar"):
        a, b = list(_flat(want[area])), list(_flat(got[area]))
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else None
            y = b[i] if i < len(b) else None
            if x != y:
                return f"{area} node {i}", x, y
    area = next((a for a in ("exceptions", "toasts", "session_state") if want[a] != got[a]), "")
    return area, None, None


def _first_difference(
    want: dict[str, Any], got: dict[str, Any], names: tuple[str, str] = ("Streamlit", "stbundle")
) -> str:
    where, x, y = _difference(want, got)
    if not where.startswith(("main", "sidebar")):
        return f"{where or '?'} differ"
    return f"{where}: {names[0]} {_node_text(x)}, {names[1]} {_node_text(y)}"


def _exception_reason(kind: str, message: str) -> str:
    if m := _NOT_YET.search(message):
        return f"missing command: st.{m.group(1)}"
    if (m := _NO_ATTRIBUTE.search(message)) and kind == "AttributeError":
        return f"missing command: {m.group(1)}.{m.group(2)}"
    if (m := _NO_METHOD.search(message)) and kind == "AttributeError":
        return f"missing command: {m.group(1)}.{m.group(2)}"
    if (m := _NO_MODULE.search(message)) and m.group(1).startswith("streamlit"):
        return f"missing module: {m.group(1)}"
    if m := _KEYWORD.search(message):
        return f"missing parameter: {m.group(1)}({m.group(2)}=)"
    return f"error only in stbundle: {kind.rsplit('.', 1)[-1]}"


def classify(want: dict[str, Any], got: dict[str, Any]) -> tuple[str, str]:
    """(reason, detail) for the first way stbundle's page differs from Streamlit's."""
    theirs = [tuple(e) for e in want["exceptions"]]
    for kind, message in (tuple(e) for e in got["exceptions"]):
        if (kind, message) not in theirs:
            return _exception_reason(kind, message), message[:300]
    for area in ("main", "sidebar"):
        for _, node in _flat(got[area]):
            text = str(node[2]) if len(node) > 2 else ""
            if node[0] == "warning" and (m := _NOT_HONOURED.search(text)):
                return f"parameter not honoured yet: st.{m.group(1)}({m.group(2)}=)", text[:300]
    where, x, y = _difference(want, got)
    if not where.startswith(("main", "sidebar")):
        return f"differing output: {where or '?'}", _first_difference(want, got)
    if x is not None and y is not None and _node_kind(x) == _node_kind(y):
        shape = f"{_node_kind(x)} with another value"
    else:
        shape = f"Streamlit {_node_kind(x)}, stbundle {_node_kind(y)}"
    return f"differing output: {shape}", _first_difference(want, got)


# -- the parent: run them all, summarise --------------------------------------------------------
def _run_worker(script: Path, timeout: float, *, hash_seed: int, with_stbundle: bool) -> Any:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(script)]
    cmd += ["--timeout", str(timeout)] + (["--with-stbundle"] if with_stbundle else [])
    env = {
        **os.environ,
        "PYTHONHASHSEED": str(hash_seed),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    try:
        done = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=timeout * 4 + 30,
            cwd=script.parent,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"streamlit_error": f"worker died: {tail[:200]}"}
    return json.loads(lines[-1])


def run_one(script: Path, timeout: float) -> dict[str, Any]:
    """Streamlit in two processes with different hash seeds (so set and hash order that vary
    between Streamlit's own processes count as nondeterministic), stbundle in the second."""
    first = _run_worker(script, timeout, hash_seed=1, with_stbundle=False)
    second = _run_worker(script, timeout, hash_seed=2, with_stbundle=True)
    if first is None or second is None:
        return {"outcome": TIMEOUT}
    return compare(first, second)


# `st.x` / `streamlit.x` anywhere, or any `.x(` call (a container's `col.x(...)`); a method
# of another library with the same name counts too, so the figures are upper bounds.
_COMMAND_USE = re.compile(r"\b(?:st|streamlit)\.(\w+)|\.(\w+)\(")


def not_yet_commands() -> set[str]:
    """The st.* names the command specs mark as not supported yet."""
    sys.path.insert(0, str(REPO))
    from stbundle.specs.commands import ALL

    return {c.name for c in ALL if c.not_yet}


def blocking_commands(script: Path, not_yet: set[str]) -> list[str]:
    """The not-yet commands a script names (`st.x`, `streamlit.x`, `anything.x(`)."""
    found = _COMMAND_USE.findall(script.read_text(encoding="utf-8"))
    return sorted({name for pair in found for name in pair if name} & not_yet)


def summary(results: dict[str, dict[str, Any]], *, details: bool) -> str:
    outcomes = Counter(r["outcome"] for r in results.values())
    compared = outcomes[SAME] + outcomes[DIFFERENT]
    out = [
        f"Streamlit e2e app scripts: {len(results)}",
        f"compared (Streamlit renders them deterministically): {compared}",
        f"  render the same: {outcomes[SAME]}",
        f"  differ: {outcomes[DIFFERENT]}",
    ]
    for outcome in (NONDETERMINISTIC, ORACLE_FAILED, TIMEOUT):
        if outcomes[outcome]:
            out.append(f"{outcome}: {outcomes[outcome]}")
    groups: dict[str, list[str]] = defaultdict(list)
    for name, r in results.items():
        if r["outcome"] == DIFFERENT:
            groups[r["reason"]].append(name)
    by_category: dict[str, list[str]] = defaultdict(list)
    for reason in groups:
        by_category[reason.split(":", 1)[0]].append(reason)
    out.append("")
    out.append("Why the rest differ (first difference of each script):")
    for category in sorted(
        by_category, key=lambda c: (-sum(len(groups[r]) for r in by_category[c]), c)
    ):
        total = sum(len(groups[r]) for r in by_category[category])
        out.append(f"  {category}: {total}")
        for reason in sorted(by_category[category], key=lambda r: (-len(groups[r]), r)):
            names = sorted(groups[reason])
            shown = ", ".join(names if details else names[:4])
            more = "" if details or len(names) <= 4 else f", +{len(names) - 4}"
            label = reason.split(": ", 1)[1] if ": " in reason else reason
            out.append(f"    {len(names):3d}  {label}  [{shown}{more}]")
    blocked: Counter[str] = Counter()
    unblocked = 0
    for r in results.values():
        if r["outcome"] == DIFFERENT:
            blocked.update(r.get("uses_not_yet", []))
            unblocked += not r.get("uses_not_yet")
    if blocked:
        out.append("")
        out.append("Commands not supported yet that the differing scripts use (each counts once")
        out.append("per script that names it; implementing one unblocks at most that many):")
        for name, count in sorted(blocked.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  {count:3d}  st.{name}")
        out.append(f"Differing scripts that name no such command: {unblocked}")
    if details:
        out.append("")
        out.append("Left out:")
        for name, r in sorted(results.items()):
            if r["outcome"] not in (SAME, DIFFERENT):
                out.append(f"  {name}: {r['outcome']} ({r.get('reason', '')})")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--only", action="append", default=[], help="script name (no .py)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per render")
    parser.add_argument("--json", type=Path, help="write per-script results here")
    parser.add_argument("--details", action="store_true", help="name every script")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--with-stbundle", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        report = worker(args.worker.resolve(), args.timeout, with_stbundle=args.with_stbundle)
        print(json.dumps(report))
        return 0
    scripts = app_scripts(args.folder.resolve())
    if args.only:
        scripts = [s for s in scripts if s.stem in set(args.only)]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        found = pool.map(lambda s: (s.stem, run_one(s, args.timeout)), scripts)
        results = dict(sorted(found))
    not_yet = not_yet_commands()
    for script in scripts:
        if results[script.stem]["outcome"] == DIFFERENT:
            results[script.stem]["uses_not_yet"] = blocking_commands(script, not_yet)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    print(summary(results, details=args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
