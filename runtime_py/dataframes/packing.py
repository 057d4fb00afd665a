"""Fixed-width little-endian arrays for FrameColumn's bytes fields: the page reads them in place
with typed arrays (no per-value decoding). Pure Python (the stdlib `array`) for lists, numpy for
numpy data; both write the same bytes."""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

# width in bytes -> array typecode (signed), and numpy's little-endian dtype
_CODES = {1: "b", 2: "h", 4: "i", 8: "q"}
_NUMPY = {1: "<i1", 2: "<i2", 4: "<i4", 8: "<i8"}
_BIG_ENDIAN = sys.byteorder == "big"


def int_width(low: int, high: int) -> int:
    """The narrowest signed width (1, 2, 4, 8 bytes) that holds every value in [low, high]."""
    for width in (1, 2, 4):
        bound = 1 << (8 * width - 1)
        if -bound <= low and high < bound:
            return width
    return 8


def _little(arr: array[Any]) -> bytes:
    if _BIG_ENDIAN:
        arr.byteswap()
    return arr.tobytes()


def pack_ints(values: Sequence[int]) -> tuple[bytes, int]:
    """(bytes, width) of Python ints."""
    width = int_width(min(values, default=0), max(values, default=0))
    code = _CODES[width]
    if array(code).itemsize != width:  # "i" is not 4 bytes on this platform
        code, width = "q", 8
    return _little(array(code, values)), width


def pack_floats(values: Sequence[float]) -> bytes:
    return _little(array("d", values))


def pack_text(texts: Sequence[str]) -> tuple[bytes, bytes]:
    """(UTF-8 of every cell one after the other, each cell's end offset as uint32)."""
    encoded = [t.encode("utf-8") for t in texts]
    ends = array("I", accumulate(len(b) for b in encoded))
    if ends.itemsize != 4:
        ends = array("L", ends)
    return b"".join(encoded), _little(ends)


def numpy_ints(np: Any, values: Any) -> tuple[bytes, int]:
    """(bytes, width) of a numpy integer array."""
    if len(values) == 0:
        return b"", 1
    width = int_width(int(values.min()), int(values.max()))
    return bytes(np.ascontiguousarray(values, dtype=_NUMPY[width]).tobytes()), width


def numpy_floats(np: Any, values: Any) -> bytes:
    return bytes(np.ascontiguousarray(values, dtype="<f8").tobytes())


def numpy_text(np: Any, texts: list[str]) -> tuple[bytes, bytes]:
    """pack_text's bytes for many cells, with the per-cell work done in C: the cells are joined
    with NUL separators and encoded once, and numpy finds the separators (cells holding a NUL
    go the plain way)."""
    joined = "\0".join(texts)
    if joined.count("\0") != max(len(texts) - 1, 0):
        return pack_text(texts)
    data = (joined + "\0").encode("utf-8")
    seps = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 0)
    ends = seps - np.arange(len(seps))
    return data.replace(b"\0", b""), bytes(ends.astype("<u4").tobytes())


def unpack_ints(data: bytes, width: int) -> list[int]:
    arr = array(_CODES[width] if array(_CODES[width]).itemsize == width else "q")
    arr.frombytes(data)
    if _BIG_ENDIAN:
        arr.byteswap()
    return arr.tolist()


def unpack_floats(data: bytes) -> list[float]:
    arr = array("d")
    arr.frombytes(data)
    if _BIG_ENDIAN:
        arr.byteswap()
    return arr.tolist()


def unpack_text(data: bytes, ends: bytes) -> list[str]:
    offsets = array("I")
    offsets.frombytes(ends)
    if _BIG_ENDIAN:
        offsets.byteswap()
    out, start = [], 0
    for end in offsets:
        out.append(data[start:end].decode("utf-8"))
        start = end
    return out
