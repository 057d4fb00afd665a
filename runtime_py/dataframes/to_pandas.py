"""A proto Frame back as a pandas DataFrame: what AppTest's `.value` gives (Streamlit's AppTest
returns DataFrames), and what st.data_editor returns for pandas input."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import re
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.columns import unpack_bits
from stbundle.runtime_py.dataframes.libs import numpy, pandas
from stbundle.runtime_py.dataframes.packing import unpack_floats, unpack_ints, unpack_text

Kind = pb.FrameColumn.Kind
_EPOCH_DATE = dt.date(1970, 1, 1)


def _ints(col: Any) -> list[int]:
    return unpack_ints(col.ints, col.int_width or 8)


def _texts(col: Any) -> list[str]:
    return unpack_text(col.text, col.text_ends)


def column_values(col: Any, rows: int) -> list[Any]:
    """A column's cells as Python values (None for nulls), in row order."""
    nulls = unpack_bits(col.nulls, rows) if col.nulls else [False] * rows
    kind = col.kind
    values: list[Any]
    if kind == Kind.FLOAT:
        values = unpack_floats(col.floats)
    elif kind == Kind.BOOL:
        values = unpack_bits(col.bools, rows)
    elif kind in (Kind.STRING, Kind.CATEGORY) and col.categories:
        cats = list(col.categories)
        values = [cats[c] if c >= 0 else None for c in _ints(col)]
    elif kind == Kind.DATE:
        values = [_EPOCH_DATE + dt.timedelta(days=d) for d in _ints(col)]
    elif kind == Kind.TIME:
        values = [_time(us) for us in _ints(col)]
    elif kind == Kind.DECIMAL:
        values = _decimals([decimal.Decimal(s) if s else None for s in _texts(col)])
    elif kind == Kind.LIST:
        values = [json.loads(s) if s else None for s in _texts(col)]
        if col.list_datetimes:
            values = [_datetimes(v) for v in values]
    elif kind in (Kind.STRING, Kind.OBJECT):
        values = _texts(col)
    else:
        values = _ints(col)
    return [None if null else v for v, null in zip(values, nulls, strict=False)]


def _datetimes(items: list[str | None] | None) -> list[dt.datetime | None] | None:
    """A list cell's ISO datetimes back as datetimes."""
    if items is None:
        return None
    return [None if i is None else dt.datetime.fromisoformat(i) for i in items]


def _decimals(values: list[decimal.Decimal | None]) -> list[decimal.Decimal | None]:
    """Decimals at the column's largest scale, as Arrow's decimal type holds them."""
    scales = [-int(v.as_tuple().exponent) for v in values if v is not None and v.is_finite()]
    scale = max(scales, default=0)
    if scale <= 0:
        return values
    step = decimal.Decimal(1).scaleb(-scale)
    context = decimal.Context(prec=max(38, scale + 20))
    return [
        v.quantize(step, context=context) if v is not None and v.is_finite() else v for v in values
    ]


_INTERVAL = re.compile(r"^([\[(])(.*), (.*)([\])])$")
_CLOSED = {"[]": "both", "(]": "right", "[)": "left", "()": "neither"}


def _interval(pd: Any, text: str | None, dtype: str) -> Any:
    """An Interval back from its text ("(0.0, 1.0]"), its ends of the dtype's subtype."""
    match = _INTERVAL.match(text or "")
    if match is None:
        return None
    opening, left, right, closing = match.groups()
    subtype = dtype.removeprefix("interval[").split(",")[0]
    if subtype.startswith("datetime64"):
        ends: tuple[Any, Any] = (pd.Timestamp(left), pd.Timestamp(right))
    elif subtype.startswith(("int", "uint")):
        ends = (int(left), int(right))
    else:
        ends = (float(left), float(right))
    return pd.Interval(*ends, closed=_CLOSED[opening + closing])


def _time(micros: int) -> dt.time:
    seconds, us = divmod(micros, 1_000_000)
    minutes, s = divmod(seconds, 60)
    h, m = divmod(minutes, 60)
    return dt.time(h, m, s, us)


def series(col: Any, rows: int) -> Any:
    """One column as a pandas Series of its dtype."""
    np = numpy()
    pd = pandas()

    kind = col.kind
    nulls = np.array(unpack_bits(col.nulls, rows), dtype=bool) if col.nulls else None
    if kind in (Kind.DATETIME, Kind.TIMEDELTA):
        numpy_kind = "datetime64" if kind == Kind.DATETIME else "timedelta64"
        raw = _np_ints(np, col).view(f"{numpy_kind}[{col.unit}]")
        if nulls is not None:
            raw[nulls] = np.array("NaT", dtype=raw.dtype)
        out = pd.Series(raw)
        if col.timezone:
            out = out.dt.tz_localize("UTC").dt.tz_convert(col.timezone)
        return out
    if kind == Kind.CATEGORY:
        codes = _np_ints(np, col)
        return pd.Series(pd.Categorical.from_codes(codes, categories=list(col.categories)))
    if kind == Kind.INT and nulls is None:
        return pd.Series(
            _np_ints(np, col).astype(col.dtype if _numpy_dtype(col.dtype) else np.int64)
        )
    if kind == Kind.FLOAT:
        return pd.Series(np.frombuffer(col.floats, dtype="<f8")).astype(col.dtype)
    values = column_values(col, rows)
    if col.dtype.startswith("interval["):
        return pd.Series([_interval(pd, v, col.dtype) for v in values], dtype=col.dtype)
    if kind == Kind.LIST:  # Streamlit's AppTest reads list cells back as numpy arrays,
        # dict cells (Arrow structs) as dicts
        values = [np.array(v) if isinstance(v, list) else v for v in values]
    try:
        return pd.Series(values, dtype=col.dtype)
    except (TypeError, ValueError):
        return pd.Series(values, dtype=object)


def _np_ints(np: Any, col: Any) -> Any:
    """A column's `ints` as an int64 numpy array, read straight from the bytes."""
    return np.frombuffer(col.ints, dtype=f"<i{col.int_width or 8}").astype(np.int64)


def _numpy_dtype(name: str) -> bool:
    return name in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32")


def _label(col: Any) -> object:
    if col.name_levels:  # a MultiIndex column (the frame's columns rebuilt from the tuples)
        return tuple(col.name_levels)
    return int(col.name) if col.int_name else col.name


def _index_values(values: Any) -> Any:
    """An index level as Streamlit's AppTest reads it back from Arrow: index levels lose
    pandas' nullable dtypes (nullable numbers become float64 when they hold a null, nullable
    booleans with a null become objects, nullable strings pandas' default `str`)."""
    pd = pandas()
    dtype = values.dtype
    if not isinstance(dtype, pd.api.extensions.ExtensionDtype) or isinstance(
        dtype, (pd.CategoricalDtype, pd.DatetimeTZDtype)
    ):
        return values
    if isinstance(dtype, pd.StringDtype):
        return values.astype("str")
    missing = values.isna()
    has_null = bool(missing.any())
    kind = getattr(dtype, "kind", "O")
    if kind in "iu":
        return values.astype("float64") if has_null else values.astype(dtype.numpy_dtype)
    if kind == "f":
        return values.astype("float64")
    if kind == "b":
        if not has_null:
            return values.astype(bool)
        cells = values.astype(object).tolist()
        return pd.Series(
            [None if m else v for v, m in zip(cells, missing, strict=True)], dtype=object
        )
    return values


def to_dataframe(frame: Any) -> Any:
    """The Frame as a pandas DataFrame (index levels restored)."""
    pd = pandas()

    rows = int(frame.rows)
    data = {_label(c): series(c, rows) for c in frame.columns}
    if frame.range_index or not frame.index:
        index = pd.RangeIndex(rows)
    elif len(frame.index) == 1:
        level = frame.index[0]
        index = pd.Index(_index_values(series(level, rows)), name=_label(level) or None)
    else:
        index = pd.MultiIndex.from_arrays(
            [_index_values(series(level, rows)) for level in frame.index],
            names=[_label(level) or None for level in frame.index],
        )
    # Series on the frame's index (not bare arrays, which pandas 3 would re-infer: an object
    # column of texts would become `str`, where Streamlit's AppTest keeps `object`).
    df = pd.DataFrame({k: v.set_axis(index) for k, v in data.items()}, index=index)
    if not frame.columns:
        df = pd.DataFrame(index=index)
    return df
