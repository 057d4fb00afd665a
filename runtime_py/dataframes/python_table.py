"""st.data_editor over plain Python data (lists, tuples, sets, dicts, lists of dicts or rows),
without pandas: the input as named columns, edits applied to them, and the result returned in
the input's own shape, with the values pandas would have given (Streamlit converts through a
DataFrame: ints beside a missing value become floats, ints in a float column become floats).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.columns import encode_values
from stbundle.runtime_py.dataframes.editing import INDEX, is_null, kind_of_values, parse_value

#: Input shapes (Streamlit's DataFormat names) whose result is rebuilt in the same shape.
LIST_OF_VALUES = "list_of_values"
TUPLE_OF_VALUES = "tuple_of_values"
SET_OF_VALUES = "set_of_values"
LIST_OF_RECORDS = "list_of_records"
LIST_OF_ROWS = "list_of_rows"
COLUMN_VALUE_MAPPING = "column_value_mapping"
COLUMN_INDEX_MAPPING = "column_index_mapping"
KEY_VALUE_DICT = "key_value_dict"

#: Shapes with no index of their own: the editor hides the numbered index, as Streamlit does.
NO_INDEX = frozenset(
    {
        LIST_OF_VALUES,
        TUPLE_OF_VALUES,
        SET_OF_VALUES,
        LIST_OF_RECORDS,
        LIST_OF_ROWS,
        COLUMN_VALUE_MAPPING,
    }
)


def python_format(data: Any) -> str | None:
    """The shape of plain Python data as Streamlit classifies it; None for anything else."""
    if isinstance(data, (list, tuple, AbstractSet)) and not isinstance(data, str):
        items = list(data)
        first = next((i for i in items if i is not None), None)
        if isinstance(first, Mapping):
            return LIST_OF_RECORDS
        if isinstance(first, (list, tuple, AbstractSet)):
            return LIST_OF_ROWS
        if isinstance(data, tuple):
            return TUPLE_OF_VALUES
        return SET_OF_VALUES if isinstance(data, AbstractSet) else LIST_OF_VALUES
    if isinstance(data, Mapping):
        first = next(iter(data.values()), None)
        if isinstance(first, Mapping):
            return COLUMN_INDEX_MAPPING
        if isinstance(first, (list, tuple)):
            return COLUMN_VALUE_MAPPING
        return KEY_VALUE_DICT
    return None


@dataclass
class PythonTable:
    """Columns by name (text, as the editor names them), their values, and the row labels
    (None: rows numbered 0..n-1)."""

    shape: str
    columns: dict[str, list[Any]]
    index: list[Any] | None

    @classmethod
    def of(cls, data: Any, shape: str) -> PythonTable:
        if shape in (LIST_OF_VALUES, TUPLE_OF_VALUES, SET_OF_VALUES):
            return cls(shape, {"value": list(data)} if data else {}, None)  # empty: no column
        if shape == LIST_OF_RECORDS:
            names: dict[str, None] = {}
            for item in data:
                names.update(dict.fromkeys(str(k) for k in item))
            rows = [{str(k): v for k, v in item.items()} for item in data]
            return cls(shape, {n: [r.get(n) for r in rows] for n in names}, None)
        if shape == LIST_OF_ROWS:
            rows_ = [list(r) for r in data]
            width = max((len(r) for r in rows_), default=0)
            cols = {str(c): [r[c] if c < len(r) else None for r in rows_] for c in range(width)}
            return cls(shape, cols, None)
        if shape == COLUMN_VALUE_MAPPING:
            lengths = {len(v) for v in data.values()}
            if len(lengths) > 1:
                from stbundle.runtime_py.errors import StreamlitAPIException

                raise StreamlitAPIException("All arrays must be of the same length")
            return cls(shape, {str(k): list(v) for k, v in data.items()}, None)
        if shape == COLUMN_INDEX_MAPPING:
            labels: dict[Any, None] = {}
            for inner in data.values():
                labels.update(dict.fromkeys(inner))
            index = list(labels)
            cols = {str(k): [inner.get(i) for i in index] for k, inner in data.items()}
            return cls(shape, cols, index)
        if not data:
            return cls(shape, {}, None)
        return cls(shape, {"value": list(data.values())}, list(data.keys()))

    @property
    def rows(self) -> int:
        return len(self.index) if self.index is not None else self._count()

    def _count(self) -> int:
        return max((len(v) for v in self.columns.values()), default=0)

    def kinds(self) -> dict[str, str]:
        """Each column's data kind, and the index's under "_index"."""
        out = {name: kind_of_values(values) for name, values in self.columns.items()}
        out[INDEX] = kind_of_values(self.index) if self.index is not None else "integer"
        return out

    def to_frame(self, row_limit: int) -> Any:
        """The table for the page: its first `row_limit` rows (the page says how many there
        were; edits can reach only the rows sent)."""
        shown = min(self.rows, row_limit)
        frame = pb.Frame(rows=shown, total_rows=self.rows)
        for name, values in self.columns.items():
            frame.columns.append(encode_values(name, values[:shown]))
        if self.index is None:
            frame.range_index, frame.index_dtype = True, "int64"
        else:
            frame.index.append(encode_values("", self.index[:shown]))
        return frame

    # -- edits ---------------------------------------------------------------------------------
    def apply(self, state: Mapping[str, Any], kinds: Mapping[str, str]) -> None:
        """Cell edits, then deletions, then additions (Streamlit's order)."""
        for key, changes in (state.get("edited_rows") or {}).items():
            row = int(key)
            for name, value in changes.items():
                try:
                    parsed = self._parse(name, value, kinds)
                except ValueError:
                    continue
                if name == INDEX:
                    if self.index is not None:
                        self.index[row] = parsed
                elif name in self.columns:
                    self.columns[name][row] = parsed
        deleted = set(state.get("deleted_rows") or ())
        if deleted:
            keep = [r for r in range(self.rows) if r not in deleted]
            self.columns = {n: [v[r] for r in keep] for n, v in self.columns.items()}
            if self.index is not None:
                self.index = [self.index[r] for r in keep]
        for added in state.get("added_rows") or ():
            self._add(added, kinds)

    def _parse(self, name: str, value: Any, kinds: Mapping[str, str]) -> Any:
        """A sent value for a column; a wall-clock time for a column of zoned datetimes is
        taken in that zone (the page shows and edits them in it)."""
        parsed = parse_value(value, kinds.get(name, "unknown"))
        if isinstance(parsed, dt.datetime) and parsed.tzinfo is None:
            values = self.index if name == INDEX else self.columns.get(name)
            zone = next((v.tzinfo for v in values or () if isinstance(v, dt.datetime)), None)
            if zone is not None:
                parsed = parsed.replace(tzinfo=zone)
        return parsed

    def _add(self, added: Mapping[str, Any], kinds: Mapping[str, str]) -> None:
        try:
            row = {n: self._parse(n, v, kinds) for n, v in added.items()}
        except ValueError:
            return
        if self.index is not None:
            label = row.get(INDEX)
            if label is None and kinds.get(INDEX) == "integer":
                numbers = [i for i in self.index if isinstance(i, int)]
                label = max(numbers) + 1 if numbers else 0
            if label is None or label in self.index:
                return  # a new row needs an index value no other row has (Streamlit skips it)
            self.index.append(label)
        for name, values in self.columns.items():
            values.append(row.get(name))

    # -- back to the input's shape ----------------------------------------------------------------
    def _normalised(self, kinds: Mapping[str, str]) -> dict[str, list[Any]]:
        out = {}
        for name, values in self.columns.items():
            kind = kinds.get(name)
            has_null = any(is_null(v) for v in values)
            if kind == "float" or (kind == "integer" and has_null):
                values = [None if is_null(v) else float(v) for v in values]
            else:
                values = [None if is_null(v) else v for v in values]
            out[name] = values
        return out

    def result(self, kinds: Mapping[str, str]) -> Any:
        cols = self._normalised(kinds)
        names = list(cols)
        count = len(self.index) if self.index is not None else len(next(iter(cols.values()), []))
        if self.shape in (LIST_OF_VALUES, TUPLE_OF_VALUES, SET_OF_VALUES):
            values = cols[names[0]] if names else []
            if self.shape == TUPLE_OF_VALUES:
                return tuple(values)
            return set(values) if self.shape == SET_OF_VALUES else values
        if self.shape == LIST_OF_RECORDS:
            return [{n: cols[n][r] for n in names} for r in range(count)]
        if self.shape == LIST_OF_ROWS:
            return [[cols[n][r] for n in names] for r in range(count)]
        if self.shape == COLUMN_VALUE_MAPPING:
            return cols
        index = self.index if self.index is not None else list(range(count))
        if self.shape == COLUMN_INDEX_MAPPING:
            return {n: dict(zip(index, cols[n], strict=True)) for n in names}
        return dict(zip(index, cols[names[0]], strict=True)) if names else {}
