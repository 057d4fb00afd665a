"""Page switch latency of a multipage app in serve mode: stbundle vs `streamlit run` 1.67.

    python bench/bench_pages.py            # --switches 30 by default
    python bench/bench_pages.py --static   # the same app as a static build (Pyodide in the page)
    python bench/bench_pages.py [--static] --baseline REV   # now against stbundle at git REV

Serves examples/multipage/app.py with both servers side by side (headless Debian Chromium,
loopback only) and measures in the page: performance.now() at the click on a page link of the
sidebar menu, a MutationObserver resolving when the new page's title is in the DOM; the clicks
alternate between the "Reports" and "Home" pages. Prints medians and the ratio.
--static builds the app with `bundle build` (offline Pyodide and wheels of `scripts/dev setup`:
$STBUNDLE_PYODIDE_DIR, $STBUNDLE_WHEEL_CACHE), hosts it with http.server and times the same
clicks in the page, where the runtime answers in-page (goal: <= 20 ms; no Streamlit analogue).
--static --baseline REV also builds the app with stbundle as it was at git revision REV (its
runtime, renderer and builder) and alternates the clicks between the two sites, open side by
side: a before/after ratio from the same minutes of a noisy machine. --baseline REV without
--static does the same in serve mode: `bundle serve` now and at REV, side by side.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_serve import Server, free_port, launch_chromium, ratio, running, servers  # noqa: E402

APP = "examples/multipage/app.py"

# Resolves with the milliseconds from the click on the menu link `label` until `title` shows.
SWITCH_JS = """
async ([label, title]) => {
  const links = [...document.querySelectorAll("nav a, [data-testid=stSidebarNav] a")];
  const link = links.find((a) => a.textContent.includes(label));
  if (!link) throw new Error("no link " + label);
  return await new Promise((resolve, reject) => {
    const t0 = performance.now();
    const done = () =>
      [...document.querySelectorAll("h1")].some((h) => h.textContent.includes(title));
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); resolve(performance.now() - t0); }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => { observer.disconnect(); reject(new Error("timeout")); }, 10000);
    link.click();
  });
}
"""

TARGETS = [("Reports", "Reports page"), ("Home", "Home page")]


def open_app(browser: Any, url: str, ready: Any = None) -> Any:
    """A new tab on the app's home page, its page menu drawn."""
    page = browser.new_page()
    page.goto(url)
    if ready is not None:
        ready(page)
    page.get_by_text("Home page").first.wait_for(timeout=60_000)
    # The menu is drawn by a lazy chunk: wait for its links before the first click.
    page.locator("nav a").first.wait_for(timeout=60_000)
    return page


def measure(browser: Any, url: str, switches: int, ready: Any = None) -> list[float]:
    page = open_app(browser, url, ready)
    times: list[float] = []
    for i in range(switches + 2):
        label, title = TARGETS[i % 2]
        elapsed = page.evaluate(SWITCH_JS, [label, title])
        page.wait_for_timeout(100)  # let the run finish before the next click
        if i >= 2:  # the first two switches warm both pages up
            times.append(float(elapsed))
    page.close()
    return times


#: The subpackages of `stbundle` and the repository folders they are (setup.py's mapping).
FOLDERS = ("proto", "runtime_py", "compiler", "specs", "server", "builder", "runtime_wasm")

#: Builds the app with the stbundle whose package tree is argv[1] (not the installed one).
BUILD_WITH = """
import sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in str(f)]
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from stbundle.builder.build import BuildOptions, build_site
build_site(BuildOptions(app=Path(sys.argv[2]), out=Path(sys.argv[3]),
                        pyodide_dir=Path(sys.argv[4]), wheel_cache=Path(sys.argv[5])))
"""


#: Runs the `bundle` command line (argv[2:]) of the stbundle whose package tree is argv[1].
SERVE_WITH = """
import sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in str(f)]
sys.path.insert(0, sys.argv[1])
from stbundle.cli import main
main(sys.argv[2:])
"""


def export_baseline(rev: str, work: Path) -> Path:
    """stbundle at git revision `rev`, its renderer and bootstrap built, exported to `work`:
    the folder to put first on sys.path (it holds that revision's `stbundle` package)."""
    repo = HERE.parent
    src = work / "src"
    src.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", rev], cwd=repo, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive.stdout, check=True)
    (src / "frontend/node_modules").symlink_to(repo / "frontend/node_modules")
    for script in ("frontend/build.mjs", "runtime_wasm/build.mjs"):
        subprocess.run(["node", script], cwd=src, check=True, capture_output=True)
    package = work / "pkg/stbundle"
    package.mkdir(parents=True)
    for item in (src / "stbundle").iterdir():
        (package / item.name).symlink_to(item)
    for folder in FOLDERS:
        if (src / folder / "__init__.py").exists():
            (package / folder).symlink_to(src / folder)
    (package / "templates").symlink_to(src / "templates")
    return work / "pkg"


def build_baseline(rev: str, app: Path, out: Path, work: Path) -> None:
    """`bundle build` of `app` with stbundle at git revision `rev` (a tree exported to `work`)."""
    repo = HERE.parent
    packages = export_baseline(rev, work)
    pyodide = os.environ.get(
        "STBUNDLE_PYODIDE_DIR", str(repo / ".cache/pyodide/node_modules/pyodide")
    )
    wheels = os.environ.get("STBUNDLE_WHEEL_CACHE", str(repo / ".cache/wheels"))
    command = [sys.executable, "-c", BUILD_WITH, str(packages), str(app), str(out)]
    subprocess.run([*command, pyodide, wheels], cwd=work / "src", check=True)


def measure_pair(browser: Any, urls: list[str], switches: int, ready: Any) -> list[list[float]]:
    """The same switches on each site, open side by side, one click on each in turn."""
    pages = [open_app(browser, url, ready) for url in urls]
    times: list[list[float]] = [[] for _ in urls]
    for i in range(switches + 2):
        label, title = TARGETS[i % 2]
        for n, page in enumerate(pages):
            page.bring_to_front()
            elapsed = page.evaluate(SWITCH_JS, [label, title])
            page.wait_for_timeout(100)
            if i >= 2:
                times[n].append(float(elapsed))
    for page in pages:
        page.close()
    return times


def measure_serve_against(rev: str, switches: int) -> None:
    """Serve mode, now against stbundle at `rev`: both served side by side, clicks alternating."""
    with tempfile.TemporaryDirectory(prefix="stb-bench-pages-") as tmp:
        packages = export_baseline(rev, Path(tmp))
        ours = servers(APP)[0]
        port = free_port()
        flags = ["--headless", "--port", str(port), "--log-level", "warning"]
        command = [sys.executable, "-c", SERVE_WITH, str(packages), "serve", APP, *flags]
        base = Server(rev, command, "healthz", port)
        with running(ours), running(base), sync_playwright() as pw:
            browser = launch_chromium(pw)
            now, then = measure_pair(browser, [ours.url, base.url], switches, None)
            browser.close()
    print_against(rev, "serve mode", now, then)


def print_against(rev: str, mode: str, now: list[float], then: list[float]) -> None:
    ours, base = statistics.median(now), statistics.median(then)
    print(f"{mode}, page switch, median of {len(now)} (ms): now {ours:.2f} ", end="")
    print(f"(p90 {statistics.quantiles(now, n=10)[-1]:.2f}), at {rev} {base:.2f} ", end="")
    print(f"(p90 {statistics.quantiles(then, n=10)[-1]:.2f}), ratio {ours / base:.3f}")


def measure_static_against(rev: str, switches: int) -> None:
    sys.path.insert(0, str(HERE.parent))
    from tests.browser_support import StaticServer
    from tests.builder.static_site import build, wait_until_ready

    with tempfile.TemporaryDirectory(prefix="stb-bench-pages-") as tmp:
        build(HERE.parent / APP, Path(tmp) / "site")
        build_baseline(rev, HERE.parent / APP, Path(tmp) / "base", Path(tmp) / "work")
        server = StaticServer(Path(tmp))
        try:
            with sync_playwright() as pw:
                browser = launch_chromium(pw)
                urls = [server.url + "site/", server.url + "base/"]
                ours, base = measure_pair(browser, urls, switches, wait_until_ready)
                browser.close()
        finally:
            server.close()
    print_against(rev, "static build", ours, base)


def measure_static(switches: int) -> None:
    sys.path.insert(0, str(HERE.parent))
    from tests.browser_support import StaticServer
    from tests.builder.static_site import build, wait_until_ready

    with tempfile.TemporaryDirectory(prefix="stb-bench-pages-") as tmp:
        build(HERE.parent / APP, Path(tmp) / "site")
        server = StaticServer(Path(tmp))
        try:
            with sync_playwright() as pw:
                browser = launch_chromium(pw)
                times = measure(browser, server.url + "site/", switches, wait_until_ready)
                browser.close()
        finally:
            server.close()
    print(
        f"static build, page switch, median of {switches} (ms): {statistics.median(times):.2f}",
        end="",
    )
    print(f", p90 {statistics.quantiles(times, n=10)[-1]:.2f} (goal <= 20)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--switches", type=int, default=30)
    parser.add_argument("--static", action="store_true", help="time a static build instead")
    parser.add_argument("--baseline", metavar="REV", help="against stbundle at git REV instead")
    args = parser.parse_args()
    if args.baseline:
        against = measure_static_against if args.static else measure_serve_against
        against(args.baseline, args.switches)
        return
    if args.static:
        measure_static(args.switches)
        return
    results: dict[str, list[float]] = {}
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        for server in servers(APP):
            with running(server):
                results[server.name] = measure(browser, server.url, args.switches)
        browser.close()
    ours, theirs = (statistics.median(results[n]) for n in ("stbundle", "streamlit"))
    print(f"page switch, median of {args.switches} (ms): stbundle {ours:.2f}, ", end="")
    print(f"streamlit {theirs:.2f}, ratio {ratio(ours, theirs)} (goal <= 0.1)")


if __name__ == "__main__":
    main()
