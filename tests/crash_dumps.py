"""Where a crashed Chromium renderer crashed, read from the crash dump it left, for the message of
a test whose page crashed ("Target crashed" says nothing more, and Chromium's log has no line).

Debian's Chromium runs Crashpad: every crash writes a minidump to
``~/.config/chromium/Crash Reports/pending/``. This reads just enough of one (x86-64): the
signal, the faulting address, the instruction (module + offset), the thread, and whether the
fault is where the memory of the stack the thread ran on ends, the mark of the crash that was
seen on static pages (Chromium scanning for stack frames past the top of a JSPI stack: see
browser_support.CHROMIUM_FEATURES). Symbols are not needed for that; the dump's path is given
for anyone who has them.
"""

from __future__ import annotations

import os
import struct
import time
from dataclasses import dataclass
from pathlib import Path

SIGNALS = {4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 11: "SIGSEGV"}

_THREAD_LIST, _MODULE_LIST, _EXCEPTION, _THREAD_NAMES = 3, 4, 6, 0x18
_AMD64_RSP, _AMD64_RIP = 0x98, 0xF8  # offsets in MINIDUMP_CONTEXT_AMD64


def dump_folder() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "chromium" / "Crash Reports" / "pending"


@dataclass(frozen=True)
class CrashDump:
    path: Path
    signal: str
    fault_address: int
    instruction: str  # "chromium+0x9c6674d", or the bare address outside any module
    thread: str
    stack: tuple[int, int] | None  # the crashing thread's stack memory in the dump: start, end

    @property
    def at_stack_top(self) -> bool:
        """The fault is exactly where the stack the thread was running on ends."""
        return self.stack is not None and self.fault_address == self.stack[1]

    def describe(self) -> str:
        text = (
            f"{self.signal} at address {self.fault_address:#x}, instruction {self.instruction}, "
            f"thread '{self.thread}'"
        )
        if self.at_stack_top and self.stack is not None:
            text += (
                f"; the address is the top of the stack it was running on "
                f"({self.stack[0]:#x}-{self.stack[1]:#x}): Chromium's stack scan ran off a "
                "JSPI stack (is StackScanMaxFramePointerToStackEndGap in CHROMIUM_ARGS?)"
            )
        return f"{text}; dump {self.path}"


def read_dump(path: Path) -> CrashDump:
    """The crash's facts from a minidump (struct.error or ValueError when it is not one)."""
    data = path.read_bytes()

    def u32(offset: int) -> int:
        return int(struct.unpack_from("<I", data, offset)[0])

    def u64(offset: int) -> int:
        return int(struct.unpack_from("<Q", data, offset)[0])

    def utf16(rva: int) -> str:
        return data[rva + 4 : rva + 4 + u32(rva)].decode("utf-16-le", "replace")

    if data[:4] != b"MDMP":
        raise ValueError(f"{path} is not a minidump")
    streams = {u32(u32(12) + 12 * i): u32(u32(12) + 12 * i + 8) for i in range(u32(8))}
    exception = streams[_EXCEPTION]
    thread_id, signal, fault = u32(exception), u32(exception + 8), u64(exception + 24)
    context = u32(exception + 164)
    rip = u64(context + _AMD64_RIP)
    instruction = f"{rip:#x}"
    if _MODULE_LIST in streams:
        modules = streams[_MODULE_LIST]
        for n in range(u32(modules)):
            entry = modules + 4 + 108 * n
            base, size = u64(entry), u32(entry + 8)
            if base <= rip < base + size:
                instruction = f"{Path(utf16(u32(entry + 20))).name}+{rip - base:#x}"
    stack = None
    if _THREAD_LIST in streams:
        threads = streams[_THREAD_LIST]
        for n in range(u32(threads)):
            entry = threads + 4 + 48 * n
            if u32(entry) == thread_id:
                start = u64(entry + 24)
                stack = (start, start + u32(entry + 32))
    thread = str(thread_id)
    if _THREAD_NAMES in streams:
        names = streams[_THREAD_NAMES]
        for n in range(u32(names)):
            entry = names + 4 + 12 * n
            if u32(entry) == thread_id:
                thread = utf16(u64(entry + 4))
    return CrashDump(
        path, SIGNALS.get(signal, f"signal {signal}"), fault, instruction, thread, stack
    )


def new_dumps(since: float, wait_s: float = 5.0) -> list[Path]:
    """Dumps written after `since` (a time.time()); Crashpad moves a dump into the folder once it
    is complete, a moment after the page's crash event, so this waits up to `wait_s` for one."""
    deadline = time.monotonic() + wait_s
    while True:
        found = sorted(
            (p for p in dump_folder().glob("*.dmp") if p.stat().st_mtime >= since),
            key=lambda p: p.stat().st_mtime,
        )
        if found or time.monotonic() >= deadline:
            return found
        time.sleep(0.2)


def crash_report(since: float, wait_s: float = 5.0) -> str:
    """What the dumps written since `since` say, one line each; says so when there is none."""
    dumps = new_dumps(since, wait_s)
    if not dumps:
        return f"no crash dump in {dump_folder()}"
    lines = []
    for path in dumps:
        try:
            lines.append(read_dump(path).describe())
        except (OSError, KeyError, ValueError, struct.error) as exc:
            lines.append(f"{path}: unreadable ({type(exc).__name__}: {exc})")
    return "; ".join(lines)
