"""`st.column_config`: how st.dataframe shows each column. Each constructor returns the plain
dict Streamlit 1.67 returns (same keys in the same order, so apps that inspect or print one see
the same thing); st.dataframe sends them to the grid as JSON."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from typing import Any

from stbundle.runtime_py.errors import StreamlitAPIException

ColumnConfig = dict[str, Any]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.time)) else value


def _base(label: Any, width: Any, help: Any, **rest: Any) -> ColumnConfig:
    return {"label": label, "width": width, "help": help, **rest}


def _editable(
    label: Any,
    width: Any,
    help: Any,
    disabled: Any,
    required: Any,
    pinned: Any,
    alignment: Any,
    **rest: Any,
) -> ColumnConfig:
    return _base(
        label,
        width,
        help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        **rest,
    )


def Column(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column with no particular type: its label, width, help, ..."""
    return _editable(label, width, help, disabled, required, pinned, alignment)


def TextColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: Any = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> ColumnConfig:
    """Text cells."""
    return _editable(
        label,
        width,
        help,
        disabled,
        required,
        pinned,
        alignment,
        default=default,
        type_config={"type": "text", "max_chars": max_chars, "validate": validate},
    )


def NumberColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: Any = None,
    format: str | None = None,
    min_value: Any = None,
    max_value: Any = None,
    step: Any = None,
) -> ColumnConfig:
    """Numbers, shown with `format` (printf-style such as "%.2f" or "$%d", or a name:
    "plain", "localized", "percent", "dollar", "euro", "yen", "compact", "scientific", ...)."""
    return _editable(
        label,
        width,
        help,
        disabled,
        required,
        pinned,
        alignment,
        default=default,
        type_config={
            "type": "number",
            "min_value": min_value,
            "max_value": max_value,
            "format": format,
            "step": step,
        },
    )


def CheckboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: Any = None,
) -> ColumnConfig:
    """Booleans as checkboxes."""
    return _editable(
        label,
        width,
        help,
        disabled,
        required,
        pinned,
        alignment,
        default=default,
        type_config={"type": "checkbox"},
    )


def SelectboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> ColumnConfig:
    """One of a set of options (editing it is for st.data_editor)."""
    values = None if options is None else list(options)
    if format_func is not None and values is not None:
        values = [{"value": v, "label": format_func(v)} for v in values]
    return _base(
        label,
        width,
        help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
        type_config={"type": "selectbox", "options": values},
    )


def MultiselectColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    accept_new_options: bool | None = None,
    color: Any = None,
    format_func: Callable[[Any], str] | None = None,
) -> ColumnConfig:
    """Several of a set of options, shown as tags (in `color`: one for all, or cycled)."""
    values = None
    if options is not None:
        colours = None
        if color is not None:
            colours = itertools.repeat(color) if isinstance(color, str) else itertools.cycle(color)
        values = []
        for option in options:
            item: dict[str, Any] = {"value": option}
            if format_func is not None:
                item["label"] = format_func(option)
            if colours is not None:
                item["color"] = next(colours)
            values.append(item)
    return _base(
        label,
        width,
        help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=None if default is None else list(default),
        type_config={
            "type": "multiselect",
            "options": values,
            "accept_new_options": accept_new_options,
        },
    )


def ListColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Any = None,
) -> ColumnConfig:
    """List cells."""
    return _base(
        label,
        width,
        help,
        pinned=pinned,
        disabled=disabled,
        required=required,
        default=default,
        type_config={"type": "list"},
    )


def LinkColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: Any = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> ColumnConfig:
    """URLs as links (http and https only), shown as `display_text` when given."""
    return _editable(
        label,
        width,
        help,
        disabled,
        required,
        pinned,
        alignment,
        default=default,
        type_config={
            "type": "link",
            "max_chars": max_chars,
            "validate": validate,
            "display_text": display_text,
        },
    )


def MarkdownColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: Any = None,
) -> ColumnConfig:
    """Markdown cells."""
    return _editable(
        label,
        width,
        help,
        disabled,
        required,
        pinned,
        alignment,
        default=default,
        type_config={"type": "markdown"},
    )


def _temporal(
    kind: str,
    label: Any,
    width: Any,
    help: Any,
    disabled: Any,
    required: Any,
    pinned: Any,
    alignment: Any,
    default: Any,
    format: Any,
    min_value: Any,
    max_value: Any,
    step: Any,
    **extra: Any,
) -> ColumnConfig:
    config = {
        "type": kind,
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": step.total_seconds() if isinstance(step, dt.timedelta) else step,
        **extra,
    }
    return _editable(
        label,
        width,
        help,
        disabled,
        required,
        pinned,
        alignment,
        default=_iso(default),
        type_config=config,
    )


def DateColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: Any = None,
    format: str | None = None,
    min_value: Any = None,
    max_value: Any = None,
    step: Any = None,
) -> ColumnConfig:
    """Dates."""
    return _temporal(
        "date",
        label,
        width,
        help,
        disabled,
        required,
        pinned,
        alignment,
        default,
        format,
        min_value,
        max_value,
        step,
    )


def DatetimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: Any = None,
    format: str | None = None,
    min_value: Any = None,
    max_value: Any = None,
    step: Any = None,
    timezone: str | None = None,
) -> ColumnConfig:
    """Dates with times."""
    return _temporal(
        "datetime",
        label,
        width,
        help,
        disabled,
        required,
        pinned,
        alignment,
        default,
        format,
        min_value,
        max_value,
        step,
        timezone=timezone,
    )


def TimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: Any = None,
    format: str | None = None,
    min_value: Any = None,
    max_value: Any = None,
    step: Any = None,
) -> ColumnConfig:
    """Times of day."""
    return _temporal(
        "time",
        label,
        width,
        help,
        disabled,
        required,
        pinned,
        alignment,
        default,
        format,
        min_value,
        max_value,
        step,
    )


def _chart(
    kind: str, label: Any, width: Any, help: Any, pinned: Any, y_min: Any, y_max: Any, color: Any
) -> ColumnConfig:
    return _base(
        label,
        width,
        help,
        pinned=pinned,
        type_config={"type": kind, "y_min": y_min, "y_max": y_max, "color": color},
    )


def LineChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: Any = None,
    y_max: Any = None,
    color: Any = None,
) -> ColumnConfig:
    """A small line chart of each cell's list of numbers."""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def BarChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: Any = None,
    y_max: Any = None,
    color: Any = None,
) -> ColumnConfig:
    """A small bar chart of each cell's list of numbers."""
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: Any = None,
    y_max: Any = None,
    color: Any = None,
) -> ColumnConfig:
    """A small area chart of each cell's list of numbers."""
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def ProgressColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: Any = None,
    max_value: Any = None,
    step: Any = None,
    color: Any = None,
) -> ColumnConfig:
    """Numbers as progress bars between min_value (0) and max_value (100)."""
    return _base(
        label,
        width,
        help,
        pinned=pinned,
        type_config={
            "type": "progress",
            "format": format,
            "min_value": min_value,
            "max_value": max_value,
            "step": step,
            "color": color,
        },
    )


def _media(
    kind: str, label: Any, width: Any, help: Any, pinned: Any, alignment: Any
) -> ColumnConfig:
    return _base(label, width, help, pinned=pinned, alignment=alignment, type_config={"type": kind})


def ImageColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """Image URLs as images."""
    return _media("image", label, width, help, pinned, alignment)


def AudioColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """Audio URLs as players."""
    return _media("audio", label, width, help, pinned, alignment)


def VideoColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """Video URLs as players."""
    return _media("video", label, width, help, pinned, alignment)


def JsonColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """JSON values."""
    return _media("json", label, width, help, pinned, alignment)


def ButtonColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    type: str = "secondary",
    on_click: Any = None,
    args: Any = None,
    kwargs: Any = None,
    key: Any = None,
) -> ColumnConfig:
    """Buttons in cells. Clicking them (on_click) is not supported by stbundle yet."""
    if on_click is not None:
        raise StreamlitAPIException(
            "st.column_config.ButtonColumn(on_click=...) is not supported by stbundle yet."
        )
    return _base(
        label,
        width,
        help,
        pinned=pinned,
        alignment=alignment,
        disabled=True,
        type_config={"type": "button", "button_type": type},
    )


def _without_nones(config: dict[str, Any]) -> dict[str, Any]:
    return {
        k: _without_nones(v) if isinstance(v, dict) else v
        for k, v in config.items()
        if v is not None
    }


def column_config_json(column_config: Any) -> str:
    """st.dataframe's `column_config` for the grid: column name -> config, where a string is
    the label and None hides the column (Streamlit's shorthands); "_index" is the index."""
    import json

    if column_config is None:
        return ""
    if not isinstance(column_config, dict):
        raise StreamlitAPIException(
            "The column_config parameter must be a dict mapping column names to a label, "
            "None, or a st.column_config object."
        )
    out: dict[str, Any] = {}
    for name, config in column_config.items():
        if config is None:
            out[str(name)] = {"hidden": True}
        elif isinstance(config, str):
            out[str(name)] = {"label": config}
        elif isinstance(config, dict):
            out[str(name)] = _without_nones(config)
        else:
            raise StreamlitAPIException(
                f"Invalid column config for {name!r}: use a label, None, or a "
                "st.column_config object."
            )
    return json.dumps(out, default=str)
