"""Slow-consumer attack on `bundle serve` and `streamlit run`, side by side (issue 8).

    python bench/bench_slow_consumer.py [--clients 3] [--seconds 30] [--after 10]

The same app (about 200 kB of text per run) is served by both. --clients WebSocket clients
connect at the protocol level (each server's own BackMsg), ask for a rerun every 2 ms and never
read their socket (tests/server/slow_client.py: a 4 KiB receive buffer, no reads after the
handshake). The server process's VmRSS is sampled every 0.25 s: baseline before the attack, peak
during it, and --after seconds after the clients left. Time to cut off is when the server logs
that it cut a client off (stbundle logs "cut off" naming the session; Streamlit has no such
limit). Prints one table.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench_serve import Server, servers  # noqa: E402

from tests.server.slow_client import NonReadingClient  # noqa: E402

APP = """
import streamlit as st
for i in range(4):
    st.text(str(i) * 50_000)
"""


def rerun_frame(name: str) -> bytes:
    """One 'rerun' BackMsg in each server's protocol."""
    if name == "stbundle":
        from stbundle.proto import stbundle_pb2 as pb

        return pb.BackMsg(rerun=pb.RerunRequest()).SerializeToString()
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ClientState_pb2 import ClientState

    return BackMsg(rerun_script=ClientState()).SerializeToString()


@dataclass
class Result:
    name: str
    baseline_mib: float = 0.0
    peak_mib: float = 0.0
    after_mib: float = 0.0
    cut_off_s: list[float] = field(default_factory=list)  # per client, from its first request
    requests: int = 0


def start_logged(server: Server, log: Path) -> None:
    """Server.start, keeping stderr (where the cut-off lines go)."""
    server.started_at = time.perf_counter()
    with log.open("wb") as out:
        server.proc = subprocess.Popen(
            server.command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=out
        )


def attack(server: Server, clients: int, seconds: float, after: float, log: Path) -> Result:
    result = Result(server.name)
    path = "/ws" if server.name == "stbundle" else "/_stcore/stream"
    frame = rerun_frame(server.name)
    time.sleep(1.0)
    result.baseline_mib = server.rss_kib() / 1024
    peak = [result.baseline_mib]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], server.rss_kib() / 1024)
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    counts = [0] * clients
    started = time.time()

    def flood(i: int) -> None:
        client = NonReadingClient("127.0.0.1", server.port, path, timeout=2.0)
        try:
            while time.time() - started < seconds:
                if not client.send(frame):  # the server stopped reading or closed
                    break
                counts[i] += 1
                time.sleep(0.002)
        finally:
            client.close()

    threads = [threading.Thread(target=flood, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    time.sleep(after)
    stop.set()
    sampler.join()
    result.peak_mib = peak[0]
    result.after_mib = server.rss_kib() / 1024
    result.requests = sum(counts)
    result.cut_off_s = cut_off_times(log, started)
    return result


def cut_off_times(log: Path, started: float) -> list[float]:
    """Seconds from the attack's start to each "cut off" log line (HH:MM:SS stamps)."""
    times = []
    day = time.strftime("%Y-%m-%d", time.localtime(started))
    for line in log.read_text(errors="replace").splitlines():
        match = re.match(r"(\d\d:\d\d:\d\d) WARNING .*cut off", line)
        if match:
            stamp = time.mktime(time.strptime(f"{day} {match.group(1)}", "%Y-%m-%d %H:%M:%S"))
            times.append(max(0.0, stamp - started + 1))  # +1: the stamp is truncated to seconds
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--after", type=float, default=10.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stb-slow-") as tmp:
        app = Path(tmp) / "heavy.py"
        app.write_text(APP)
        results = []
        for server in servers(str(app)):
            if server.name == "stbundle":
                server.command.append("--no-watch")
            log = Path(tmp) / f"{server.name}.log"
            start_logged(server, log)
            try:
                server.wait_ready()
                results.append(attack(server, args.clients, args.seconds, args.after, log))
            finally:
                server.stop()
    print(
        f"\n{args.clients} clients x {args.seconds:.0f} s asking for a rerun every 2 ms, never "
        f"reading; RSS {args.after:.0f} s after they left\n"
    )
    print("| server | rerun requests sent | RSS before (MiB) | peak growth (MiB) | "
          "growth after (MiB) | cut off after (s) |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for r in results:
        cut = ", ".join(f"{s:.0f}" for s in r.cut_off_s) or "never"
        peak, after = r.peak_mib - r.baseline_mib, r.after_mib - r.baseline_mib
        print(
            f"| {r.name} | {r.requests} | {r.baseline_mib:.0f} | {peak:+.0f} | {after:+.0f} "
            f"| {cut} |"
        )


if __name__ == "__main__":
    main()
