"""st.dataframe(lazy=...): tables whose rows the page fetches by range instead of all at once.

The element carries the first page of rows and an unguessable source id; as the person scrolls
(or sorts), the page asks for rows [start, end) with a BackMsg and the session answers with a
ForwardMsg, without a rerun. The same answer is written here once for both modes: the server
calls it off its event loop, a static build inline in the page.

Which inputs load lazily follows Streamlit 1.67: with `lazy=None` a pandas or polars DataFrame
or a pyarrow Table of more than 150,000 rows; with `lazy=True` any table-like input of more than
1,000 rows (smaller ones stay eager). A Styler, `on_select` and multi-level column headers cannot
be lazy (an error with `lazy=True`, eager with `lazy=None`), and AppTest always shows every row.

Sources live in the session, one per element place: a newer table at the same place replaces
the older one, a complete run of the whole app frees those it did not draw, at most
MAX_SOURCES are kept, and all go with the session. A page can ask for at most
MAX_REQUEST_ROWS rows at once; the sorted order of one column is kept per source.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.columns import _is_null, column_kinds, encode_values
from stbundle.runtime_py.dataframes.convert import (
    _python_columns,
    encode_pandas,
    to_pandas_input,
)
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
)

#: Rows the element carries, and the page's request size.
PAGE_ROWS = 1_000
#: The most rows one request may ask for (a page asking for more is refused).
MAX_REQUEST_ROWS = 10_000
#: lazy=None: in-memory DataFrames and Tables above this many rows load lazily (Streamlit's).
AUTO_LAZY_ROWS = 150_000
#: lazy=True: inputs of at most this many rows stay eager (Streamlit's).
FORCED_LAZY_MIN_ROWS = 1_000
#: Sources one session keeps at most (the oldest goes first).
MAX_SOURCES = 64


class RowSource(Protocol):
    """Rows of one table, addressed by position in the input."""

    @property
    def row_count(self) -> int: ...

    @property
    def sort_keys(self) -> int:
        """How many `sort_by` columns there are (data columns, then index levels)."""
        ...

    def frame(self, positions: Sequence[int]) -> Any:
        """A Frame of the rows at these positions, each row's position (or its own index
        value) in the index."""
        ...

    def order(self, key: int, descending: bool) -> Sequence[int]:
        """The positions of every row sorted by sort key `key` (0-based), nulls last."""
        ...


def _position_index(frame: Any, positions: Sequence[int]) -> None:
    """Numbered rows carry their position as the index: a page's rows stay numbered as in
    the whole table, and sorted rows keep their number."""
    frame.range_index = False
    del frame.index[:]
    numbers = [int(p) for p in positions]
    frame.index.append(encode_values("", numbers, dtype=frame.index_dtype or "int64"))


def _python_order(values: Sequence[Any], descending: bool) -> list[int]:
    nulls = [i for i, v in enumerate(values) if _is_null(v)]
    present = [i for i, v in enumerate(values) if not _is_null(v)]
    try:
        present.sort(key=values.__getitem__, reverse=descending)
    except TypeError:  # mixed kinds: ordered by their text, as the page would show them
        present.sort(key=lambda i: str(values[i]), reverse=descending)
    return present + nulls


class PythonRows:
    """Plain Python data (lists, dicts, lists of dicts): no pandas needed, so static sites
    without pandas load them lazily too."""

    def __init__(self, columns: list[tuple[object, list[Any]]], index: list[Any] | None) -> None:
        self._columns = columns
        self._index = index
        self.row_count = max((len(v) for _, v in columns), default=0)
        # Each column's kinds over all its rows: every page is typed as the whole column is
        # (ints with a null somewhere are floats on every page, as pandas has them).
        self._likes = [column_kinds(values) for _, values in columns]
        self._index_like = column_kinds(index) if index is not None else None

    @property
    def sort_keys(self) -> int:
        return len(self._columns) + 1

    def _values(self, key: int) -> Sequence[Any]:
        if key < len(self._columns):
            return self._columns[key][1]
        return self._index if self._index is not None else range(self.row_count)

    def frame(self, positions: Sequence[int]) -> Any:
        def pick(values: Sequence[Any]) -> list[Any]:
            if isinstance(positions, range) and positions.step == 1:
                return list(values[positions.start : positions.stop])
            return [values[p] for p in positions]

        out = pb.Frame(rows=len(positions), total_rows=len(positions), index_dtype="int64")
        for (label, values), like in zip(self._columns, self._likes, strict=True):
            out.columns.append(encode_values(label, pick(values), like=like))
        if self._index is None:
            _position_index(out, positions)
        else:
            out.index.append(encode_values("", pick(self._index), like=self._index_like))
        return out

    def order(self, key: int, descending: bool) -> Sequence[int]:
        values = self._values(key)
        if isinstance(values, range):
            return range(self.row_count - 1, -1, -1) if descending else values
        return _python_order(values, descending)


class PandasRows:
    """A pandas DataFrame (also what numpy, pyarrow and polars inputs become)."""

    def __init__(self, df: Any) -> None:
        self._df = df
        self.row_count = len(df)

    @property
    def sort_keys(self) -> int:
        return self._df.shape[1] + self._df.index.nlevels

    def frame(self, positions: Sequence[int]) -> Any:
        if isinstance(positions, range) and positions.step == 1:
            part = self._df.iloc[positions.start : positions.stop]
        else:
            part = self._df.iloc[positions]
        out = encode_pandas(part, len(part))
        if out.range_index:  # the first page of numbered rows
            _position_index(out, positions)
        return out

    def order(self, key: int, descending: bool) -> Sequence[int]:
        df = self._df
        width = df.shape[1]
        values = (
            df.iloc[:, key] if key < width else df.index.get_level_values(key - width).to_series()
        )
        values = values.reset_index(drop=True)
        try:
            ordered = values.sort_values(
                ascending=not descending, na_position="last", kind="stable"
            )
        except TypeError:  # mixed kinds: ordered by their text
            ordered = (
                values.astype(str)
                .where(values.notna())
                .sort_values(ascending=not descending, na_position="last", kind="stable")
            )
        return ordered.index.to_numpy()


def _is_styler(data: Any) -> bool:
    import sys

    style = sys.modules.get("pandas.io.formats.style")
    return style is not None and isinstance(data, style.Styler)


def _is_in_memory_frame(data: Any) -> bool:
    """pandas/polars DataFrames and pyarrow Tables: what `lazy=None` may load lazily."""
    import sys

    for module, name in (("pandas", "DataFrame"), ("polars", "DataFrame"), ("pyarrow", "Table")):
        lib = sys.modules.get(module)
        if lib is not None and isinstance(data, getattr(lib, name)):
            return True
    return False


def _multi_level_columns(df: Any) -> bool:
    return getattr(df.columns, "nlevels", 1) > 1


_MULTI_LEVEL = (
    "`lazy=True` is not supported for dataframes with multi-level (`MultiIndex`) column "
    "headers. Flatten the column headers or set `lazy=False`."
)


def lazy_rows(data: Any, lazy: bool | None, *, selecting: bool, can_load: bool) -> Any | None:
    """The row source to load `data` lazily from, or None to send it whole.

    Raises Streamlit's errors for `lazy=True` with what cannot be lazy; `can_load` is False
    where nothing can fetch rows later (AppTest, a cached function's output).
    """
    if data is None or (lazy is not None and lazy is not True):
        return None
    if _is_styler(data):
        if lazy:
            raise StreamlitAPIException(
                "`lazy=True` is not supported for `pandas.Styler` objects. Styler output is "
                "tied to the fully materialized table. Remove `lazy=True` or pass the "
                "underlying dataframe instead."
            )
        return None
    if selecting:
        if lazy:
            raise StreamlitIncompatibleParametersError(
                "`lazy=True` and `on_select` cannot be used together. Lazy dataframes cannot "
                'use position-based selection in this version. Set `on_select="ignore"` or '
                "remove `lazy=True`."
            )
        return None
    if not can_load:
        if lazy:  # the error Streamlit's AppTest raises too
            df = to_pandas_input(data)
            if df is not None and _multi_level_columns(df):
                raise StreamlitAPIException(_MULTI_LEVEL)
        return None
    if not lazy and not _is_in_memory_frame(data):
        return None
    df = to_pandas_input(data)
    if df is not None:
        if _multi_level_columns(df):
            if lazy:
                raise StreamlitAPIException(_MULTI_LEVEL)
            return None
        threshold = FORCED_LAZY_MIN_ROWS if lazy else AUTO_LAZY_ROWS
        return PandasRows(df) if len(df) > threshold else None
    if not lazy:
        return None
    columns, index = _python_columns(data)
    source = PythonRows(columns, index)
    return source if source.row_count > FORCED_LAZY_MIN_ROWS else None


class _Entry:
    __slots__ = ("orders", "source")

    def __init__(self, source: RowSource) -> None:
        self.source = source
        # The last sorted order asked for (sort_by -> positions): scrolling a sorted table
        # asks for the same order again and again.
        self.orders: tuple[int, Sequence[int]] | None = None


class LazyFrames:
    """One session's lazy table sources, by id; answers the page's row requests."""

    def __init__(self) -> None:
        self._sources: OrderedDict[str, _Entry] = OrderedDict()
        self._at: dict[tuple[int, ...], str] = {}
        self._used: set[str] = set()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._sources)

    def add(self, source: RowSource) -> str:
        """Keep `source` for the page; returns its id."""
        source_id = secrets.token_urlsafe(18)
        with self._lock:
            self._sources[source_id] = _Entry(source)
            self._used.add(source_id)
            while len(self._sources) > MAX_SOURCES:
                self._sources.popitem(last=False)
        return source_id

    def place(self, source_id: str, path: tuple[int, ...]) -> None:
        """The source's element is at `path`: an older table there is freed."""
        with self._lock:
            older = self._at.get(path)
            if older is not None and older != source_id:
                self._sources.pop(older, None)
            self._at[path] = source_id

    def run_finished(self) -> None:
        """After a complete run of the whole app: free the sources it did not draw."""
        with self._lock:
            for source_id in [s for s in self._sources if s not in self._used]:
                del self._sources[source_id]
            self._at = {p: s for p, s in self._at.items() if s in self._sources}
            self._used = set()

    def clear(self) -> None:
        """The session ends."""
        with self._lock:
            self._sources.clear()
            self._at.clear()
            self._used.clear()

    def refusal(self, request: Any, reason: str) -> Any:
        msg = pb.ForwardMsg()
        rows = msg.dataframe_rows
        rows.source, rows.start, rows.sort_by = request.source, request.start, request.sort_by
        rows.error = reason
        return msg

    def answer(self, request: Any) -> Any:
        """The ForwardMsg answering a DataframeRowsRequest: the rows, or why not."""
        with self._lock:
            entry = self._sources.get(request.source)
        if entry is None:
            return self.refusal(request, "This table is no longer in the app (it ran again).")
        start, end, sort_by = int(request.start), int(request.end), int(request.sort_by)
        if start < 0 or end < start:
            return self.refusal(request, f"Rows [{start}, {end}) are not a range of rows.")
        if end - start > MAX_REQUEST_ROWS:
            return self.refusal(
                request,
                f"{end - start:,} rows asked for at once; at most {MAX_REQUEST_ROWS:,} are sent.",
            )
        source = entry.source
        if abs(sort_by) > source.sort_keys:
            return self.refusal(request, f"There is no column {abs(sort_by)} to sort by.")
        stop = max(start, min(end, source.row_count))
        positions: Sequence[int] = range(start, stop)
        if sort_by:
            positions = self._order(entry, sort_by)[start:stop]
        msg = pb.ForwardMsg()
        rows = msg.dataframe_rows
        rows.source, rows.start, rows.sort_by = request.source, start, sort_by
        rows.data.CopyFrom(source.frame(positions))
        return msg

    def _order(self, entry: _Entry, sort_by: int) -> Sequence[int]:
        cached = entry.orders
        if cached is not None and cached[0] == sort_by:
            return cached[1]
        order = entry.source.order(abs(sort_by) - 1, sort_by < 0)
        entry.orders = (sort_by, order)
        return order
