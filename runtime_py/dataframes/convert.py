"""Any input st.dataframe / st.table accept, as one proto Frame.

Inputs are recognised without importing their libraries: an object can only be a pandas (numpy,
pyarrow, polars) object when that library is already imported, so `sys.modules` is asked first.
pyarrow and polars objects go through pandas (they are only installed next to it).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.arrow_fixes import apply_fix, arrow_fails, arrow_fix
from stbundle.runtime_py.dataframes.columns import encode_values
from stbundle.runtime_py.dataframes.libs import pandas
from stbundle.runtime_py.dataframes.pandas_columns import encode_series
from stbundle.runtime_py.errors import StreamlitAPIException, StreamlitDataframeConversionError

#: Rows sent to the page per table. Larger inputs show their first ROW_LIMIT rows and say so:
#: encoding, sending and holding more would freeze the server and the page (docs: README).
ROW_LIMIT = 250_000

ACCEPTED = (
    "pandas DataFrame, Series, Index or Styler, numpy array, pyarrow Table or Array, "
    "polars DataFrame or Series, list, tuple, set, dict, or list of dicts"
)


#: The error for inputs a table cannot show (Streamlit's class and wording, plus what is accepted).
DataConversionError = StreamlitDataframeConversionError


def _module(name: str) -> Any:
    return sys.modules.get(name)


def _conversion_error(data: object) -> DataConversionError:
    text = repr(data)
    if len(text) > 200:
        text = text[:200] + "..."
    return DataConversionError(
        f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{text}\n```\n"
        f"stbundle shows: {ACCEPTED}."
    )


def to_pandas_input(data: Any) -> Any | None:
    """The input as a pandas DataFrame when it is a pandas/numpy/pyarrow/polars object (else
    None); the Styler of a Styler input is returned as is."""
    pd = _module("pandas")
    if pd is not None:
        if isinstance(data, pd.DataFrame):
            return data
        # Unnamed, they make a column named 0 (pandas' name), as in Streamlit.
        if isinstance(data, pd.Series):
            return data.to_frame(name=0 if data.name is None else data.name)
        if isinstance(data, pd.Index):
            return data.to_frame(name=0 if data.name is None else data.name, index=False)
        style = _module("pandas.io.formats.style")  # imported by DataFrame.style only
        if style is not None and isinstance(data, style.Styler):
            return data
    np = _module("numpy")
    if np is not None and isinstance(data, np.ndarray):
        pd = pandas()

        if data.ndim == 0:
            return pd.DataFrame({"value": [data.item()]})
        if data.ndim == 1:
            return pd.DataFrame({"value": data})
        if data.ndim == 2:  # one column is named "value", as Streamlit names it
            frame = pd.DataFrame(data)
            return frame.rename(columns={0: "value"}) if frame.shape[1] == 1 else frame
        raise StreamlitAPIException(
            f"A numpy array with {data.ndim} dimensions cannot be shown as a table: "
            "use one or two dimensions."
        )
    pa = _module("pyarrow")
    if pa is not None and isinstance(data, (pa.Table, pa.Array, pa.ChunkedArray, pa.RecordBatch)):
        frame = data.to_pandas()
        return frame.to_frame(name="value") if not hasattr(frame, "columns") else frame
    pl = _module("polars")
    if pl is not None and isinstance(data, (pl.DataFrame, pl.Series, pl.LazyFrame)):
        if isinstance(data, pl.LazyFrame):
            data = data.head(ROW_LIMIT + 1).collect()
        frame = data.to_pandas()
        return frame.to_frame(name=data.name or "value") if isinstance(data, pl.Series) else frame
    return None


def index_hidden_by_default(data: Any) -> bool:
    """Whether st.dataframe hides the index when hide_index is None: for inputs that have no
    index of their own (pandas numbers its rows anyway), as Streamlit decides it."""
    if isinstance(data, Mapping):
        return bool(data) and all(isinstance(v, (list, tuple)) for v in data.values())
    if isinstance(data, (Sequence, AbstractSet)) and not isinstance(data, (str, bytes)):
        return True
    no_index = {
        "numpy": ("ndarray",),
        "pandas": ("Index",),
        "polars": ("DataFrame", "Series", "LazyFrame"),
        "pyarrow": ("Array", "ChunkedArray"),
    }
    for library, names in no_index.items():
        module = _module(library)
        if module is not None and isinstance(data, tuple(getattr(module, n) for n in names)):
            return True
    pd = _module("pandas")
    return pd is not None and isinstance(data, pd.api.extensions.ExtensionArray)


def _python_columns(data: Any) -> tuple[list[tuple[object, list[Any]]], list[Any] | None]:
    """Columns (label, values) and index values (None: numbered rows) of plain Python data,
    shaped as pandas.DataFrame(data) shapes them (nothing at all: no columns)."""
    if not data:
        return [], None
    if isinstance(data, Mapping):
        values = list(data.values())
        if values and all(isinstance(v, (list, tuple)) for v in values):
            rows = max(len(v) for v in values)
            if any(len(v) != rows for v in values):
                raise StreamlitAPIException("All arrays must be of the same length")
            return [(k, list(v)) for k, v in data.items()], None
        if values and all(isinstance(v, Mapping) for v in values):
            # {column: {index: value}}: rows are every inner key, in the order first seen.
            index = list(dict.fromkeys(i for inner in values for i in inner))
            return [(k, [v.get(i) for i in index]) for k, v in data.items()], index
        # A dict of scalars: one "value" column indexed by the keys (Streamlit's shape).
        return [("value", values)], list(data.keys())
    if isinstance(data, AbstractSet):
        data = list(data)
    if isinstance(data, Sequence):
        items = list(data)
        if items and all(isinstance(i, Mapping) for i in items):
            labels: dict[object, None] = {}
            for item in items:
                labels.update(dict.fromkeys(item))
            return [(k, [item.get(k) for item in items]) for k in labels], None
        if items and all(isinstance(i, (list, tuple)) for i in items):
            width = max(len(i) for i in items)
            return [(c, [i[c] if c < len(i) else None for i in items]) for c in range(width)], None
        return [("value", items)], None
    raise _conversion_error(data)


def encode_python(data: Any, row_limit: int) -> Any:
    """A Frame from plain Python data (no pandas needed). A sequence longer than the row limit
    is cut before any work is done on it (a 10-million-item list or range costs nothing)."""
    total: int | None = None
    if isinstance(data, Sequence) and not isinstance(data, (str, bytes)) and len(data) > row_limit:
        total, data = len(data), list(data[:row_limit])
    elif isinstance(data, range):
        data = list(data)
    columns, index = _python_columns(data)
    if total is None:
        total = max((len(v) for _, v in columns), default=0)
    frame = pb.Frame(rows=min(total, row_limit), total_rows=total)
    for label, values in columns:
        frame.columns.append(encode_values(label, values[:row_limit]))
    if index is None:
        frame.range_index, frame.index_dtype = True, "int64"
    else:
        frame.index.append(encode_values("", index[:row_limit]))
    return frame


def encode_pandas(frame_or_styler: Any, row_limit: int) -> Any:
    """A Frame from a pandas DataFrame or Styler (values; a Styler's formatted text too)."""
    pd = pandas()

    styler = frame_or_styler if not isinstance(frame_or_styler, pd.DataFrame) else None
    df = styler.data if styler is not None else frame_or_styler
    total = len(df)
    if total > row_limit:
        df = df.iloc[:row_limit]
    out = pb.Frame(rows=len(df), total_rows=total)
    index = df.index
    flat = not isinstance(index, pd.MultiIndex)
    fixing = (flat and arrow_fails(index)) or any(
        arrow_fails(df.iloc[:, i]) for i in range(df.shape[1])
    )
    for position, label in enumerate(df.columns):
        column = df.iloc[:, position]
        if fixing and (fix := arrow_fix(column)) is not None:
            column = apply_fix(column, fix)
        encoded = encode_series(_label(label), column)
        if isinstance(label, tuple):  # a MultiIndex column: its levels, for AppTest's frame
            encoded.name_levels.extend(str(part) for part in label)
        out.columns.append(encoded)
    if fixing and flat and arrow_fix(index) is not None:
        index = index.astype("string")  # as Streamlit does: a mixed index is shown as text
    if (
        isinstance(index, pd.RangeIndex)
        and index.start == 0
        and index.step == 1
        and index.name is None
    ):
        out.range_index = True
        out.index_dtype = str(index.dtype)
    else:
        for level in range(index.nlevels):
            values = index.get_level_values(level)
            out.index.append(encode_series("" if values.name is None else values.name, values))
    if styler is not None:
        _add_display_text(styler, out, len(df))
    return out


def _label(label: object) -> object:
    return " / ".join(str(p) for p in label) if isinstance(label, tuple) else label


def _add_display_text(styler: Any, frame: Any, rows: int) -> None:
    """A Styler's formatted cell text (its `format` calls), per column."""
    # Styler keeps one formatter per cell; _display_funcs is that map (pandas' own attribute).
    funcs = getattr(styler, "_display_funcs", None)
    if funcs is None:
        return
    df = styler.data
    for c, col in enumerate(frame.columns):
        texts = [str(funcs[(r, c)](df.iat[r, c])) for r in range(rows)]
        col.display.extend(texts)


def to_frame(data: Any, row_limit: int = ROW_LIMIT) -> Any:
    """The proto Frame of anything st.dataframe accepts; DataConversionError for the rest."""
    if data is None:
        return pb.Frame(range_index=True, index_dtype="int64")
    pandas_input = to_pandas_input(data)
    if pandas_input is not None:
        return encode_pandas(pandas_input, row_limit)
    if isinstance(data, Mapping) and data and _module("pandas") is not None:
        pd = pandas()

        if any(isinstance(v, pd.Series) for v in data.values()):
            return encode_pandas(pd.DataFrame(data), row_limit)
    if isinstance(data, (str, bytes)) or not isinstance(data, (Mapping, Sequence, AbstractSet)):
        raise _conversion_error(data)
    return encode_python(data, row_limit)
