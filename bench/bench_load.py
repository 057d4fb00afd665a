"""Load: many concurrent protocol-level sessions on `bundle serve`, each clicking once a second.

    python bench/bench_load.py [--sessions 500] [--seconds 20] [--app examples/counter.py]

Each client is one tab at the protocol level (binary ForwardMsg/BackMsg over the WebSocket, as the
renderer speaks it): it connects, waits for the first run, then clicks "Increment" once a second
at its own phase. Latency is click sent -> that run's script_finished received. After every run
the client checks the count it was shown equals its own clicks (a lost or doubled update is an
error), and at the end it checks the final count. Prints p50/p99 latency, errors, lost updates.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from websockets.asyncio.client import ClientConnection, connect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from stbundle.proto import stbundle_pb2 as pb  # noqa: E402

COUNT = re.compile(r"Count =\s*`?(-?\d+)`?")


@dataclass
class Stats:
    latencies_ms: list[float] = field(default_factory=list)
    clicks: int = 0
    errors: list[str] = field(default_factory=list)
    lost_updates: int = 0
    connected: int = 0


async def read_run(ws: ClientConnection, timeout: float) -> tuple[list[pb.ForwardMsg], float]:
    """Messages of the next finished run, and when its script_finished arrived."""
    messages: list[pb.ForwardMsg] = []
    while True:
        data = await asyncio.wait_for(ws.recv(), timeout)
        assert isinstance(data, bytes)
        arrived = time.perf_counter()
        for msg in pb.ForwardMsgBatch.FromString(data).msgs:
            kind = msg.WhichOneof("type")
            if kind == "script_started":
                messages = []
            messages.append(msg)
            if kind == "script_finished":
                return messages, arrived


def shown_count(messages: list[pb.ForwardMsg]) -> int | None:
    for msg in messages:
        if msg.WhichOneof("type") == "delta" and msg.delta.new_element.HasField("markdown"):
            match = COUNT.search(msg.delta.new_element.markdown.body)
            if match:
                return int(match.group(1))
    return None


def button_id(messages: list[pb.ForwardMsg], label: str) -> str:
    for msg in messages:
        el = msg.delta.new_element
        kind = msg.WhichOneof("type")
        if kind == "delta" and el.HasField("button") and el.button.common.label == label:
            return str(el.button.common.id)
    raise LookupError(label)


async def client(url: str, start_delay: float, until: float, stats: Stats) -> None:
    await asyncio.sleep(start_delay)
    try:
        async with connect(url, max_size=None, open_timeout=30, ping_interval=None) as ws:
            messages, _ = await read_run(ws, timeout=30)
            stats.connected += 1
            click = pb.BackMsg()
            state = click.rerun.widget_states.widgets.add()
            state.id = button_id(messages, "Increment")
            state.trigger_value = True
            frame = click.SerializeToString()
            clicks = 0
            next_click = time.perf_counter() + random.random()
            while next_click < until:
                await asyncio.sleep(max(0.0, next_click - time.perf_counter()))
                sent = time.perf_counter()
                await ws.send(frame)
                clicks += 1
                stats.clicks += 1
                run, finished = await read_run(ws, timeout=10)
                stats.latencies_ms.append((finished - sent) * 1000)
                if shown_count(run) != clicks:
                    stats.lost_updates += 1
                next_click += 1.0
            final = shown_count(run) if clicks else 0
            if final != clicks:
                stats.errors.append(f"final count {final} != {clicks} clicks")
    except Exception as exc:  # every failure is counted, none stops the benchmark
        stats.errors.append(f"{type(exc).__name__}: {exc}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def run_load(url: str, sessions: int, seconds: float, ramp: float) -> Stats:
    stats = Stats()
    until = time.perf_counter() + ramp + seconds
    await asyncio.gather(*(client(url, ramp * i / sessions, until, stats) for i in range(sessions)))
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default="examples/counter.py")
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--ramp", type=float, default=5.0, help="seconds to open all sessions")
    args = parser.parse_args()

    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "bundle"),
            "serve",
            args.app,
            "--headless",
            "--port",
            str(port),
            "--no-watch",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        rss_before = rss_mib(server.pid)
        stats = asyncio.run(
            run_load(f"ws://127.0.0.1:{port}/ws", args.sessions, args.seconds, args.ramp)
        )
        rss_after = rss_mib(server.pid)
        health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).json()
    finally:
        server.terminate()
        server.wait(timeout=15)

    lat = sorted(stats.latencies_ms)

    def pct(q: float) -> float:
        return lat[min(len(lat) - 1, int(q * len(lat)))] if lat else float("nan")

    print(
        f"sessions={args.sessions} connected={stats.connected} seconds={args.seconds} "
        f"clicks={stats.clicks} (each session clicks once a second from connect to the end)"
    )
    print(
        f"latency ms: p50={pct(0.5):.2f} p90={pct(0.9):.2f} p99={pct(0.99):.2f} "
        f"max={lat[-1] if lat else float('nan'):.2f} mean={statistics.fmean(lat):.2f}"
    )
    print(f"errors={len(stats.errors)} lost_updates={stats.lost_updates}")
    for error in sorted(set(stats.errors))[:10]:
        print(f"  {error}")
    print(
        f"server RSS: {rss_before:.1f} MiB idle -> {rss_after:.1f} MiB with {args.sessions} "
        f"sessions; health after: {health}"
    )
    met = pct(0.99) < 100 and not stats.errors and not stats.lost_updates
    print(
        f"goal: p99 < 100 ms, no errors, no lost updates -> {'MET' if met else 'MISSED'}"
        f"  ({time.strftime('%Y-%m-%d %H:%M')})"
    )


if __name__ == "__main__":
    main()
