"""First runs of many new sessions at once, with the compiled script shared or not (issue 8).

    python bench/bench_first_runs.py [--sessions 200] [--lines 1500] [--rounds 3]

`bundle serve` runs an app of --lines statements; --sessions protocol-level clients connect at
the same moment and each measures connect -> its first run's script_finished. "shared" is the
server as it is (the script parsed and compiled once per version of its source, the code object
shared by every session); "per session" is the same server with ScriptSource patched back to
what it did before (each session parses and compiles the file itself, without the lock), which
on Python 3.11 also let simultaneous first runs race in the AST builder. Prints medians, p90,
max, and how many first runs failed, per mode (rounds alternate the modes).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench_serve import Server, free_port  # noqa: E402
from stbundle.proto import stbundle_pb2 as pb  # noqa: E402

# The server, optionally with the per-session compile it had before sharing.
SERVER = """
import sys
from pathlib import Path
from stbundle.runtime_py import script_source
from stbundle.server.runner import serve
from stbundle.server.settings import ServerSettings

mode, port, app = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
if mode == "per-session":
    def code(self):
        stat = self.path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        if self._code is None or stamp != self._stamp:
            source = self.path.read_bytes().decode("utf-8")
            self._code = script_source.compile_script(source, str(self.path))
            self._stamp = stamp
        return self._code
    script_source.ScriptSource.code = code
serve(app, host="127.0.0.1", port=port, headless=True, settings=ServerSettings(watch=False))
"""


def app_source(lines: int) -> str:
    body = "".join(f"v{i} = [{i}, {{'k': ({i}, {i + 1})}}]\n" for i in range(lines))
    return f"import streamlit as st\n{body}st.write('ready', v{lines - 1}[0])\n"


async def first_run(url: str) -> tuple[float, bool]:
    """Seconds from connect to the first script_finished; whether the run was clean."""
    t0 = time.perf_counter()
    async with connect(url, max_size=None, open_timeout=120, ping_interval=None) as ws:
        clean = True
        while True:
            batch = pb.ForwardMsgBatch.FromString(await ws.recv())
            for msg in batch.msgs:
                if msg.WhichOneof("type") == "delta" and msg.delta.new_element.HasField(
                    "exception"
                ):
                    clean = False
                if msg.WhichOneof("type") == "script_finished":
                    ok = msg.script_finished.status == pb.ScriptFinished.FINISHED_SUCCESSFULLY
                    return time.perf_counter() - t0, clean and ok


async def wave(url: str, sessions: int) -> list[tuple[float, bool]]:
    return await asyncio.gather(*(first_run(url) for _ in range(sessions)))


def measure(mode: str, app: Path, sessions: int) -> list[tuple[float, bool]]:
    port = free_port()
    server = Server(
        mode, [sys.executable, "-c", SERVER, mode, str(port), str(app)], "healthz", port
    )
    server.start()
    try:
        server.wait_ready()
        time.sleep(1.5)  # the background compile of the app has finished
        return asyncio.run(wave(f"ws://127.0.0.1:{port}/ws", sessions))
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--lines", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, list[tuple[float, bool]]] = {"per-session": [], "shared": []}
    with tempfile.TemporaryDirectory(prefix="stb-first-") as tmp:
        app = Path(tmp) / "big.py"
        app.write_text(app_source(args.lines))
        for _ in range(args.rounds):
            for mode in results:
                results[mode].extend(measure(mode, app, args.sessions))
    print(
        f"\n{args.sessions} new sessions at once, app of {args.lines} statements, "
        f"{args.rounds} rounds per mode\n"
    )
    print("| compile | first run median (ms) | p90 (ms) | max (ms) | failed runs |")
    print("| --- | ---: | ---: | ---: | ---: |")
    medians = {}
    for mode, runs in results.items():
        times = sorted(t * 1000 for t, _ in runs)
        medians[mode] = statistics.median(times)
        p90 = times[int(len(times) * 0.9) - 1]
        failed = sum(1 for _, clean in runs if not clean)
        print(f"| {mode} | {medians[mode]:.0f} | {p90:.0f} | {times[-1]:.0f} | {failed} |")
    print(f"\nshared / per session, median: {medians['shared'] / medians['per-session']:.3f}")


if __name__ == "__main__":
    main()
