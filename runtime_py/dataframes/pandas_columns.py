"""pandas/numpy column encoding: a Series (or one index level) becomes one FrameColumn with
numpy doing the work (no per-cell Python for numbers, dates and booleans). Only called when the
input already is a pandas object, so pandas and numpy are imported here lazily."""

from __future__ import annotations

import sys
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.columns import encode_values
from stbundle.runtime_py.dataframes.libs import numpy, pandas
from stbundle.runtime_py.dataframes.packing import numpy_floats, numpy_ints, numpy_text

Kind = pb.FrameColumn.Kind

#: A string column is dictionary-encoded when it has at most this share of distinct values.
_DICTIONARY_SHARE = 0.5
#: Rows looked at to guess that share (factorizing a column of unique strings costs time).
_SAMPLE = 2000


def _packed(np: Any, flags: Any) -> bytes:
    return bytes(np.packbits(np.asarray(flags, dtype=bool), bitorder="little").tobytes())


def _set_nulls(np: Any, col: Any, mask: Any) -> None:
    if mask is not None and bool(mask.any()):
        col.nulls = _packed(np, mask)


def encode_series(name: object, series: Any) -> Any:
    """One FrameColumn from a pandas Series or Index (values as they are, no copy of the frame)."""
    np = numpy()
    pd = pandas()

    dtype = series.dtype
    dtype_name = str(dtype)
    col = pb.FrameColumn()
    col.name = str(name)
    col.int_name = isinstance(name, (int, np.integer)) and not isinstance(name, bool)
    col.dtype = dtype_name
    mask = np.asarray(pd.isna(series), dtype=bool) if len(series) else None
    if isinstance(dtype, pd.CategoricalDtype):
        col.kind = Kind.CATEGORY
        codes = series.cat.codes if hasattr(series, "cat") else series.codes
        col.ints, col.int_width = numpy_ints(np, np.asarray(codes))
        col.categories.extend(str(c) for c in dtype.categories)
        return col
    if isinstance(dtype, pd.DatetimeTZDtype) or dtype.kind in "Mm":
        values = series.array if hasattr(series, "array") else series
        unit = str(getattr(values, "unit", None) or np.datetime_data(dtype)[0])
        col.kind = Kind.TIMEDELTA if dtype.kind == "m" else Kind.DATETIME
        col.unit = unit
        if isinstance(dtype, pd.DatetimeTZDtype):
            col.timezone = str(dtype.tz)
        col.ints, col.int_width = numpy_ints(np, np.where(mask, 0, np.asarray(values.asi8)))
        _set_nulls(np, col, mask)
        return col
    if dtype.kind == "b":
        col.kind = Kind.BOOL
        filled = series.fillna(False) if mask is not None and mask.any() else series
        col.bools = _packed(np, np.asarray(filled, dtype=bool))
        _set_nulls(np, col, mask)
        return col
    if dtype.kind in "iu" and not (dtype.kind == "u" and dtype.itemsize == 8):
        col.kind = Kind.INT
        filled = series.fillna(0) if mask is not None and mask.any() else series
        col.ints, col.int_width = numpy_ints(np, np.asarray(filled, dtype=np.int64))
        _set_nulls(np, col, mask)
        return col
    if dtype.kind in "fiu":
        col.kind = Kind.FLOAT
        col.floats = numpy_floats(np, series.to_numpy(dtype=np.float64, na_value=np.nan))
        return col
    if isinstance(dtype, pd.StringDtype) or dtype_name in ("str", "string"):
        _encode_strings(np, pd, col, series, mask)
        return col
    values = series.tolist()
    if mask is not None and mask.any():  # pd.NA and NaT cells are nulls, as in Arrow
        values = [None if m else v for v, m in zip(values, mask.tolist(), strict=True)]
    return encode_values(name, values, dtype=dtype_name)


def _encode_strings(np: Any, pd: Any, col: Any, series: Any, mask: Any) -> None:
    col.kind = Kind.STRING
    head = series[:_SAMPLE]
    if len(series) and len(pd.unique(head)) <= _DICTIONARY_SHARE * len(head):
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        col.ints, col.int_width = numpy_ints(np, np.asarray(codes))
        col.categories.extend(str(u) for u in uniques)
    elif (packed := arrow_text(np, series, mask)) is not None:
        col.text, col.text_ends = packed
    else:
        texts = series.tolist()
        if mask is not None and mask.any():
            texts = ["" if m else v for v, m in zip(texts, mask.tolist(), strict=True)]
        col.text, col.text_ends = numpy_text(np, [str(t) for t in texts])
    _set_nulls(np, col, mask)


def arrow_text(np: Any, series: Any, mask: Any) -> tuple[bytes, bytes] | None:
    """The wire's text and cell ends read straight from a pyarrow-backed string column's
    buffers (pandas 3's default strings): no Python string per cell. None when the column is
    not one, or its null cells hold bytes (then the per-cell path blanks them)."""
    chunked = getattr(getattr(series, "array", None), "_pa_array", None)
    pa = sys.modules.get("pyarrow")
    if chunked is None or pa is None or not isinstance(chunked, pa.ChunkedArray):
        return None
    if not (pa.types.is_string(chunked.type) or pa.types.is_large_string(chunked.type)):
        return None
    arr = chunked.combine_chunks() if chunked.num_chunks != 1 else chunked.chunk(0)
    _, offsets_buffer, data_buffer = arr.buffers()
    width = np.int64 if pa.types.is_large_string(arr.type) else np.int32
    offsets = np.frombuffer(offsets_buffer, dtype=width)[arr.offset : arr.offset + len(arr) + 1]
    if not len(offsets):
        return b"", b""
    start, end = int(offsets[0]), int(offsets[-1])
    if end - start >= 2**32:
        return None
    if mask is not None and bool(mask.any()) and bool(np.diff(offsets)[mask].any()):
        return None
    data = b"" if data_buffer is None else data_buffer.to_pybytes()[start:end]
    return data, bytes((offsets[1:] - start).astype("<u4").tobytes())
