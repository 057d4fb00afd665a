"""Frames Streamlit 1.67 cannot send through Arrow as they are, and what it does then: when one
column (or the index) fails Arrow's conversion, every column of the frame it judges incompatible
is changed, to text (complex numbers, periods, object columns mixing ints with other values or
holding other objects, dicts) or to lists (frozensets), and the conversion is tried again.
stbundle sends no Arrow (and needs no pyarrow): it predicts the failure from the values and
changes the same columns, so the page and AppTest see what Streamlit's do."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any, Literal

from stbundle.runtime_py.dataframes.libs import pandas

Fix = Literal["string", "list"]

#: Period dtypes Streamlit's grid cannot read, shown as text.
_PERIODS = frozenset(
    {"period[B]", "period[N]", "period[ns]", "period[U]", "period[us]", "geometry"}
)


def arrow_fix(column: Any) -> Fix | None:
    """How Streamlit changes this Series or (flat) Index before sending it; None: not at all."""
    pd = pandas()
    dtype = column.dtype
    if dtype.kind == "c" or str(dtype) in _PERIODS:
        return "string"
    if dtype.kind != "O":
        return None
    inferred = pd.api.types.infer_dtype(column, skipna=True)
    if inferred in ("mixed-integer", "complex"):
        return "string"
    if inferred != "mixed":
        return None
    present = column.dropna()
    if not hasattr(column, "iloc") or not len(present):
        return "string"  # an Index of mixed values: text
    first = present.iloc[0]
    if not pd.api.types.is_list_like(first) or pd.api.types.is_dict_like(first):
        return "string"
    if isinstance(first, frozenset):
        return "list"
    return None


#: Scalars Arrow converts in an object column (anything else makes the conversion fail).
_ARROW_SCALARS = (bool, int, float, str, bytes, dt.date, dt.time, dt.timedelta, decimal.Decimal)


def arrow_fails(column: Any) -> bool:
    """Whether pyarrow would refuse this Series or Index (complex numbers, ints mixed with text,
    frozensets, arbitrary objects)."""
    pd = pandas()
    if column.dtype.kind == "c":
        return True
    if column.dtype.kind != "O":
        return False
    inferred = pd.api.types.infer_dtype(column, skipna=True)
    if inferred in ("mixed-integer", "complex"):
        return True
    if inferred != "mixed":
        return False
    for value in column:
        if value is None or isinstance(value, _ARROW_SCALARS) or pd.api.types.is_dict_like(value):
            continue
        if isinstance(value, frozenset) or not pd.api.types.is_list_like(value):
            return True
    return False


def apply_fix(column: Any, fix: Fix) -> Any:
    """The column as Streamlit sends it: as pandas' "string" dtype, or iterables as lists."""
    if fix == "string":
        return column.astype("string")
    return column.map(
        lambda v: list(v) if hasattr(v, "__iter__") and not isinstance(v, (str, bytes)) else v
    )


def stringify_incompatible(df: Any) -> list[str]:
    """st.data_editor's rule: every column Streamlit judges Arrow-incompatible becomes text
    (frozensets too), in place, whether or not the conversion would fail; its names (such a
    column is read-only: an edit could not be turned back into its values)."""
    changed = []
    for name in list(df.columns):
        if arrow_fix(df[name]) is not None:
            df[name] = df[name].astype("string")
            changed.append(str(name))
    return changed
