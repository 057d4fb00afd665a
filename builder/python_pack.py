"""The Python packages a static site installs, as one gzip-compressed pack of files.

A wheel compresses each file on its own; the page's wheels (protobuf, the runtime, pure-Python
requirements) as one stream compress about a fifth smaller, and the page writes the files
straight into Pyodide's file system (runtime_wasm/src/pack.ts) instead of running Python's
zipfile to unpack each wheel. What goes in is what unpacking the wheels gave (their files at
their paths under site-packages, `.dist-info` included), minus what the page never reads:
RECORD (nothing uninstalls in the page), protobuf's tests and benchmarks, and the comments and
docstrings of protobuf and the runtime (source_slim.py; never of the app's requirements, some of
which read their docstrings: PLY's grammars, click's help texts).

    b"STBPACK1", u32 file count                  (little-endian)
    file count x (u32 path length, u32 size)
    the paths (UTF-8, relative to site-packages), then the files' bytes, in that order
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import struct
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

from stbundle.builder import tool_cache
from stbundle.builder.source_slim import slim

MAGIC = b"STBPACK1"
#: Files of the protobuf wheel nothing imports in the page (benchmarks, test helpers, and the
#: C++ implementation's shim, which needs an extension Pyodide has no build of).
_NEVER_IMPORTED = (
    "google/protobuf/internal/json_format_benchmark.py",
    "google/protobuf/internal/message_benchmark.py",
    "google/protobuf/internal/testing_refleaks.py",
    "google/protobuf/pyext/cpp_message.py",
    "google/protobuf/testdata/",
)


def wheel_files(data: bytes, slim_sources: bool = False) -> dict[str, bytes]:
    """What the page installs of a wheel: its files by path, without RECORD (`slim_sources`:
    its Python sources without comments and docstrings)."""
    files: dict[str, bytes] = {}
    with zipfile.ZipFile(BytesIO(data)) as zf:
        for info in zf.infolist():
            name = info.filename
            if info.is_dir() or name.endswith(".dist-info/RECORD"):
                continue
            if name.startswith(_NEVER_IMPORTED):
                continue
            content = zf.read(info)
            files[name] = slim(content) if slim_sources and name.endswith(".py") else content
    return files


def site_files(wheels: list[tuple[bytes, bool]], cache: Path) -> dict[str, bytes]:
    """The files of `wheels` ((data, slim_sources) each) as installed, later wheels winning.

    Each wheel's result is cached by the hash of its bytes: slimming a runtime takes a second.
    """
    files: dict[str, bytes] = {}
    for data, slim_sources in wheels:
        key = hashlib.sha256(data + bytes([slim_sources])).hexdigest()[:32]
        cached = cache / f"pack-{key}.gz"
        try:
            files.update(unpack(cached.read_bytes()))
            continue
        except (OSError, ValueError, EOFError):
            pass
        these = wheel_files(data, slim_sources)
        files.update(these)
        _keep(cached, pack(these))  # a read-only cache only costs the slimming next time
    return files


def site_pack(files: dict[str, bytes], cache: Path) -> bytes:
    """The pack the page downloads: gzip's format, compressed with zopfli (about 5% smaller
    than gzip -9: ~12 KB of a visit's ~300). That takes seconds, so the result is kept in
    `cache` by the hash of what it holds, and a build of unchanged packages reads it back.
    Without zopfli installed, gzip -9."""
    raw = _layout(files)
    cached = cache / f"site-{hashlib.sha256(raw).hexdigest()[:32]}.gz"
    try:
        kept = cached.read_bytes()
        if gzip.decompress(kept) == raw:
            return kept
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error):
        pass
    try:
        from zopfli.gzip import compress as zopfli_gzip
    except ImportError:
        return gzip.compress(raw, compresslevel=9, mtime=0)
    data = zopfli_gzip(raw, numiterations=5)  # 15 (the default) gains 0.04% for twice the time
    _keep(cached, data)
    return data


def _keep(path: Path, data: bytes) -> None:
    """Keep `data` in the cache; a cache that cannot be written only costs the work next time."""
    with contextlib.suppress(OSError):
        tool_cache.store(path, data)


def as_wheel(files: dict[str, bytes]) -> bytes:
    """`files` as a zip, for tools that install wheels (the snapshot and bytecode makers)."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for name, content in sorted(files.items()):
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def pack(files: dict[str, bytes]) -> bytes:
    """The pack of `files` (path -> bytes), gzip-compressed, deterministic."""
    return gzip.compress(_layout(files), compresslevel=9, mtime=0)


def _layout(files: dict[str, bytes]) -> bytes:
    """The pack of `files`, uncompressed (the format in the module's docstring)."""
    names = sorted(files)
    encoded = [name.encode("utf-8") for name in names]
    parts = [MAGIC, struct.pack("<I", len(names))]
    sizes = [len(files[name]) for name in names]
    parts += [struct.pack("<II", len(e), size) for e, size in zip(encoded, sizes, strict=True)]
    parts += encoded
    parts += [files[n] for n in names]
    return b"".join(parts)


def unpack(data: bytes) -> dict[str, bytes]:
    """The files of a pack (tests, inspection)."""
    raw = gzip.decompress(data)
    if not raw.startswith(MAGIC):
        raise ValueError("not a stbundle pack")
    (count,) = struct.unpack_from("<I", raw, len(MAGIC))
    at = len(MAGIC) + 4
    sizes = [struct.unpack_from("<II", raw, at + 8 * i) for i in range(count)]
    at += 8 * count
    names = []
    for name_length, _ in sizes:
        names.append(raw[at : at + name_length].decode("utf-8"))
        at += name_length
    files = {}
    for name, (_, size) in zip(names, sizes, strict=True):
        files[name] = raw[at : at + size]
        at += size
    if at != len(raw):
        raise ValueError("a stbundle pack with trailing or missing bytes")
    return files
