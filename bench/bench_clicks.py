"""Click → DOM on static sites: the working tree's build against the app built at a git revision.

    python bench/bench_clicks.py --baseline REV [--app APP] [--rounds 3] [--clicks 40]

Builds the app three times: with the memory snapshot from the working tree ("now") and from REV
(bench_pages.py's worktree build, "base"), and the working tree's `--no-snapshot` site as the
reference a snapshot page should match. Each round opens every site in a new browser context,
in a rotating order, and measures as bench_static.py does (measure_latency): clicks at once
after the first run, then clicks once the page's idle work (bytecode stored, warm-up over) is
done and 3 s more. Prints medians and p90 over all rounds, the ratio now/base, the warm-up's
runs and time, and the load average before and after; it never writes bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from bench_pages import build_baseline  # noqa: E402
from bench_static import measure_latency, serve  # noqa: E402

from tests.browser_support import launch_chromium  # noqa: E402
from tests.builder.static_site import PYODIDE_DIR, build  # noqa: E402

SITES = ("now", "base", "nosnap")
PHASES = ("first", "idle")


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.9 * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", metavar="REV", required=True)
    parser.add_argument("--app", type=Path, default=HERE.parent / "examples" / "counter.py")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clicks", type=int, default=40)
    args = parser.parse_args()
    if not (PYODIDE_DIR / "pyodide.asm.wasm").is_file():
        raise SystemExit(f"no Pyodide at {PYODIDE_DIR}: run scripts/dev setup")
    app = args.app.resolve()
    with tempfile.TemporaryDirectory(prefix="stb-clicks-") as tmp:
        root = Path(tmp)
        build(app, root / "www" / "now")
        build(app, root / "www" / "nosnap", snapshot=False)
        build_baseline(args.baseline, app, root / "www" / "base", root / "work")
        load = [os.getloadavg()[0]]
        samples: dict[str, dict[str, list[float]]] = {s: {p: [] for p in PHASES} for s in SITES}
        warm_ups: dict[str, list[Any]] = {s: [] for s in SITES}
        httpd, url = serve(root / "www")
        try:
            with sync_playwright() as pw:
                browser = launch_chromium(pw)
                for n in range(args.rounds):
                    for site in SITES[n % 3 :] + SITES[: n % 3]:
                        result = measure_latency(
                            browser, f"{url}{site}/", args.clicks, warm_ups[site]
                        )
                        for phase in PHASES:
                            samples[site][phase] += result[phase]
                browser.close()
        finally:
            httpd.shutdown()
        load.append(os.getloadavg()[0])
    print(
        f"{app.name}: click → DOM, working tree against {args.baseline}, {args.rounds} rounds of "
        f"{args.clicks} clicks per phase (load {load[0]:.1f} → {load[1]:.1f})"
    )
    print(f"{'':36} {'now':>16} {'base':>16} {'nosnap (now)':>16}  now/base")
    labels = ("at once after the first run", "after the idle work")
    for phase, label in zip(PHASES, labels, strict=True):
        cells = [
            f"{statistics.median(samples[s][phase]):.2f} ({p90(samples[s][phase]):.2f})"
            for s in SITES
        ]
        ratio = statistics.median(samples["now"][phase]) / statistics.median(samples["base"][phase])
        print(
            f"median (p90) ms, {label:27} {cells[0]:>16} {cells[1]:>16} {cells[2]:>16}  {ratio:.3f}"
        )
    for site in SITES:
        shown = ", ".join(f"{w['runs']} runs in {w['ms'] / 1000:.1f} s" for w in warm_ups[site])
        print(f"warm-up, {site}: {shown}")


if __name__ == "__main__":
    main()
