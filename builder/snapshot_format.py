"""The layout of the memory snapshot a site ships: Pyodide's own header, then only the memory
pages that are not zero.

Pyodide's snapshot (`makeMemorySnapshot()`) is a header (magic, build id, JSON) followed by the
whole WebAssembly memory: about 45 MB, of which some 40 % is zero pages (the unused heap). The
page used to gunzip all of it into one buffer that `loadPyodide({_loadSnapshot})` copied into the
new memory, which measured ~0.5 s of a warm start. This layout lets the page
(runtime_wasm/src/snapshot.ts) write the non-zero pages straight into the new module's memory as
they are decompressed, and hand Pyodide only the header (whose memory part is then empty): a
third less to decompress and no copy of the whole memory.

    b"STBSNAP1"
    u32 header length, u32 memory length, u32 run count     (little-endian)
    Pyodide's header (its snapshot up to where the memory starts)
    run count x (u32 start, u32 length)                      (ascending, in memory offsets)
    the bytes of each run, in order

The whole is gzip-compressed (builder/snapshot.py); gaps between runs are zero memory.
"""

from __future__ import annotations

import struct

MAGIC = b"STBSNAP1"
#: The granularity of the zero test: WebAssembly pages are 64 KiB, but the heap's zeros come in
#: smaller holes; 4 KiB finds nearly all of them with a few dozen runs.
PAGE = 4096
_PYODIDE_MAGIC_AND_OFFSET = struct.Struct("<II")


def pyodide_parts(snapshot: bytes) -> tuple[bytes, bytes]:
    """Pyodide's snapshot split into (its header, the memory); ValueError if it is not one."""
    if len(snapshot) < 16 or snapshot[1:4] != b"snp":
        raise ValueError("not a Pyodide memory snapshot")
    _, memory_at = _PYODIDE_MAGIC_AND_OFFSET.unpack_from(snapshot, 0)
    if not 16 <= memory_at <= len(snapshot) or memory_at % 4:
        raise ValueError(f"a Pyodide snapshot with a bad memory offset ({memory_at})")
    return snapshot[:memory_at], snapshot[memory_at:]


def nonzero_runs(memory: bytes, page: int = PAGE) -> list[tuple[int, int]]:
    """(start, length) of each stretch of pages holding a non-zero byte, ascending."""
    runs: list[tuple[int, int]] = []
    view = memoryview(memory)
    zero = bytes(page)
    for start in range(0, len(memory), page):
        chunk = view[start : start + page]
        if chunk == zero[: len(chunk)]:
            continue
        if runs and runs[-1][0] + runs[-1][1] == start:
            runs[-1] = (runs[-1][0], runs[-1][1] + len(chunk))
        else:
            runs.append((start, len(chunk)))
    return runs


def encode(snapshot: bytes) -> bytes:
    """Pyodide's snapshot in the shipped layout (uncompressed)."""
    header, memory = pyodide_parts(snapshot)
    runs = nonzero_runs(memory)
    parts: list[bytes | memoryview] = [
        MAGIC,
        struct.pack("<III", len(header), len(memory), len(runs)),
    ]
    parts.append(header)
    parts += [struct.pack("<II", start, length) for start, length in runs]
    view = memoryview(memory)
    parts += [view[start : start + length] for start, length in runs]
    return b"".join(parts)


def decode(data: bytes) -> bytes:
    """The shipped layout back to Pyodide's snapshot (for tests and inspection)."""
    if not data.startswith(MAGIC):
        raise ValueError("not a stbundle memory snapshot")
    header_len, memory_len, count = struct.unpack_from("<III", data, len(MAGIC))
    at = len(MAGIC) + 12
    header = data[at : at + header_len]
    at += header_len
    runs = [struct.unpack_from("<II", data, at + 8 * i) for i in range(count)]
    at += 8 * count
    memory = bytearray(memory_len)
    for start, length in runs:
        memory[start : start + length] = data[at : at + length]
        at += length
    if at != len(data):
        raise ValueError("a stbundle memory snapshot with trailing or missing bytes")
    return header + bytes(memory)
