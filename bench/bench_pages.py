"""Page switch latency of a multipage app in serve mode: stbundle vs `streamlit run` 1.67.

    python bench/bench_pages.py            # --switches 30 by default
    python bench/bench_pages.py --static   # the same app as a static build (Pyodide in the page)

Serves examples/multipage/app.py with both servers side by side (headless Debian Chromium,
loopback only) and measures in the page: performance.now() at the click on a page link of the
sidebar menu, a MutationObserver resolving when the new page's title is in the DOM; the clicks
alternate between the "Reports" and "Home" pages. Prints medians and the ratio.
--static builds the app with `bundle build` (offline Pyodide and wheels of `scripts/dev setup`:
$STBUNDLE_PYODIDE_DIR, $STBUNDLE_WHEEL_CACHE), hosts it with http.server and times the same
clicks in the page, where the runtime answers in-page (goal: <= 20 ms; no Streamlit analogue).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_serve import launch_chromium, ratio, running, servers  # noqa: E402

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


def measure(browser: Any, url: str, switches: int, ready: Any = None) -> list[float]:
    page = browser.new_page()
    page.goto(url)
    if ready is not None:
        ready(page)
    page.get_by_text("Home page").first.wait_for(timeout=60_000)
    # The menu is drawn by a lazy chunk: wait for its links before the first click.
    page.locator("nav a").first.wait_for(timeout=60_000)
    times: list[float] = []
    for i in range(switches + 2):
        label, title = TARGETS[i % 2]
        elapsed = page.evaluate(SWITCH_JS, [label, title])
        page.wait_for_timeout(100)  # let the run finish before the next click
        if i >= 2:  # the first two switches warm both pages up
            times.append(float(elapsed))
    page.close()
    return times


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
    args = parser.parse_args()
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
