"""What kind of values a chart column holds, as pandas' `infer_dtype` names them.

Streamlit picks each Vega-Lite field type from pandas' inferred dtype; the built-in charts here
must pick the same types without pandas (static builds run without it), so this reads plain
Python values the way `infer_dtype(..., skipna=True)` reads an object column.
"""

from __future__ import annotations

import datetime
import decimal
import math
from collections.abc import Sequence
from typing import Any, Literal

VegaType = Literal["quantitative", "ordinal", "temporal", "nominal"]

_QUANTITATIVE = {"floating", "mixed-integer-float", "integer", "mixed-integer", "complex"}
_NOMINAL = {"string", "bytes", "categorical", "boolean", "mixed", "unicode"}
_TEMPORAL = {"datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"}
#: Kinds whose column pandas stores as object dtype and Arrow cannot hold: Streamlit turns a
#: melted column of such values into strings.
MIXED = {"mixed", "mixed-integer"}


def is_missing(value: Any) -> bool:
    """None, NaN and NaT (the values pandas skips when it infers a dtype)."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _all(values: Sequence[Any], test: Any) -> bool:
    return all(test(v) for v in values)


def infer_kind(values: Sequence[Any]) -> str:
    """The dtype name pandas' `infer_dtype` gives these values (missing values skipped)."""
    present = [v for v in values if not is_missing(v)]
    if not present:
        return "empty"
    first = present[0]
    if isinstance(first, bool):
        return "boolean" if _all(present, lambda v: isinstance(v, bool)) else _mixed(present)
    if _is_int(first):
        if _all(present, _is_int):
            return "integer"
        if _all(present, lambda v: _is_int(v) or isinstance(v, float)):
            return "mixed-integer-float"
        return "mixed-integer"
    if isinstance(first, datetime.datetime):
        return (
            "datetime"
            if _all(present, lambda v: isinstance(v, datetime.datetime))
            else _mixed(present)
        )
    if isinstance(first, datetime.date):
        return "date" if _all(present, lambda v: isinstance(v, datetime.date)) else _mixed(present)
    if isinstance(first, datetime.timedelta):
        return (
            "timedelta"
            if _all(present, lambda v: isinstance(v, datetime.timedelta))
            else _mixed(present)
        )
    if isinstance(first, datetime.time):
        return "time" if _all(present, lambda v: isinstance(v, datetime.time)) else _mixed(present)
    if isinstance(first, decimal.Decimal):
        return (
            "decimal"
            if _all(present, lambda v: isinstance(v, decimal.Decimal))
            else _mixed(present)
        )
    if isinstance(first, float):
        if _all(present, lambda v: isinstance(v, float)):
            return "floating"
        if _all(present, lambda v: isinstance(v, float) or _is_int(v)):
            return "mixed-integer-float"
        return _mixed(present)
    if isinstance(first, str):
        return "string" if _all(present, lambda v: isinstance(v, str)) else _mixed(present)
    if isinstance(first, bytes):
        return "bytes" if _all(present, lambda v: isinstance(v, bytes)) else _mixed(present)
    if isinstance(first, complex):
        return "complex" if _all(present, lambda v: isinstance(v, complex)) else _mixed(present)
    return _mixed(present)


def _mixed(values: Sequence[Any]) -> str:
    return "mixed-integer" if any(_is_int(v) for v in values) else "mixed"


def vega_type(kind: str, ordered: bool = False) -> VegaType:
    """The Vega-Lite field type Streamlit gives a column of this kind."""
    if kind in _QUANTITATIVE:
        return "quantitative"
    if kind == "categorical" and ordered:
        return "ordinal"
    if kind in _NOMINAL:
        return "nominal"
    if kind in _TEMPORAL:
        return "temporal"
    return "nominal"


_EPOCH = datetime.datetime(1970, 1, 1)
_EPOCH_UTC = _EPOCH.replace(tzinfo=datetime.UTC)


def json_value(value: Any) -> Any:
    """A value as the chart's JSON carries it: numbers, strings, booleans, null; dates and
    times as epoch milliseconds (naive ones read as UTC, as Arrow carries them to Streamlit's
    renderer)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if is_missing(value):
        return None
    if isinstance(value, datetime.datetime):
        base = _EPOCH_UTC if value.tzinfo is not None else _EPOCH
        return (value - base) / datetime.timedelta(milliseconds=1)
    if isinstance(value, datetime.date):
        return (
            datetime.datetime(value.year, value.month, value.day) - _EPOCH
        ) / datetime.timedelta(milliseconds=1)
    if isinstance(value, datetime.timedelta):
        return value / datetime.timedelta(milliseconds=1)
    if isinstance(value, datetime.time):
        return (
            (value.hour * 60 + value.minute) * 60 + value.second
        ) * 1000 + value.microsecond / 1000
    if isinstance(value, (decimal.Decimal,)):
        return float(value)
    if hasattr(value, "item") and callable(value.item):  # NumPy scalars
        return json_value(value.item())
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
