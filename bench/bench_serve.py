"""Serve mode against `streamlit run` on the same app, in the same run: ratios are the result.

    python bench/bench_serve.py [--app examples/counter.py] [--clicks 40] [--tabs 20]

Measures, for `bundle serve` and `streamlit run` side by side (headless Chromium at
/usr/bin/chromium, loopback only):
  (a) interaction latency in the page: performance.now() at the click, a MutationObserver
      resolving when the new count is in the DOM; median over --clicks clicks;
  (b) server ready (process start -> health endpoint answers) and first render (process start
      -> the app's title is in the page); median over --starts starts;
  (c) server memory per open session: VmRSS growth of the server process over --tabs tabs.
Prints a table with ratios (ours / Streamlit's; lower is better).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.browser_support import launch_chromium  # noqa: E402

BIN = Path(sys.executable).parent

# Resolves with the milliseconds from the click until `pattern` matches the page's text.
CLICK_JS = """
async ([label, pattern]) => {
  const re = new RegExp(pattern);
  const button = [...document.querySelectorAll("button")]
    .find((b) => b.textContent.trim() === label);
  if (!button) throw new Error("no button " + label);
  return await new Promise((resolve, reject) => {
    const t0 = performance.now();
    const done = () => re.test(document.body.textContent);
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); resolve(performance.now() - t0); }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => { observer.disconnect(); reject(new Error("timeout")); }, 10000);
    button.click();
  });
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    name: str
    command: list[str]
    health_path: str
    port: int
    proc: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        self.started_at = time.perf_counter()
        self.proc = subprocess.Popen(
            self.command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

    def wait_ready(self, timeout: float = 60) -> float:
        """Seconds from process start until the health endpoint answers.

        Polled with a bare http.client request every 2 ms: an httpx call builds an SSL context
        each time (tens of ms on this machine), which would quantise the figure and steal the
        CPU both servers start on.
        """
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with contextlib.suppress(OSError, http.client.HTTPException):
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                try:
                    conn.request("GET", "/" + self.health_path)
                    if conn.getresponse().status == 200:
                        return time.perf_counter() - self.started_at
                finally:
                    conn.close()
            time.sleep(0.002)
        raise TimeoutError(f"{self.name} did not start")

    def rss_kib(self) -> int:
        assert self.proc is not None
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


def servers(app: str) -> list[Server]:
    ours_port, theirs_port = free_port(), free_port()
    return [
        Server(
            "stbundle",
            [
                str(BIN / "bundle"),
                "serve",
                app,
                "--headless",
                "--port",
                str(ours_port),
                "--log-level",
                "warning",
            ],
            "healthz",
            ours_port,
        ),
        Server(
            "streamlit",
            [
                str(BIN / "streamlit"),
                "run",
                app,
                "--server.headless",
                "true",
                "--server.port",
                str(theirs_port),
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
            ],
            "_stcore/health",
            theirs_port,
        ),
    ]


@contextlib.contextmanager
def running(server: Server) -> Iterator[Server]:
    server.start()
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


def count_pattern(n: int) -> str:
    return rf"Count =\s*{n}(?!\d)"


def open_app(browser: Any, server: Server, title: str) -> Any:
    page = browser.new_page()
    page.goto(server.url)
    page.get_by_text(title).first.wait_for(timeout=60_000)
    return page


@dataclass
class Result:
    latency_ms: list[float] = field(default_factory=list)
    ready_s: list[float] = field(default_factory=list)
    first_render_s: list[float] = field(default_factory=list)
    rss_per_tab_kib: float = 0.0


def measure_start(browser: Any, server: Server, title: str, result: Result) -> None:
    page = browser.new_page()
    server.start()
    try:
        result.ready_s.append(server.wait_ready())
        page.goto(server.url)
        page.get_by_text(title).first.wait_for(timeout=60_000)
        result.first_render_s.append(time.perf_counter() - server.started_at)
    finally:
        page.close()
        server.stop()


def measure_latency(browser: Any, server: Server, title: str, clicks: int, result: Result) -> None:
    page = open_app(browser, server, title)
    page.wait_for_function(
        "re => new RegExp(re).test(document.body.textContent)", arg=count_pattern(0)
    )
    page.get_by_role("button", name="Decrement").wait_for()  # Streamlit shows widgets last
    for _ in range(3):  # warm-up clicks: connection and code paths hot, as in steady use
        page.evaluate(CLICK_JS, ["Decrement", r"Count =\s*-?\d"])
    page.evaluate(CLICK_JS, ["Increment", count_pattern(-2)])
    page.wait_for_timeout(300)
    for n in range(-1, clicks - 1):
        result.latency_ms.append(page.evaluate(CLICK_JS, ["Increment", count_pattern(n)]))
        page.wait_for_timeout(50)
    page.close()


def measure_memory(browser: Any, server: Server, title: str, tabs: int, result: Result) -> None:
    context = browser.new_context()
    first = context.new_page()
    first.goto(server.url)
    first.get_by_text(title).first.wait_for(timeout=60_000)
    time.sleep(1.0)
    before = server.rss_kib()
    pages = []
    for _ in range(tabs):
        page = context.new_page()
        page.goto(server.url)
        page.get_by_text(title).first.wait_for(timeout=60_000)
        pages.append(page)
    time.sleep(1.0)
    result.rss_per_tab_kib = (server.rss_kib() - before) / tabs
    context.close()


def ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.3f}" if theirs else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default="examples/counter.py")
    parser.add_argument("--title", default="Counter Example")
    parser.add_argument("--clicks", type=int, default=40)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--tabs", type=int, default=20)
    args = parser.parse_args()

    results: dict[str, Result] = {}
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        pair = servers(args.app)
        for server in pair:
            results[server.name] = Result()
        print(f"start-up x{args.starts}, alternating", flush=True)
        for _ in range(args.starts):  # alternate so that machine noise hits both alike
            for server in pair:
                measure_start(browser, server, args.title, results[server.name])
        for server in pair:
            result = results[server.name]
            with running(server):
                print(f"[{server.name}] latency x{args.clicks}", flush=True)
                measure_latency(browser, server, args.title, args.clicks, result)
            with running(server):  # a fresh process for a clean memory baseline
                print(f"[{server.name}] memory over {args.tabs} tabs", flush=True)
                measure_memory(browser, server, args.title, args.tabs, result)
        browser.close()

    ours, theirs = results["stbundle"], results["streamlit"]
    rows = [
        (
            "interaction latency, median (ms)",
            statistics.median(ours.latency_ms),
            statistics.median(theirs.latency_ms),
            "<= 0.1",
        ),
        ("interaction latency, p90 (ms)", _p(ours.latency_ms, 0.9), _p(theirs.latency_ms, 0.9), ""),
        (
            "server ready, median (s)",
            statistics.median(ours.ready_s),
            statistics.median(theirs.ready_s),
            "<= 0.5",
        ),
        (
            "first render, median (s)",
            statistics.median(ours.first_render_s),
            statistics.median(theirs.first_render_s),
            "<= 0.5",
        ),
        ("RSS per open session (KiB)", ours.rss_per_tab_kib, theirs.rss_per_tab_kib, "<= 1"),
    ]
    print(f"\n{'metric':36} {'stbundle':>10} {'streamlit':>10} {'ratio':>7}  goal")
    for name, a, b, goal in rows:
        print(f"{name:36} {a:10.2f} {b:10.2f} {ratio(a, b):>7}  {goal}")
    print(
        f"\nclicks={args.clicks} starts={args.starts} tabs={args.tabs} app={args.app} "
        f"date={time.strftime('%Y-%m-%d %H:%M')}"
    )


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


if __name__ == "__main__":
    main()
