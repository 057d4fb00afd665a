"""Pure-Python column encoding: a list of Python values becomes one typed FrameColumn, with the
dtype pandas would infer for it (what Streamlit shows), so lists and dicts need no pandas."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.packing import pack_floats, pack_ints, pack_text

Kind = pb.FrameColumn.Kind
_EPOCH = dt.datetime(1970, 1, 1)
_EPOCH_UTC = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_EPOCH_DATE = dt.date(1970, 1, 1)


def pack_bits(flags: Iterable[bool]) -> bytes:
    """Flags as a bitmap: bit i (least significant first) of byte i // 8."""
    out = bytearray()
    byte = bit = 0
    for flag in flags:
        if flag:
            byte |= 1 << bit
        bit += 1
        if bit == 8:
            out.append(byte)
            byte = bit = 0
    if bit:
        out.append(byte)
    return bytes(out)


def unpack_bits(data: bytes, count: int) -> list[bool]:
    """The first `count` flags of a bitmap written by pack_bits (missing bytes: False)."""
    return [i // 8 < len(data) and bool(data[i // 8] >> (i % 8) & 1) for i in range(count)]


def _is_null(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _kind_of(value: object) -> str:
    # bool before int (a bool is an int); datetime before date (a datetime is a date).
    for kind, types in _KIND_TYPES:
        if isinstance(value, types):
            return kind
    return "other"


_KIND_TYPES: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("bool", bool),
    ("int", int),
    ("float", float),
    ("str", str),
    ("datetime", dt.datetime),
    ("date", dt.date),
    ("time", dt.time),
    ("timedelta", dt.timedelta),
    ("decimal", decimal.Decimal),
    ("list", (list, tuple, dict, set)),
)


def cell_text(value: object) -> str:
    """How a value of a mixed column reads in a cell."""
    return str(value)


def _json_item(value: object) -> object:
    """What json cannot write itself: sets as lists (Arrow reads a set cell as a list)."""
    return list(value) if isinstance(value, set) else str(value)


def _json_text(value: object) -> str:
    if isinstance(value, set):
        value = list(value)
    try:
        return json.dumps(value, default=_json_item)
    except (TypeError, ValueError):
        return json.dumps(str(value))


def _holds_datetimes(cells: Iterable[Any]) -> bool:
    """Whether list cells hold datetimes (and nothing else but nulls)."""
    items = [i for c in cells if isinstance(c, (list, tuple)) for i in c if i is not None]
    return bool(items) and all(isinstance(i, dt.datetime) for i in items)


def _datetime_list_text(value: Any) -> str:
    return json.dumps([None if i is None else i.isoformat() for i in value])


def _micros(delta: dt.timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _datetime_micros(value: dt.datetime) -> int:
    if value.tzinfo is None:
        return _micros(value - _EPOCH)
    return _micros(value - _EPOCH_UTC)


def _time_micros(v: dt.time) -> int:
    return ((v.hour * 60 + v.minute) * 60 + v.second) * 1_000_000 + v.microsecond


#: kind found -> (Kind, dtype name, what a cell becomes on the wire: an int or a text)
_INT_KINDS: dict[str, tuple[Any, str, Callable[[Any], int]]] = {
    "int": (Kind.INT, "int64", int),
    "timedelta": (Kind.TIMEDELTA, "timedelta64[us]", _micros),
    "date": (Kind.DATE, "object", lambda v: (v - _EPOCH_DATE).days),
    "time": (Kind.TIME, "object", _time_micros),
}
_TEXT_KINDS: dict[str, tuple[Any, str, Callable[[Any], str]]] = {
    "str": (Kind.STRING, "str", str),
    "decimal": (Kind.DECIMAL, "object", str),
    "list": (Kind.LIST, "object", _json_text),
}


def column_kinds(values: Sequence[Any]) -> tuple[frozenset[str], bool]:
    """The kinds of a whole column's values and whether one is null: what `encode_values` needs
    (as `like`) to type a part of the column as the whole (a lazy table's pages)."""
    types = {type(v) for v in values}
    has_null = type(None) in types
    if not has_null and any(issubclass(t, float) for t in types):
        numbers = all(issubclass(t, (int, float)) for t in types)  # isnan takes them all at C speed
        has_null = (
            any(map(math.isnan, values))
            if numbers
            else any(isinstance(v, float) and math.isnan(v) for v in values)
        )
    return frozenset(_kind_of_type(t) for t in types if t is not type(None)), has_null


def _kind_of_type(t: type) -> str:
    for kind, types in _KIND_TYPES:
        if issubclass(t, types):
            return kind
    return "other"


def encode_values(
    name: object,
    values: Sequence[Any],
    *,
    dtype: str | None = None,
    like: tuple[frozenset[str], bool] | None = None,
) -> Any:
    """One FrameColumn from Python values, typed as pandas would infer them.

    `dtype` overrides the inferred dtype name (an object column of pandas keeps "object");
    `like` (`column_kinds` of the whole column) types these values as part of that column.
    """
    col = pb.FrameColumn()
    col.name = str(name)
    col.int_name = isinstance(name, int) and not isinstance(name, bool)
    nulls = [_is_null(v) for v in values]
    pairs = list(zip(values, nulls, strict=True))
    kinds = {_kind_of(v) for v, null in pairs if not null}
    has_null = any(nulls)
    any_null = has_null
    if like is not None and (kinds or not like[0]) and kinds <= like[0]:
        kinds, any_null = set(like[0]), like[1]
    kind = next(iter(kinds)) if len(kinds) == 1 else ""
    if kinds <= {"int", "float"} and kinds and (any_null or "float" in kinds):
        col.kind, col.dtype = Kind.FLOAT, "float64"
        col.floats = pack_floats([math.nan if n else float(v) for v, n in pairs])
    elif kind == "bool":  # with a null pandas keeps the column as objects
        col.kind, col.dtype = Kind.BOOL, "object" if any_null else "bool"
        col.bools = pack_bits(bool(v) and not n for v, n in pairs)
    elif kind in _INT_KINDS:
        col.kind, col.dtype, convert = _INT_KINDS[kind]
        col.unit = "us" if kind == "timedelta" else ""
        col.ints, col.int_width = pack_ints([0 if n else convert(v) for v, n in pairs])
    elif kind == "datetime":
        # Several zones (or naive and aware values) take the first value's zone, as Arrow
        # reads them: aware values keep their instant, naive ones count as UTC.
        tz = next(v for v, null in pairs if not null).tzinfo
        col.kind, col.unit = Kind.DATETIME, "us"
        col.timezone = "" if tz is None else _tz_name(tz)
        col.dtype = f"datetime64[us, {col.timezone}]" if tz is not None else "datetime64[us]"
        col.ints, col.int_width = pack_ints([0 if n else _datetime_micros(v) for v, n in pairs])
    else:
        col.kind, col.dtype, text = _TEXT_KINDS.get(kind, (Kind.OBJECT, "object", cell_text))
        if kind == "list" and _holds_datetimes(v for v, n in pairs if not n):
            col.list_datetimes, text = True, _datetime_list_text
        col.text, col.text_ends = pack_text(["" if n else text(v) for v, n in pairs])
    if has_null and col.kind != Kind.FLOAT:
        col.nulls = pack_bits(nulls)
    if not values:
        col.dtype = "float64"  # an empty column reads back from Arrow as float64 in Streamlit
    if dtype is not None and col.kind != Kind.DATETIME:  # Arrow reads datetimes as timestamps
        col.dtype = dtype
    return col


def _tz_name(tz: dt.tzinfo) -> str:
    key = getattr(tz, "key", None) or getattr(tz, "zone", None)
    if isinstance(key, str):
        return key
    return "UTC" if tz.utcoffset(None) == dt.timedelta(0) else str(tz)
