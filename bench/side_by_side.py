"""What the browser benchmarks of one interaction share: `bundle serve` and `streamlit run` on
the same app at once, samples alternating between them, medians and their ratio printed.

Alternating (after one warm-up sample each: imports, caches, lazy chunks in the HTTP cache)
gives both products the same minutes of a machine whose load drifts. Most of these benchmarks
time the interaction in the page with `arm`: performance.now() at the person's event, then every
animation frame until the script's answer shows.
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_serve import Server, running, servers  # noqa: E402

from tests.browser_support import launch_chromium  # noqa: E402

T = TypeVar("T")

# Takes the time of the first `event` (capture phase: before the page's own handlers) on the
# page or in a frame's document (only a `key`'s keydown, only on elements matching `on`), then
# polls every animation frame until the page's text matches `text` or an <img> has decoded an
# image `image_width` wide (and, with `painted`, one frame more for it to be painted).
ARM_JS = """
(o) => {
  window.__t0 = null;
  const doc = o.frame ? document.querySelector(o.frame).contentDocument : document;
  doc.addEventListener(o.event, (e) => {
    if (window.__t0 !== null || (o.key && e.key !== o.key)) return;
    if (o.on && !(e.target instanceof Element && e.target.matches(o.on))) return;
    window.__t0 = performance.now();
  }, true);
  const shown = o.text !== null
    ? () => new RegExp(o.text).test(document.body.innerText)
    : () => [...document.images].some((i) => i.complete && i.naturalWidth === o.image_width);
  window.__answer = new Promise((resolve, reject) => {
    const start = performance.now();
    const done = () => resolve(performance.now() - window.__t0);
    const poll = () => {
      if (window.__t0 !== null && shown()) o.painted ? requestAnimationFrame(done) : done();
      else if (performance.now() - start > o.timeout_ms) reject(new Error("timeout"));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}
"""


def arm(
    page: Any,
    event: str,
    *,
    text: str | None = None,
    image_width: int | None = None,
    key: str | None = None,
    on: str | None = None,
    frame: str | None = None,
    painted: bool = False,
    timeout_s: float = 30,
) -> None:
    """Starts timing in `page` at the next `event`, until `text` (a regex) is in the page's text
    or an image `image_width` wide is shown; `answer_ms` then waits for the figure."""
    if (text is None) == (image_width is None):
        raise ValueError("wait for either a text or an image width")
    options = {
        "event": event,
        "text": text,
        "image_width": image_width,
        "key": key,
        "on": on,
        "frame": frame,
        "painted": painted,
        "timeout_ms": timeout_s * 1000,
    }
    page.evaluate(ARM_JS, options)


def answer_ms(page: Any) -> float:
    """Milliseconds from the armed event to the answer (see `arm`)."""
    return float(page.evaluate("window.__answer"))


def alternate(app: Path, sample: Callable[[Any, Server], T], samples: int) -> dict[str, list[T]]:
    """`samples` results of `sample(browser, server)` per product, taken in turns."""
    results: dict[str, list[T]] = {"stbundle": [], "streamlit": []}
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        ours, theirs = servers(str(app))
        with running(ours), running(theirs):
            for server in (ours, theirs):  # warm-up
                sample(browser, server)
            for _ in range(samples):
                for server in (ours, theirs):
                    results[server.name].append(sample(browser, server))
        browser.close()
    return results


def print_medians(title: str, results: dict[str, list[float]], goal: str = "goal <= 1") -> None:
    """Median, min and max per product in ms, and the ratio of the medians (ours / Streamlit's)."""
    print(title)
    print(f"{'':12} {'median ms':>10} {'min':>8} {'max':>8}")
    for name, values in results.items():
        print(f"{name:12} {statistics.median(values):10.1f} {min(values):8.1f} {max(values):8.1f}")
    ratio = statistics.median(results["stbundle"]) / statistics.median(results["streamlit"])
    print(f"ratio (stbundle / streamlit): {ratio:.3f}" + (f"   {goal}" if goal else ""))
