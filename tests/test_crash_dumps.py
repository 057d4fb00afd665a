"""tests/crash_dumps.py reads a Crashpad minidump as Chromium writes one (x86-64): a dump built
here with the streams it reads, laid out as in the dumps of the renderer crashes on static pages
(SIGSEGV at chromium+0x9c6674d, reading the first byte past the top of its stack)."""

from __future__ import annotations

import struct
import time
from pathlib import Path

import pytest

from tests.crash_dumps import crash_report, read_dump

BASE, RIP_OFFSET = 0x5594E2CEE000, 0x9C6674D
STACK_START, STACK_SIZE = 0x79775581B10, 0x24F0


def minidump(fault: int) -> bytes:
    """Header, directory, and the exception, module list, thread list and thread names streams."""
    blobs: list[bytes] = []
    offset = 32 + 12 * 4  # header, then a directory of four streams

    def place(blob: bytes) -> int:
        nonlocal offset
        rva = offset
        blobs.append(blob)
        offset += len(blob)
        return rva

    def utf16(text: str) -> int:
        raw = text.encode("utf-16-le")
        return place(struct.pack("<I", len(raw)) + raw)

    context = bytearray(0x4D0)
    struct.pack_into("<Q", context, 0xF8, BASE + RIP_OFFSET)
    context_rva = place(bytes(context))
    exception = struct.pack("<IIIIQQII", 7, 0, 11, 2, 0, fault, 0, 0) + bytes(15 * 8)
    exception_rva = place(exception + struct.pack("<II", len(context), context_rva))
    module_name = utf16("/usr/lib/chromium/chromium")
    module = struct.pack("<QIIII", BASE, 0x20000000, 0, 0, module_name).ljust(108, b"\0")
    modules_rva = place(struct.pack("<I", 1) + module)
    stack_rva = place(bytes(STACK_SIZE))
    thread = struct.pack("<IIIIQQIIII", 7, 0, 0, 0, 0, STACK_START, STACK_SIZE, stack_rva, 0, 0)
    threads_rva = place(struct.pack("<I", 1) + thread)
    names_rva = place(struct.pack("<IIQ", 1, 7, utf16("chromium")))
    directory = b"".join(
        struct.pack("<III", kind, 0, rva)
        for kind, rva in ((6, exception_rva), (4, modules_rva), (3, threads_rva), (0x18, names_rva))
    )
    header = struct.pack("<4sIIIIIQ", b"MDMP", 0xA793, 4, 32, 0, 0, 0)
    return header + directory + b"".join(blobs)


def test_a_read_past_the_top_of_the_stack_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "crash.dmp"
    path.write_bytes(minidump(fault=STACK_START + STACK_SIZE))
    dump = read_dump(path)
    assert (dump.signal, dump.instruction, dump.thread) == (
        "SIGSEGV",
        "chromium+0x9c6674d",
        "chromium",
    )
    assert dump.stack == (STACK_START, STACK_START + STACK_SIZE)
    assert dump.at_stack_top
    assert "StackScanMaxFramePointerToStackEndGap" in dump.describe()


def test_another_fault_is_described_without_the_stack_scan_note(tmp_path: Path) -> None:
    path = tmp_path / "crash.dmp"
    path.write_bytes(minidump(fault=0))
    dump = read_dump(path)
    assert not dump.at_stack_top
    assert dump.describe().startswith("SIGSEGV at address 0x0, instruction chromium+0x9c6674d")
    assert "StackScan" not in dump.describe()


def test_the_report_names_the_dumps_written_since_the_page_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    folder = tmp_path / "chromium" / "Crash Reports" / "pending"
    folder.mkdir(parents=True)
    opened = time.time()
    assert crash_report(opened, wait_s=0) == f"no crash dump in {folder}"
    (folder / "a.dmp").write_bytes(minidump(fault=STACK_START + STACK_SIZE))
    (folder / "b.dmp").write_bytes(b"not a dump")
    report = crash_report(opened, wait_s=0)
    assert "SIGSEGV at address 0x79775584000" in report
    assert f"{folder / 'b.dmp'}: unreadable (ValueError" in report
