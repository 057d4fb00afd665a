"""st.dataframe and st.table: any table-like input as a proto Frame (runtime_py/dataframes), with
st.dataframe's row/column/cell selection as a widget when `on_select` is given."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.column_config import column_config_json
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dataframes.convert import index_hidden_by_default, to_frame
from stbundle.runtime_py.dataframes.lazy_frames import PAGE_ROWS, LazyFrames, lazy_rows
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)
from stbundle.runtime_py.widgets.registration import (
    fill_common,
    on_change_callback,
    register_widget,
)

SELECTION_MODES = (
    "single-row",
    "single-row-required",
    "multi-row",
    "single-column",
    "multi-column",
    "single-cell",
    "multi-cell",
)
_ROW_MODES = {"single-row", "single-row-required", "multi-row"}


class DataframeState(dict[str, Any]):
    """What st.dataframe(on_select=...) returns: a dict whose keys are also attributes
    (`event.selection.rows`), as Streamlit's DataframeState."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def empty_selection() -> DataframeState:
    return DataframeState(selection=DataframeState(rows=[], columns=[], cells=[]))


def _incompatible(uses: list[str], explanation: str = "") -> StreamlitIncompatibleParametersError:
    quoted = [f"`{use}`" for use in uses]
    text = (
        " and ".join(quoted) if len(quoted) == 2 else ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
    )
    message = f"{text} cannot be used together."
    return StreamlitIncompatibleParametersError(
        f"{message} {explanation}" if explanation else message
    )


def parse_selection_mode(selection_mode: str | Iterable[str]) -> list[str]:
    """The selection modes, checked as Streamlit checks them (one row mode; not both single
    and multi of columns or cells)."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in sorted(SELECTION_MODES)])
    rows = sorted(modes & _ROW_MODES)
    if len(rows) > 1:
        raise _incompatible(
            [f"selection_mode='{m}'" for m in rows], "Only one row selection mode can be specified."
        )
    for kind in ("column", "cell"):
        if {f"single-{kind}", f"multi-{kind}"} <= modes:
            raise _incompatible(
                [f"selection_mode='single-{kind}'", f"selection_mode='multi-{kind}'"]
            )
    return [m for m in SELECTION_MODES if m in modes]


def selection_from_wire(
    state: pb.WidgetState | None, rows: int, columns: list[str]
) -> DataframeState:
    """The selection a page sent (JSON text); anything malformed or out of range is dropped."""
    out = empty_selection()
    if state is None or state.WhichOneof("value") != "string_value":
        return out
    try:
        sent = json.loads(state.string_value).get("selection", {})
    except (ValueError, AttributeError):
        return out
    if not isinstance(sent, dict):
        return out
    sel = out["selection"]
    sel["rows"] = [r for r in sent.get("rows", []) if type(r) is int and 0 <= r < rows]
    sel["columns"] = [c for c in sent.get("columns", []) if isinstance(c, str) and c in columns]
    sel["cells"] = [
        (c[0], c[1])
        for c in sent.get("cells", [])
        if isinstance(c, list)
        and len(c) == 2
        and type(c[0]) is int
        and 0 <= c[0] < rows
        and c[1] in columns
    ]
    return out


def _unique(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(values))


def validated_selection(
    value: Any, rows: int, columns: list[str], modes: list[str]
) -> DataframeState:
    """A selection set by the app (`selection_default`), as Streamlit keeps it: rows, columns
    and one cell the modes allow and the table has; a single mode keeps the first one."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise StreamlitAPIException(
            "Selection state must be a dictionary with a 'selection' key "
            "containing 'rows', 'columns', and 'cells' arrays."
        )
    given = value["selection"]
    out = empty_selection()
    sel = out["selection"]
    raw_rows = given.get("rows")
    if isinstance(raw_rows, list) and _ROW_MODES & set(modes):
        picked = _unique(r for r in raw_rows if type(r) is int and 0 <= r < rows)
        sel["rows"] = picked if "multi-row" in modes else picked[:1]
    if "single-row-required" in modes and rows > 0 and not sel["rows"]:
        sel["rows"] = [0]
    raw_columns = given.get("columns")
    if isinstance(raw_columns, list) and {"single-column", "multi-column"} & set(modes):
        named = _unique(c for c in raw_columns if isinstance(c, str) and c in columns)
        sel["columns"] = named if "multi-column" in modes else named[:1]
    raw_cells = given.get("cells")
    if isinstance(raw_cells, list) and "single-cell" in modes:
        cells = _unique(
            (c[0], c[1])
            for c in raw_cells
            if isinstance(c, (list, tuple))
            and len(c) == 2
            and type(c[0]) is int
            and 0 <= c[0] < rows
            and isinstance(c[1], str)
            and c[1] in columns
        )
        sel["cells"] = cells[:1]
    return out


def _index_shown(hide_index: bool | None) -> bool:
    if hide_index is not None and not isinstance(hide_index, bool):
        raise StreamlitAPIException("The `hide_index` parameter must be a boolean or None.")
    return not hide_index


def _column_order(column_order: Iterable[str] | str | None) -> list[str]:
    if column_order is None:
        return []
    if isinstance(column_order, str):
        return [column_order]
    return [str(c) for c in column_order]


def _lazy_frames() -> LazyFrames | None:
    """The session's lazy sources, when a page can fetch rows later: not in AppTest (which
    shows every row, as Streamlit's), nor in a cached function's output (replayed elsewhere)."""
    ctx = get_run_context()
    if ctx is None or ctx.recorders:
        return None
    return ctx.session.lazy_frames


class DataframeMixin(DeltaGeneratorBase):
    def dataframe(
        self,
        data: Any = None,
        width: int | str = "stretch",
        height: int | str = "auto",
        *,
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Any = None,
        key: Any = None,
        on_select: str | Callable[..., Any] = "ignore",
        selection_mode: str | Iterable[str] = "multi-row",
        selection_default: Any = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        lazy: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        """Show a table in a scrollable, sortable grid; with `on_select`, the user's row/column/
        cell selection comes back as Streamlit's DataframeState."""
        if on_select is None:
            raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
        on_change_callback(on_select, param="on_select", none_allowed=False)
        width = effective_width(width, use_container_width)
        el = pb.Element()
        df = el.dataframe
        frames = _lazy_frames()
        source = lazy_rows(data, lazy, selecting=on_select != "ignore", can_load=frames is not None)
        if source is not None and frames is not None:
            df.data.CopyFrom(source.frame(range(min(PAGE_ROWS, source.row_count))))
            df.data.total_rows = source.row_count
            df.lazy_source = frames.add(source)
        else:
            df.data.CopyFrom(to_frame(data))
        hidden = not _index_shown(hide_index)
        if hide_index is None:  # Streamlit's defaults: inputs without an index, row selection
            row_selection = on_select != "ignore" and bool(
                _ROW_MODES & set(parse_selection_mode(selection_mode))
            )
            hidden = index_hidden_by_default(data) or (row_selection and df.data.range_index)
        df.hide_index = hidden
        df.column_order.extend(_column_order(column_order))
        df.column_config = column_config_json(column_config)
        if placeholder is not None:
            df.placeholder = str(placeholder)
        if row_height is not None:
            df.row_height = int(row_height)
        if alt:
            df.alt = str(alt)
        if height == "auto":  # the renderer's default: up to ten rows, then it scrolls
            set_layout(el, width=width, allow_content_width=True)
        else:
            set_layout(
                el, width=width, height=height, allow_content_width=True, allow_content_height=True
            )
        if on_select == "ignore":
            if selection_default is not None:
                raise _incompatible(
                    ["selection_default", "on_select='ignore'"],
                    "Set `on_select` to `'rerun'` or a callback to use `selection_default`.",
                )
            handle = self._emit(el)
            if df.lazy_source and frames is not None:
                frames.place(df.lazy_source, handle._place())
            return handle
        modes = parse_selection_mode(selection_mode)
        df.selection_mode.extend(modes)
        default = None
        if selection_default is not None:
            default = validated_selection(
                selection_default, int(df.data.rows), [c.name for c in df.data.columns], modes
            )
            df.selection_default = json.dumps(default)
        return self._dataframe_selection(el, key, on_select, modes, default)

    def _dataframe_selection(
        self,
        el: pb.Element,
        key: Any,
        on_select: Any,
        modes: list[str],
        default: DataframeState | None = None,
    ) -> DataframeState:
        df = el.dataframe
        rows = int(df.data.rows)
        columns = [c.name for c in df.data.columns]

        def deserialize(state: pb.WidgetState | None) -> DataframeState:
            if state is None and default is not None:  # the first run shows the default
                return validated_selection(default, rows, columns, modes)
            return selection_from_wire(state, rows, columns)

        digest = hashlib.md5(df.data.SerializeToString(), usedforsecurity=False).hexdigest()
        reg = register_widget(
            self,
            "dataframe",
            key=key,
            params={
                "data": digest,
                "selection_mode": modes,
                "column_order": list(df.column_order),
                "hide_index": df.hide_index,
                "selection_default": df.selection_default,
            },
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=None if on_select == "rerun" else on_select,
            writes_allowed=False,
            on_change_param="on_select",
        )
        fill_common(df.common, reg, "", help=None, disabled=False, label_visibility="visible")
        if reg.set_value:
            df.common.set_value = True
        self._emit(el)
        value = reg.value
        return value if isinstance(value, DataframeState) else empty_selection()

    def table(
        self,
        data: Any = None,
        *,
        border: bool | str = True,
        width: int | str = "stretch",
        height: int | str = "content",
        hide_index: bool | None = None,
        hide_header: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        """Show every row of a table at once (no scrolling grid, no interaction)."""
        el = pb.Element()
        table = el.table
        table.data.CopyFrom(to_frame(data))
        table.hide_index = not _index_shown(hide_index)
        table.hide_header = bool(hide_header)
        table.border = border is not False
        if alt:
            table.alt = str(alt)
        set_layout(
            el, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        return self._emit(el)
