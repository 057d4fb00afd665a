"""Chart data as plain columns: the one shape the built-in charts read.

Streamlit turns whatever it is given into a pandas DataFrame first. Static builds run without
pandas, so plain Python data (dicts of lists, lists of numbers, lists of lists, lists of dicts)
becomes columns here directly, with Streamlit's naming rules (a single unnamed column is
"value", a dict of scalars is one "value" column indexed by its keys). pandas objects (and
objects with `to_pandas()`) are read through pandas, imported only when one is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from stbundle.runtime_py.charts.kinds import infer_kind, is_missing
from stbundle.runtime_py.errors import StreamlitDataframeConversionError


@dataclass
class Column:
    """One column: its label (any hashable, as the user named it), values and inferred kind."""

    label: Any
    values: list[Any]
    kind: str = ""
    #: Stored with an integer dtype (no missing values): the chart's axis steps by whole numbers.
    integer: bool = False
    ordered: bool = False  # an ordered pandas Categorical (Vega-Lite "ordinal")
    categories: list[Any] | None = None  # an ordered Categorical's categories, in order

    def __post_init__(self) -> None:
        if not self.kind:
            self.kind = infer_kind(self.values)
            missing = any(is_missing(v) for v in self.values)
            if self.kind == "integer" and missing:
                # pandas stores integers with gaps as floats (NaN has no integer form).
                self.values = [None if is_missing(v) else float(v) for v in self.values]
                self.kind = "floating"
            self.integer = self.kind == "integer"


@dataclass
class ChartTable:
    """Named columns of equal length plus the row index (its label None when unnamed)."""

    columns: list[Column] = field(default_factory=list)
    index: Column = field(default_factory=lambda: Column(None, []))

    @property
    def labels(self) -> list[Any]:
        return [c.label for c in self.columns]

    def has(self, label: Any) -> bool:
        return any(_same_label(c.label, label) for c in self.columns)

    def get(self, label: Any) -> Column:
        return next(c for c in self.columns if _same_label(c.label, label))

    def __len__(self) -> int:
        return len(self.index.values)


def _same_label(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def _conversion_error(data: Any) -> StreamlitDataframeConversionError:
    return StreamlitDataframeConversionError(
        f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{data}\n```"
    )


def _is_pandas(data: Any, *names: str) -> bool:
    return any(
        cls.__module__.startswith("pandas") and cls.__name__ in names for cls in type(data).__mro__
    )


def _is_numpy_array(data: Any) -> bool:
    return type(data).__module__ == "numpy" and type(data).__name__ == "ndarray"


def _is_row(value: Any) -> bool:
    """A row of a list of lists (not a string, which pandas treats as a scalar)."""
    return isinstance(value, (list, tuple)) or _is_numpy_array(value)


def _value_column(table: ChartTable) -> ChartTable:
    """Streamlit names a single unnamed (0) column "value"."""
    if len(table.columns) == 1 and table.columns[0].label == 0:
        table.columns[0].label = "value"
    return table


def _range_index(n: int) -> Column:
    return Column(None, list(range(n)), "integer", integer=True)


def _from_rows(rows: list[Any]) -> ChartTable:
    width = max((len(r) for r in rows), default=0)
    cols = [[r[i] if i < len(r) else None for r in rows] for i in range(width)]
    return _value_column(
        ChartTable([Column(i, c) for i, c in enumerate(cols)], _range_index(len(rows)))
    )


def _from_records(records: list[Mapping[Any, Any]]) -> ChartTable:
    labels: dict[Any, None] = {}
    for rec in records:
        labels.update(dict.fromkeys(rec))
    columns = [Column(k, [rec.get(k) for rec in records]) for k in labels]
    return ChartTable(columns, _range_index(len(records)))


def _from_list(items: list[Any]) -> ChartTable:
    if not items:
        return ChartTable()
    if isinstance(items[0], Mapping):
        if not all(isinstance(i, Mapping) for i in items):
            raise _conversion_error(items)
        return _from_records(items)
    if _is_row(items[0]):
        return _from_rows([_as_values(r) for r in items])
    return _value_column(ChartTable([Column(0, items)], _range_index(len(items))))


def _is_array_like(value: Any) -> bool:
    return (
        isinstance(value, (list, tuple, range))
        or _is_numpy_array(value)
        or _is_pandas(value, "Series", "Index")
    )


def _as_values(seq: Any) -> list[Any]:
    return list(seq.tolist() if hasattr(seq, "tolist") else seq)


def _from_dict(data: Mapping[Any, Any]) -> ChartTable:
    values = list(data.values())
    if values and not any(_is_array_like(v) for v in values):
        # A dict of scalars: pandas' "index" orient, one column named "value".
        index = Column(None, list(data.keys()))
        return ChartTable([Column("value", values)], index)
    lengths = {len(v) for v in values if _is_array_like(v)}
    if len(lengths) > 1:
        raise _conversion_error(data)
    n = lengths.pop() if lengths else 0
    columns = []
    for label, v in data.items():
        columns.append(Column(label, _as_values(v) if _is_array_like(v) else [v] * n))
    return ChartTable(columns, _range_index(n))


def _pandas_column(label: Any, series: Any) -> Column:
    from pandas.api.types import infer_dtype, is_integer_dtype  # type: ignore[import-untyped]

    kind = str(infer_dtype(series, skipna=True))
    ordered = kind == "categorical" and bool(series.cat.ordered)
    values = series.astype(object).tolist() if kind == "categorical" else series.tolist()
    categories = series.cat.categories.tolist() if ordered else None
    return Column(
        label,
        values,
        kind,
        integer=bool(is_integer_dtype(series)),
        ordered=ordered,
        categories=categories,
    )


def _from_pandas_frame(df: Any) -> ChartTable:
    import pandas as pd  # type: ignore[import-untyped]

    columns = [_pandas_column(label, df.iloc[:, i]) for i, label in enumerate(df.columns)]
    index = _pandas_column(df.index.name, pd.Series(df.index))
    return ChartTable(columns, index)


def to_table(data: Any) -> ChartTable:
    """The chart data as columns, from anything the built-in charts accept."""
    if data is None:
        return ChartTable()
    if _is_pandas(data, "Styler"):
        data = data.data
    if _is_pandas(data, "Series", "Index"):
        import pandas as pd

        return _value_column(_from_pandas_frame(pd.DataFrame(data)))
    if _is_pandas(data, "DataFrame"):
        return _from_pandas_frame(data)
    if _is_numpy_array(data):
        if data.ndim == 0:
            return ChartTable()
        return _from_list(data.tolist())
    if hasattr(data, "to_pandas") and callable(data.to_pandas):  # polars, pyarrow, ...
        import pandas as pd

        return _from_pandas_frame(pd.DataFrame(data.to_pandas()))
    if isinstance(data, Mapping):
        return _from_dict(data)
    if isinstance(data, (str, bytes, int, float, complex, bool)):
        raise _conversion_error(data)
    if isinstance(data, Iterable):
        return _from_list(list(data))
    raise _conversion_error(data)
