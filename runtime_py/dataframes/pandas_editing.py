"""st.data_editor over pandas-backed input (DataFrame, Series, Index, Styler, numpy, pyarrow,
polars): a copy as a DataFrame the edits are applied to, and the result converted back to the
input's type, as Streamlit 1.67 does it."""

from __future__ import annotations

import importlib
import logging
import math
import sys
from collections.abc import Mapping
from typing import Any

from stbundle.runtime_py.dataframes.editing import INDEX, kind_of_values, parse_value
from stbundle.runtime_py.dataframes.libs import numpy, pandas
from stbundle.runtime_py.errors import StreamlitAPIException, StreamlitDataframeConversionError

_LOG = logging.getLogger(__name__)

_INFERRED_KINDS = {
    "integer": "integer",
    "floating": "float",
    "mixed-integer-float": "float",
    "boolean": "boolean",
    "string": "string",
    "empty": "empty",
    "datetime64": "datetime",
    "datetime": "datetime",
    "date": "date",
    "time": "time",
    "timedelta64": "timedelta",
    "timedelta": "timedelta",
    "decimal": "decimal",
    "bytes": "bytes",
    "complex": "complex",
    "period": "period",
    "interval": "interval",
}


def pandas_format(data: Any) -> str:
    """What the result is converted back to (the input's kind of object)."""
    pd = pandas()
    np = sys.modules.get("numpy")
    if isinstance(data, pd.DataFrame):
        return "dataframe"
    if np is not None and isinstance(data, np.ndarray):
        return "numpy_list" if data.ndim == 1 else "numpy_matrix"
    if isinstance(data, pd.Series):
        return "series"
    module = type(data).__module__.split(".")[0]
    if module == "pyarrow":
        return (
            "pyarrow_table"
            if hasattr(data, "schema") and hasattr(data, "columns")
            else "pyarrow_array"
        )
    if module == "polars":
        return "polars_series" if type(data).__name__ == "Series" else "polars_dataframe"
    if isinstance(data, Mapping):
        return "column_series_mapping"
    return "dataframe"  # Index, Styler, extension arrays: a DataFrame comes back


def prepare(df: Any) -> Any:
    """The editor's copy: unique, text column names ("_index" is reserved), a supported index."""
    pd = pandas()
    df = df.copy()
    allowed = (pd.RangeIndex, pd.Index, pd.DatetimeIndex, pd.CategoricalIndex)
    if type(df.index) not in allowed:
        raise StreamlitAPIException(
            f"The type of the dataframe index - {type(df.index).__name__} - is not yet "
            "supported by the data editor."
        )
    if isinstance(df.columns, pd.MultiIndex):
        df.columns = ["_".join(map(str, c)) for c in df.columns.to_flat_index()]
    elif not all(isinstance(c, str) for c in df.columns):
        df.columns = pd.Index([str(c) for c in df.columns], name=df.columns.name)
    return df


def kinds(df: Any) -> dict[str, str]:
    """Each column's data kind (Streamlit's names), the index's under "_index"."""
    out = {str(name): _kind(df[name]) for name in df.columns}
    out[INDEX] = _kind(df.index)
    return out


def _kind(values: Any) -> str:
    pd = pandas()
    if isinstance(values.dtype, pd.CategoricalDtype):
        return kind_of_values(values.dtype.categories)
    inferred = pd.api.types.infer_dtype(values, skipna=True)
    if inferred in _INFERRED_KINDS:
        return _INFERRED_KINDS[inferred]
    return kind_of_values(values.dropna().tolist()[:1000])


def _parse(value: Any, kind: str, values: Any = None) -> Any:
    """A sent value for a column (`values`); a wall-clock time for a zoned datetime column is
    taken in its zone (the page shows and edits them in it)."""
    pd = pandas()
    parsed = parse_value(value, kind)
    if parsed is not None and kind == "datetime":
        stamp = pd.Timestamp(parsed)
        zone = getattr(getattr(values, "dtype", None), "tz", None)
        return stamp.tz_localize(zone) if zone is not None and stamp.tzinfo is None else stamp
    if parsed is not None and kind == "timedelta":
        # (seconds from a number column as pandas reads them: to the nanosecond)
        seconds = isinstance(value, (int, float)) and not isinstance(value, bool)
        return pd.Timedelta(value, unit="s") if seconds else pd.Timedelta(parsed)
    return parsed


def apply_edits(df: Any, state: Mapping[str, Any], kinds_: Mapping[str, str]) -> Any:
    """The DataFrame with cell edits, deletions and additions applied (Streamlit's order);
    an edit pandas refuses is logged and skipped."""
    for key, changes in (state.get("edited_rows") or {}).items():
        row = int(key)
        for name, value in changes.items():
            try:
                column = df.index if name == INDEX else df[name]
                parsed = _parse(value, kinds_.get(name, "unknown"), column)
                if name == INDEX:
                    df.index = df.index.delete(row).insert(row, parsed)
                else:
                    df.iat[row, df.columns.get_loc(name)] = parsed
            except (TypeError, ValueError, OverflowError, KeyError, IndexError):
                _LOG.warning("Edit %r of row %s, column %s ignored.", value, row, name)
    deleted = list(state.get("deleted_rows") or ())
    if deleted:
        df = df.drop(df.index[deleted])
    _add_rows(df, list(state.get("added_rows") or ()), kinds_)
    return df


def _add_rows(df: Any, added: list[Mapping[str, Any]], kinds_: Mapping[str, str]) -> None:
    pd = pandas()
    index = df.index
    stop: Any = None
    if isinstance(index, pd.RangeIndex):
        stop, step, ranged = index.stop, index.step, True
    elif pd.api.types.is_integer_dtype(index.dtype):
        stop, step, ranged = (0 if index.empty else index.max() + 1), 1, False
    else:
        step, ranged = 1, False
    for row in added:
        try:
            values = {
                n: _parse(v, kinds_.get(n, "unknown"), df.index if n == INDEX else df.get(n))
                for n, v in row.items()
            }
        except (TypeError, ValueError, OverflowError):
            continue
        label = values.pop(INDEX, None)
        cells = {c: values.get(c) for c in df.columns}
        if label is not None and not ranged:
            if label in df.index:
                continue  # an added row never overwrites an existing one
            _add_row(df, label, cells)
        elif stop is not None and _add_row(df, stop, cells):
            stop += step
        # (any other index has no next label to give the row: it is left out)


def _add_row(df: Any, label: Any, cells: Mapping[str, Any]) -> bool:
    """Appends one row; False (logged, the frame as it was) when pandas refuses a value. A
    column that cannot hold its new value is first cast to the dtype pandas 3 silently gives
    it (the upcast pandas 4 refuses), so the result is Streamlit's and no deprecation is hit."""
    pd = pandas()
    filled = len(df.index) > 0
    before: dict[str, Any] = {}
    try:
        for name, value in cells.items():
            column = df[name]
            dtype = _dtype_holding(column, value, filled)
            if dtype != column.dtype:
                before[name] = column
                # (an empty column has nothing to convert: a new one of the type)
                df[name] = (
                    column.astype(dtype) if filled else pd.Series(dtype=dtype, index=df.index)
                )
        df.loc[label] = dict(cells)
    except (TypeError, ValueError, OverflowError):
        _LOG.warning("Row %r could not be added.", dict(cells))
        for name, column in before.items():
            df[name] = column
        return False
    return True


def _dtype_holding(column: Any, value: Any, filled: bool) -> Any:
    """The dtype `column` takes when a row with `value` is appended: its own when it holds the
    value; in a frame with rows, the type common to both (a missing value makes integers
    floats); in an empty frame, the value's own type (pandas builds the first row from it)."""
    pd = pandas()
    np = numpy()
    dtype = column.dtype
    missing = _is_missing(value)
    if missing and not filled:
        # (alone, a missing value is an object; extension types keep their own missing value)
        numpy_like = isinstance(dtype, (np.dtype, pd.DatetimeTZDtype))
        return np.dtype(object) if numpy_like else dtype
    if _holds(dtype, value):
        return dtype
    alone = pd.Series([value], dtype=object).infer_objects()
    if not filled:
        return alone.dtype
    if missing and dtype.kind in "iu":
        return np.dtype("float64")
    return pd.concat([column.iloc[:0], alone]).dtype


def _holds(dtype: Any, value: Any) -> bool:
    """Whether a column of `dtype` stores `value` as it is (floats may round, not overflow);
    a zoned timestamp only fits a column of the same zone, a naive one only a naive column."""
    pd = pandas()
    np = numpy()
    if isinstance(dtype, np.dtype) and dtype.kind == "O":
        return True
    if _is_missing(value):
        try:
            return bool(pd.isna(pd.array([None], dtype=dtype)[0]))
        except (TypeError, ValueError):
            return False
    if dtype.kind == "M":
        zone = getattr(value, "tzinfo", None)
        if getattr(dtype, "tz", None) is None:
            if zone is not None:
                return False
        elif zone is None or pd.DatetimeTZDtype(dtype.unit, zone) != dtype:
            return False
    try:
        if isinstance(dtype, pd.CategoricalDtype):
            return bool(value in dtype.categories)
        if isinstance(dtype, np.dtype) and dtype.kind == "f":
            size = abs(float(value))
            return not math.isfinite(size) or size <= float(np.finfo(dtype).max)
        return bool(pd.array([value], dtype=dtype)[0] == value)
    except (TypeError, ValueError, OverflowError):
        return False


def _is_missing(value: Any) -> bool:
    pd = pandas()
    return bool(pd.api.types.is_scalar(value) and pd.isna(value))


def result(df: Any, fmt: str) -> Any:
    """The edited DataFrame as the input's type."""
    if fmt == "dataframe":
        return df
    if fmt in ("series", "pyarrow_array", "polars_series"):
        if len(df.columns) != 1:
            raise StreamlitDataframeConversionError(
                f"DataFrame is expected to have a single column but has {len(df.columns)}."
            )
        series = df.iloc[:, 0]
        if fmt == "series":
            return series
        if fmt == "pyarrow_array":
            return importlib.import_module("pyarrow").Array.from_pandas(series)
        return importlib.import_module("polars").from_pandas(series)
    if fmt in ("numpy_list", "numpy_matrix"):
        if df.empty:
            return numpy().ndarray(0)
        return df.iloc[:, 0].to_numpy() if fmt == "numpy_list" else df.to_numpy()
    if fmt == "pyarrow_table":
        return importlib.import_module("pyarrow").Table.from_pandas(df)
    if fmt == "polars_dataframe":
        return importlib.import_module("polars").from_pandas(df)
    if fmt == "column_series_mapping":
        return df.to_dict(orient="series")
    return df
