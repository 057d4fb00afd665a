"""st.data_editor: a table the user edits in the page. The page keeps its edits and reports them
as Streamlit's edit state (JSON text); each run applies that state to a copy of the input and
returns it in the input's type. Plain Python data is edited without pandas (static sites need no
pandas for it); pandas-backed input is edited as a DataFrame, as Streamlit does."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.column_config import column_config_json
from stbundle.runtime_py.dataframes import pandas_editing
from stbundle.runtime_py.dataframes.arrow_fixes import stringify_incompatible
from stbundle.runtime_py.dataframes.convert import ROW_LIMIT, encode_pandas, to_pandas_input
from stbundle.runtime_py.dataframes.editing import (
    EDITABLE_KINDS,
    INDEX,
    DataEditorState,
    check_compatible,
    clean_state,
    empty_state,
    state_from_json,
)
from stbundle.runtime_py.dataframes.python_table import NO_INDEX, PythonTable, python_format
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.errors import StreamlitAPIException, StreamlitDataframeConversionError
from stbundle.runtime_py.widgets.registration import fill_common, register_widget

NUM_ROWS = {
    "fixed": pb.Dataframe.FIXED,
    "dynamic": pb.Dataframe.DYNAMIC,
    "add": pb.Dataframe.ADD,
    "delete": pb.Dataframe.DELETE,
}


#: Results that keep the input's index (the others are a plain sequence or matrix).
_INDEXED = ("dataframe", "series", "column_series_mapping", "pyarrow_table")


class _Input:
    """The input as the editor works on it: its frame for the page, each column's data kind,
    and how edits are applied and the result rebuilt (plain Python or pandas)."""

    def __init__(self, data: Any) -> None:
        self.table: PythonTable | None = None
        self.stringified: list[str] = []  # columns shown as text, as Streamlit's Arrow path needs
        self.df: Any = None
        shape = None if data is None else python_format(data)
        pandas_input = None if data is None else to_pandas_input(data)
        if pandas_input is None and shape is not None and not _has_series(data):
            self.table = PythonTable.of(data, shape)
            check_columns(list(self.table.columns))
            self.frame = self.table.to_frame(ROW_LIMIT)
            self.kinds = self.table.kinds()
            self.format = shape
            self.has_index = shape not in NO_INDEX
            self.range_index = self.table.index is None
            return
        from stbundle.runtime_py.dataframes.libs import pandas

        pd = pandas()
        if data is None:
            frame_input, self.format = pd.DataFrame(), "dataframe"
        elif pandas_input is not None:
            frame_input, self.format = pandas_input, pandas_editing.pandas_format(data)
        elif isinstance(data, dict):
            frame_input, self.format = pd.DataFrame(data), "column_series_mapping"
        else:
            raise StreamlitDataframeConversionError(
                f"The data type ({type(data).__name__}) or format is not supported by the data "
                "editor. Please convert your data into a Pandas Dataframe or another supported "
                "data format."
            )
        styler = None if isinstance(frame_input, pd.DataFrame) else frame_input
        self.df = pandas_editing.prepare(styler.data if styler is not None else frame_input)
        check_columns([str(c) for c in self.df.columns])
        self.stringified = stringify_incompatible(self.df)
        self.kinds = pandas_editing.kinds(self.df)
        # A Styler's formatted text, for the columns it keeps the names of (shown only where a
        # column is read-only: see `drop_styles_of_editable`).
        same_names = styler is not None and list(styler.data.columns) == list(self.df.columns)
        self.frame = encode_pandas(styler if same_names else self.df, ROW_LIMIT)
        index_input = type(data).__name__ == "Index"  # a pandas Index has no index of its own
        self.has_index = self.format in _INDEXED and not index_input
        self.range_index = isinstance(self.df.index, pd.RangeIndex)

    def drop_styles_of_editable(self, config: dict[str, Any], locked: bool) -> None:
        """Streamlit applies a Styler only to columns the user cannot edit."""
        for col in self.frame.columns:
            if not locked and config.get(col.name, {}).get("disabled") is not True:
                del col.display[:]

    @property
    def columns(self) -> list[str]:
        return [c.name for c in self.frame.columns]

    @property
    def rows(self) -> int:
        return int(self.frame.rows)

    def edited(self, state: Any) -> Any:
        if self.table is not None:
            self.table.apply(state, self.kinds)
            return self.table.result(self.kinds)
        df = pandas_editing.apply_edits(self.df, state, self.kinds)
        return pandas_editing.result(df, self.format)


def _has_series(data: Any) -> bool:
    pd = sys.modules.get("pandas")
    return (
        pd is not None
        and isinstance(data, dict)
        and any(isinstance(v, pd.Series) for v in data.values())
    )


def check_columns(columns: list[str]) -> None:
    """Streamlit's errors for duplicate column names and a column named "_index"."""
    duplicated = [c for i, c in enumerate(columns) if c in columns[:i]]
    if duplicated:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. The "
            f"following column names are duplicated: {duplicated}. Please rename the "
            "duplicated columns in the provided data."
        )
    if INDEX in columns:
        raise StreamlitAPIException(
            f"The column name '{INDEX}' is reserved for the index column and can't be used for "
            "data columns. Please rename the column in the provided data."
        )


def _config(column_config: Any, columns: list[str]) -> dict[str, Any]:
    """The column config as a mutable mapping by column name (positions resolved)."""
    config: dict[str, Any] = json.loads(column_config_json(column_config) or "{}")
    for name in list(config):
        if name not in columns and name != INDEX and name.isdigit() and int(name) < len(columns):
            config.setdefault(columns[int(name)], {}).update(config.pop(name))
    return config


def _update(config: dict[str, Any], name: str, values: dict[str, Any]) -> None:
    config.setdefault(name, {}).update(values)


class DataEditorMixin(DeltaGeneratorBase):
    def data_editor(
        self,
        data: Any,
        *,
        width: int | str = "stretch",
        height: int | str = "auto",
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Any = None,
        num_rows: str = "fixed",
        disabled: bool | Iterable[str | int] = False,
        key: Any = None,
        on_change: str | Callable[..., Any] | None = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        alt: str | None = None,
    ) -> Any:
        """An editable table: cell edits (and added/deleted rows with num_rows) come back as
        the input with the edits applied, in the input's type; the edit state itself is
        st.session_state[key]."""
        width = effective_width(width, use_container_width, keep_pixels=True)
        source = _Input(data)
        columns = source.columns
        config = _config(column_config, columns)
        if source.has_index and not source.range_index:
            _update(config, INDEX, {"required": True})
        if not source.has_index:
            _update(config, INDEX, {"hidden": True})
        if hide_index is None and source.range_index and num_rows in ("dynamic", "add"):
            hide_index = True
        if hide_index is not None:
            _update(config, INDEX, {"hidden": bool(hide_index)})
        disabled_columns: list[str] = []
        if not isinstance(disabled, bool):
            for column in disabled:
                name = (
                    columns[column]
                    if isinstance(column, int) and column < len(columns)
                    else str(column)
                )
                disabled_columns.append(name)
                _update(config, name, {"disabled": True})
        for name in source.stringified:
            _update(config, name, {"disabled": True})
        for name, kind in source.kinds.items():
            if kind not in EDITABLE_KINDS and (name in columns or name == INDEX):
                _update(config, name, {"disabled": True})  # shown as text, never edited
        check_compatible(config, source.kinds)
        source.drop_styles_of_editable(config, locked=disabled is True)
        el = pb.Element()
        df = el.dataframe
        df.data.CopyFrom(source.frame)
        df.editing_mode = NUM_ROWS.get(num_rows, pb.Dataframe.FIXED)  # unchecked, as Streamlit
        df.hide_index = bool(config.get(INDEX, {}).get("hidden"))
        df.column_order.extend([] if column_order is None else [str(c) for c in column_order])
        df.column_config = json.dumps(config, default=str) if config else ""
        df.disabled_columns.extend(n for n, c in config.items() if c.get("disabled") is True)
        df.data_kinds.extend(source.kinds.get(c, "unknown") for c in columns)
        df.index_data_kind = source.kinds.get(INDEX, "integer")
        if placeholder is not None:
            df.placeholder = str(placeholder)
        if row_height:
            df.row_height = int(row_height)
        if alt is not None and str(alt).strip():
            df.alt = str(alt).strip()
        if height == "auto":
            set_layout(el, width=width, allow_content_width=True)
        else:
            set_layout(
                el, width=width, height=height, allow_content_width=True, allow_content_height=True
            )
        rows = source.rows

        def deserialize(state: pb.WidgetState | None) -> DataEditorState:
            if state is None or state.WhichOneof("value") != "string_value":
                return empty_state()
            return state_from_json(state.string_value, rows, columns)

        frame_digest = hashlib.md5(df.data.SerializeToString(), usedforsecurity=False).hexdigest()
        signature = hashlib.md5(
            repr(
                (
                    source.format,
                    columns,
                    sorted(source.kinds.items()),
                    source.range_index,
                    rows,
                    disabled if isinstance(disabled, bool) else sorted(disabled_columns),
                    sorted(df.disabled_columns),
                )
            ).encode(),
            usedforsecurity=False,
        ).hexdigest()
        reg = register_widget(
            self,
            "data_editor",
            key=key,
            params={
                "data": frame_digest,
                "width": width,
                "height": height,
                "use_container_width": use_container_width,
                "column_order": list(df.column_order),
                "column_config": df.column_config,
                "num_rows": num_rows,
                "row_height": row_height,
                "placeholder": placeholder,
                "alt": df.alt,
                "data_signature": signature,
            },
            key_as_main_identity=(
                frozenset({"data_signature", "num_rows"}) if num_rows == "fixed" else False
            ),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled is True,
            writes_allowed=False,
        )
        fill_common(
            df.common, reg, "", help=None, disabled=disabled is True, label_visibility="visible"
        )
        self._emit(el)
        # A state seeded through AppTest's session_state is used as given (Streamlit's AppTest
        # does the same), so it is checked like one from a page.
        value = reg.value
        state = clean_state(value, rows, columns) if isinstance(value, dict) else empty_state()
        return source.edited(state)
