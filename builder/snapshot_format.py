"""The layout of the memory snapshot a site ships: Pyodide's own header, then only the memory
pages that are neither zero nor as instantiating Pyodide's module leaves them.

Pyodide's snapshot (`makeMemorySnapshot()`) is a header (magic, build id, JSON) followed by the
whole WebAssembly memory: about 45 MB, of which some 40 % is zero pages (the unused heap). The
page used to gunzip all of it into one buffer that `loadPyodide({_loadSnapshot})` copied into the
new memory, which measured ~0.5 s of a warm start. This layout lets the page
(runtime_wasm/src/snapshot.ts) write the shipped pages straight into the new module's memory as
they are decompressed, and hand Pyodide only the header (whose memory part is then empty).

Pages the snapshot holds as the wasm's data segments put them (3.2 MB of constant tables, frozen
modules and strings that Python never wrote) are not shipped either: the page finds them in the
new module's memory and only checks them against the checksum below first; a module whose
instantiation left other bytes there (another build, a changed runtime) fails that check, and
the page starts without the snapshot.

    b"STBSNAP2"
    u32 header length, u32 memory length, u32 run count, u32 kept count, u32 kept checksum
    Pyodide's header (its snapshot up to where the memory starts)
    run count x (u32 start, u32 length)        shipped runs, ascending, in memory offsets
    kept count x (u32 start, u32 length)       runs left as instantiated, ascending
    the bytes of each shipped run, in order

All little-endian; the whole is gzip-compressed (builder/snapshot.py); memory in neither kind of
run is zero. Everything before the runs' bytes (the layout, about 1 KB) also ships as a file of
its own, uncompressed: the page hands Pyodide the header from it at once (Pyodide instantiates
its WebAssembly only once it has the header), and checks that the snapshot starts with it.
The checksum is FNV-1a over every 16th little-endian 32-bit word of the kept runs, in order:
enough to tell another module's memory, and 1-3 ms of the page's restore where all of the 3.2 MB
took 10-48 ms (cold JavaScript on the main thread, before Pyodide can start).
"""

from __future__ import annotations

import struct

MAGIC = b"STBSNAP2"
#: The magic and the five counts before Pyodide's header.
PREFIX = len(MAGIC) + 20
#: The granularity of the zero test: WebAssembly pages are 64 KiB, but the heap's zeros come in
#: smaller holes; 4 KiB finds nearly all of them with a few dozen runs.
PAGE = 4096
_PYODIDE_MAGIC_AND_OFFSET = struct.Struct("<II")
_FNV_OFFSET, _FNV_PRIME = 0x811C9DC5, 0x01000193
#: The checksum reads one 32-bit word in this many.
CHECKSUM_STRIDE = 16

Runs = list[tuple[int, int]]


def pyodide_parts(snapshot: bytes) -> tuple[bytes, bytes]:
    """Pyodide's snapshot split into (its header, the memory); ValueError if it is not one."""
    if len(snapshot) < 16 or snapshot[1:4] != b"snp":
        raise ValueError("not a Pyodide memory snapshot")
    _, memory_at = _PYODIDE_MAGIC_AND_OFFSET.unpack_from(snapshot, 0)
    if not 16 <= memory_at <= len(snapshot) or memory_at % 4:
        raise ValueError(f"a Pyodide snapshot with a bad memory offset ({memory_at})")
    return snapshot[:memory_at], snapshot[memory_at:]


def page_runs(memory: bytes, initial: bytes = b"", page: int = PAGE) -> tuple[Runs, Runs]:
    """(shipped, kept): stretches of pages holding a non-zero byte, split by whether a page
    equals `initial` (the memory as instantiated) there; both ascending."""
    shipped: Runs = []
    kept: Runs = []
    view = memoryview(memory)
    zero = bytes(page)
    for start in range(0, len(memory), page):
        chunk = view[start : start + page]
        if chunk == zero[: len(chunk)]:
            continue
        runs = kept if chunk == initial[start : start + page] else shipped
        if runs and runs[-1][0] + runs[-1][1] == start:
            runs[-1] = (runs[-1][0], runs[-1][1] + len(chunk))
        else:
            runs.append((start, len(chunk)))
    return shipped, kept


def checksum(memory: bytes | bytearray, runs: Runs) -> int:
    """FNV-1a over every CHECKSUM_STRIDE-th little-endian 32-bit word of each of `runs` (from its
    first word; each run a multiple of 4 bytes long)."""
    h = _FNV_OFFSET
    for start, length in runs:
        words = struct.unpack_from(f"<{length // 4}I", memory, start)
        for word in words[::CHECKSUM_STRIDE]:
            h = ((h ^ word) * _FNV_PRIME) & 0xFFFFFFFF
    return h


def encode(snapshot: bytes, initial: bytes = b"") -> bytes:
    """Pyodide's snapshot in the shipped layout (uncompressed); `initial`: the memory as
    instantiating the module writes it (wasm_module.initial_memory), b"" to ship every page."""
    header, memory = pyodide_parts(snapshot)
    if len(memory) % 4:
        raise ValueError("a Pyodide snapshot whose memory is not whole 32-bit words")
    runs, kept = page_runs(memory, initial)
    parts: list[bytes | memoryview] = [
        MAGIC,
        struct.pack(
            "<IIIII", len(header), len(memory), len(runs), len(kept), checksum(memory, kept)
        ),
    ]
    parts.append(header)
    parts += [struct.pack("<II", start, length) for start, length in runs + kept]
    view = memoryview(memory)
    parts += [view[start : start + length] for start, length in runs]
    return b"".join(parts)


def layout_length(data: bytes) -> int:
    """How long the layout of a shipped snapshot is, read from its first PREFIX bytes (`data`);
    ValueError if it is not one."""
    if not data.startswith(MAGIC) or len(data) < PREFIX:
        raise ValueError("not a stbundle memory snapshot")
    header_len, _, count, kept_count, _ = struct.unpack_from("<IIIII", data, len(MAGIC))
    return PREFIX + header_len + 8 * (count + kept_count)


def layout(data: bytes) -> bytes:
    """The layout at the start of a shipped snapshot (`data`: uncompressed, or only its start):
    everything before the runs' bytes. ValueError if it is not one, or `data` is too short."""
    end = layout_length(data)
    if len(data) < end:
        raise ValueError("a stbundle memory snapshot cut short in its layout")
    return data[:end]


def decode(data: bytes, initial: bytes = b"") -> bytes:
    """The shipped layout back to Pyodide's snapshot (for tests and inspection), the kept runs
    taken from `initial`; ValueError when they do not match the checksum."""
    if not data.startswith(MAGIC):
        raise ValueError("not a stbundle memory snapshot")
    header_len, memory_len, count, kept_count, kept_sum = struct.unpack_from("<IIIII", data, 8)
    at = PREFIX
    header = data[at : at + header_len]
    at += header_len
    table = [struct.unpack_from("<II", data, at + 8 * i) for i in range(count + kept_count)]
    runs, kept = table[:count], table[count:]
    at += 8 * len(table)
    memory = bytearray(memory_len)
    for start, length in kept:
        memory[start : start + length] = initial[start : start + length].ljust(length, b"\0")
    if checksum(memory, kept) != kept_sum:
        raise ValueError("a stbundle memory snapshot whose kept pages differ from this module's")
    for start, length in runs:
        memory[start : start + length] = data[at : at + length]
        at += length
    if at != len(data):
        raise ValueError("a stbundle memory snapshot with trailing or missing bytes")
    return header + bytes(memory)
