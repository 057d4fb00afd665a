"""The built-in charts (line, area, bar, scatter) as Vega-Lite specs, without altair.

Streamlit 1.67 builds these with altair; importing altair costs seconds in Pyodide, so the same
spec is written out here as plain dicts: the same fields, types, titles, axes, legends, tooltips,
stacking, offsets and hover layers for the same data (tests/differential compares them with
Streamlit's). Data is read from a ChartTable, so plain Python data needs no pandas.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from stbundle.runtime_py.charts.colors import (
    is_builtin_color_name,
    is_color_like,
    is_color_tuple_like,
    to_css_color,
)
from stbundle.runtime_py.charts.kinds import MIXED, infer_kind, is_missing, vega_type
from stbundle.runtime_py.charts.table import ChartTable, Column, to_table
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"

_PROTECTION = " -- streamlit-generated"
INDEX_TITLE, VALUE_TITLE, COLOR_TITLE = "index", "value", "color"
INDEX_FIELD = INDEX_TITLE + _PROTECTION
VALUE_FIELD = VALUE_TITLE + _PROTECTION
COLOR_FIELD = COLOR_TITLE + _PROTECTION
#: Vega-Lite drops an axis whose field is unset, so an empty chart names one that is absent.
MISSING_FIELD = "DOES_NOT_EXIST" + _PROTECTION
_ALIAS_PREFIX = "col" + _PROTECTION + "-"
#: Characters Vega-Lite reads as nested access inside a field name.
_FIELD_SPECIAL = (".", "[", "]", "\\")

_COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
#: Above this many rows the line chart's hover is throttled to one event per frame.
_HOVER_THROTTLE_ROWS = 1000
_STACKS = (None, True, False, "normalize", "center", "layered")


@dataclass(frozen=True)
class ChartKind:
    mark: str
    command: str
    horizontal: bool = False


LINE = ChartKind("line", "line_chart")
AREA = ChartKind("area", "area_chart")
BAR = ChartKind("bar", "bar_chart")
HORIZONTAL_BAR = ChartKind("bar", "bar_chart", horizontal=True)
SCATTER = ChartKind("circle", "scatter_chart")


@dataclass
class BuiltChart:
    """A built-in chart's spec (its "data" still to be named) and the data's columns."""

    spec: dict[str, Any]
    fields: list[str]
    columns: list[list[Any]]


def check_stack(stack: object) -> None:
    if stack not in _STACKS:
        raise StreamlitValueError(
            "stack", ["True", "False", "'normalize'", "'center'", "'layered'", "None"]
        )


def _column_not_found(table: ChartTable, label: Any) -> StreamlitAPIException:
    available = ", ".join(str(c) for c in table.labels)
    return StreamlitAPIException(
        f'Data does not have a column named `"{label}"`. Available columns are `{available}`'
    )


def _color_length_mismatch(colors: object, y_columns: list[str]) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The list of colors `{colors}` must have the same length as the list of columns to "
        f"be colored `{y_columns}`."
    )


def _invalid_color_argument(color: object) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"""
This does not look like a valid color argument: `{color}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
            """
    )


# -- reading the user's arguments --------------------------------------------------------------
def _parse_x(table: ChartTable, x: Any) -> Any:
    if x is None:
        return None
    if isinstance(x, str):
        if not table.has(x):
            raise _column_not_found(table, x)
        return x
    raise StreamlitInvalidParameterTypeError(
        "x",
        type(x).__name__,
        ["str", "None"],
        detail="Pass a column name or None to use the dataframe's index.",
    )


def _as_list(y: Any) -> list[Any]:
    if hasattr(y, "tolist") and callable(y.tolist):
        return list(y.tolist())
    return list(y)


def _parse_y(table: ChartTable, y: Any, x: Any) -> list[Any]:
    if y is None:
        wanted = list(table.labels)
    elif isinstance(y, str):
        wanted = [y]
    else:
        wanted = [str(c) for c in _as_list(y)]
    for label in wanted:
        if not table.has(label):
            raise _column_not_found(table, label)
    # x is drawn against itself only when the user asked for it as a y column.
    if x is not None and x in wanted and (not y or x not in y):
        wanted.remove(x)
    return wanted


def _column_or_value(table: ChartTable, arg: Any) -> tuple[Any, Any]:
    if isinstance(arg, str) and table.has(arg):
        return arg, None
    return None, arg


def _parse_sort(table: ChartTable, sort: bool | str) -> str | None:
    if sort is True or sort is False:
        return None
    label = sort.removeprefix("-")
    if not table.has(label):
        raise _column_not_found(table, label)
    return label


# -- preparing the data --------------------------------------------------------------------------
class _Frame:
    """The chart's working data: named columns, in order (names are strings once renamed)."""

    def __init__(self, columns: list[tuple[Any, Column]]) -> None:
        self.columns = columns

    def get(self, name: Any) -> Column | None:
        if name is None:
            return None
        return next((c for n, c in self.columns if n == name), None)

    def __len__(self) -> int:
        return len(self.columns[0][1].values) if self.columns else 0


def _select(table: ChartTable, x: Any, names: Sequence[Any]) -> _Frame:
    """Only the columns the chart draws, each once, the index first when it is the x."""
    pool: list[tuple[Any, Column]] = [(c.label, c) for c in table.columns]
    if x is not None and not table.has(x):  # x is the index, moved into a column
        pool.insert(0, (x, table.index))
    keep: list[tuple[Any, Column]] = []
    seen: list[Any] = []
    for name in names:
        if name is None or name in seen:
            continue
        seen.append(name)
        keep.append(next(entry for entry in pool if entry[0] == name))
    return _Frame(keep)


def _css_colors(frame: _Frame, color: Any) -> None:
    column = frame.get(color)
    if column is None or not column.values:
        return
    if is_color_tuple_like(column.values[0]):
        values = [to_css_color(v) for v in column.values]
        frame.columns = [
            (n, Column(c.label, values) if c is column else c) for n, c in frame.columns
        ]


def _rename(frame: _Frame) -> tuple[dict[Any, str], dict[str, list[str]], dict[str, str]]:
    """Column names as strings; names Vega-Lite would read as paths get a safe alias.

    Returns the name each original label now has, each string name's aliases in column order,
    and every alias's original name (for titles).
    """
    names = [str(n) for n, _ in frame.columns]
    reserved = {n for n in names if not any(ch in n for ch in _FIELD_SPECIAL)}
    first: dict[Any, str] = {}
    per_name: dict[str, list[str]] = {}
    originals: dict[str, str] = {}
    renamed: list[tuple[Any, Column]] = []
    for idx, ((label, column), name) in enumerate(zip(frame.columns, names, strict=True)):
        final = name
        if any(ch in name for ch in _FIELD_SPECIAL):
            final = f"{_ALIAS_PREFIX}{idx}"
            counter = 0
            while final in reserved or final in originals:
                counter += 1
                final = f"{_ALIAS_PREFIX}{idx}-{counter}"
            originals[final] = name
            per_name.setdefault(name, []).append(final)
        first.setdefault(label, final)
        renamed.append((final, column))
    frame.columns = renamed
    return first, per_name, originals


def _melted_values(columns: list[Column]) -> Column:
    values = [v for c in columns for v in c.values]
    if all(c.integer for c in columns):
        return Column(VALUE_FIELD, values, "integer", integer=True)
    numeric = {"integer", "floating", "mixed-integer-float", "empty"}
    if all(c.kind in numeric for c in columns):
        return Column(VALUE_FIELD, values, "floating")
    kind = infer_kind(values)
    if kind in MIXED:
        distinct = {repr(v) for v in values}
        if len(distinct) > 100:
            raise StreamlitAPIException(
                "The columns used for rendering the chart contain too many values with "
                "mixed types. Please select the columns manually via the y parameter."
            )
        # Arrow cannot hold mixed values: Streamlit shows them as strings.
        return Column(VALUE_FIELD, [None if is_missing(v) else str(v) for v in values], "string")
    return Column(VALUE_FIELD, values, kind)


def _melt(frame: _Frame, x: str, y_names: list[str], keep: list[str]) -> _Frame:
    ys = [frame.get(n) for n in y_names]
    assert all(c is not None for c in ys)
    y_columns = [c for c in ys if c is not None]
    n = len(frame)
    melted: list[tuple[Any, Column]] = []
    for name in keep:
        column = frame.get(name)
        assert column is not None
        melted.append(
            (
                name,
                Column(
                    name,
                    column.values * len(y_columns),
                    column.kind,
                    column.integer,
                    column.ordered,
                    column.categories,
                ),
            )
        )
    color_values = [name for name in y_names for _ in range(n)]
    melted.append((COLOR_FIELD, Column(COLOR_FIELD, color_values, "string")))
    melted.append((VALUE_FIELD, _melted_values(y_columns)))
    return _Frame(melted)


# -- encodings -------------------------------------------------------------------------------------
def _is_date(frame: _Frame, name: str | None) -> bool:
    import datetime

    column = frame.get(name)
    return bool(column and column.values and isinstance(column.values[0], datetime.date))


def _type_of(frame: _Frame, name: str) -> str:
    column = frame.get(name)
    assert column is not None
    return vega_type(column.kind, column.ordered)


def _axis(frame: _Frame, name: str | None, grid: bool) -> dict[str, Any]:
    column = frame.get(name)
    if column is not None and column.integer:
        return {"tickMinStep": 1, "grid": grid}
    return {"grid": grid}


def _x_type(frame: _Frame, kind: ChartKind, name: str | None) -> str:
    if name is None:
        return "quantitative"
    if kind is BAR and not _is_date(frame, name):
        return "ordinal"
    return _type_of(frame, name)


def _y_type(frame: _Frame, kind: ChartKind, name: str | None) -> str:
    if kind is HORIZONTAL_BAR and not _is_date(frame, name):
        return "ordinal"
    return _type_of(frame, name) if name else "quantitative"


def _title(name: str, from_user: Any, originals: dict[str, str]) -> str:
    return "" if from_user is None else originals.get(name, name)


def _field_and_title(
    name: str | None, made: str, from_user: Any, label: str | None, originals: dict[str, str]
) -> tuple[str, str]:
    """An axis's field and title: the user's label wins; a missing column, or the one the chart
    made itself (`made`: the index for x, the melted values for y), has no title."""
    if name is None:
        field, title = MISSING_FIELD, ""
    elif name == made:
        field, title = name, ""
    else:
        field, title = name, _title(name, from_user, originals)
    return field, title if label is None else label


def _x_encoding(
    frame: _Frame,
    kind: ChartKind,
    name: str | None,
    from_user: Any,
    label: str | None,
    originals: dict[str, str],
) -> dict[str, Any]:
    field, title = _field_and_title(name, INDEX_FIELD, from_user, label, originals)
    encoding = {
        "field": field,
        "title": title,
        "type": _x_type(frame, kind, name),
        "scale": {},
        "axis": _axis(frame, name, grid=kind is HORIZONTAL_BAR),
    }
    return _category_order(frame, name, encoding)


def _category_order(frame: _Frame, name: str | None, encoding: dict[str, Any]) -> dict[str, Any]:
    """An ordered Categorical sorts by its categories where Streamlit names the field the
    short way (x and size: altair then reads the order from the data)."""
    column = frame.get(name)
    if column is not None and column.categories is not None:
        encoding["sort"] = list(column.categories)
    return encoding


def _y_encoding(
    frame: _Frame,
    kind: ChartKind,
    name: str | None,
    from_user: Any,
    label: str | None,
    originals: dict[str, str],
) -> dict[str, Any]:
    field, title = _field_and_title(name, VALUE_FIELD, from_user, label, originals)
    return {
        "field": field,
        "title": title,
        "type": _y_type(frame, kind, name),
        "scale": {},
        "axis": _axis(frame, name, grid=kind is not HORIZONTAL_BAR),
    }


def _color_encoding(
    frame: _Frame,
    value: Any,
    column_name: str | None,
    y_names: list[str],
    from_user: Any,
    originals: dict[str, str],
) -> dict[str, Any] | None:
    if value not in (None, [], ()):
        if is_color_like(value) or (isinstance(value, str) and is_builtin_color_name(value)):
            if len(y_names) != 1:
                _raise(_color_length_mismatch([value], y_names))
            return {"value": value if is_builtin_color_name(value) else to_css_color(value)}
        if isinstance(value, (list, tuple)):
            if len(value) != len(y_names):
                _raise(_color_length_mismatch(value, y_names))
            resolved = [c if is_builtin_color_name(c) else to_css_color(c) for c in value]
            if len(resolved) == 1:
                return {"value": resolved[0]}
            encoding: dict[str, Any] = {
                "scale": {"domain": y_names, "range": resolved},
                "legend": dict(_COLOR_LEGEND),
                "type": "nominal",
                "title": " ",
            }
            if column_name is not None:
                encoding["field"] = column_name
            return encoding
        _raise(_invalid_color_argument(from_user))
    if column_name is None:
        return None
    if column_name == COLOR_FIELD:
        return {
            "field": column_name,
            "legend": dict(_COLOR_LEGEND),
            "type": "nominal",
            "title": " ",
        }
    encoding = {
        "field": column_name,
        "legend": dict(_COLOR_LEGEND),
        "type": _type_of(frame, column_name),
    }
    if column_name in originals:
        encoding["title"] = originals[column_name]
    column = frame.get(column_name)
    assert column is not None
    if column.values and is_color_like(column.values[0]):
        # The column holds the colours themselves: draw with them, and show no legend of
        # colour codes.
        distinct = list(dict.fromkeys(column.values))
        encoding["scale"] = {"range": [to_css_color(c) for c in distinct]}
        encoding["legend"] = None
    return encoding


def _raise(error: Exception) -> Any:
    raise error


def _size_encoding(
    frame: _Frame, kind: ChartKind, column_name: str | None, value: Any, originals: dict[str, str]
) -> dict[str, Any] | None:
    if kind is not SCATTER:
        return None
    if column_name is not None:
        encoding = {
            "field": column_name,
            "title": originals.get(column_name, column_name),
            "legend": dict(_SIZE_LEGEND),
            "type": _type_of(frame, column_name),
        }
        return _category_order(frame, column_name, encoding)
    if isinstance(value, (float, int)):
        return {"value": value}
    if value is None:
        return {"value": 100}
    raise StreamlitValueError("size", ["a column name", "a number"], detail=f"Got {value!r}.")


def _tooltip_entry(frame: _Frame, name: str, title: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"field": name, "type": _type_of(frame, name)}
    if title is not None:
        entry["title"] = title
    return entry


def _tooltips(
    frame: _Frame,
    x: str,
    y: str,
    size: str | None,
    color: str | None,
    originals: dict[str, str],
) -> list[dict[str, Any]]:
    tips = [_tooltip_entry(frame, x, INDEX_TITLE if x == INDEX_FIELD else originals.get(x))]
    if y == VALUE_FIELD:
        tips.append({"field": y, "title": VALUE_TITLE, "type": "quantitative"})
    else:
        tips.append(_tooltip_entry(frame, y, originals.get(y)))
    # Streamlit means to leave out a column of colour codes here, but its check never fires
    # (it reads the legend as an attribute of the altair object): the column is listed.
    if color:
        if color == COLOR_FIELD:
            tips.append({"field": color, "title": COLOR_TITLE, "type": "nominal"})
        else:
            tips.append(_tooltip_entry(frame, color, originals.get(color)))
    if size:
        tips.append(_tooltip_entry(frame, size, originals.get(size)))
    return tips


_ZOOM_PARAM = {"select": {"type": "interval", "encodings": ["x", "y"]}, "bind": "scales"}


def build_chart(
    kind: ChartKind,
    data: Any,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    stack: Any = None,
    sort: bool | str = True,
) -> BuiltChart:
    """The Vega-Lite spec Streamlit 1.67 draws for this built-in chart call."""
    table = to_table(data)
    x_col = _parse_x(table, x)
    y_cols = _parse_y(table, y, x_col)
    color_col, color_value = _column_or_value(table, color)
    size_col, size_value = _column_or_value(table, size)
    sort_col = _parse_sort(table, sort) if kind in (BAR, HORIZONTAL_BAR) else None

    if x_col is None and y_cols:
        x_col = INDEX_FIELD if table.index.label is None else str(table.index.label)
    frame = _select(table, x_col, [x_col, color_col, size_col, sort_col, *y_cols])
    _css_colors(frame, color_col)
    first, per_name, originals = _rename(frame)

    def new_name(label: Any) -> str | None:
        return None if label is None else first.get(label, str(label))

    x_name, color_name = new_name(x_col), new_name(color_col)
    size_name, sort_name = new_name(size_col), new_name(sort_col)
    y_names = [
        per_name[str(c)].pop(0) if per_name.get(str(c)) else str(first.get(c, c)) for c in y_cols
    ]

    y_name: str | None = None
    if len(y_names) == 1:
        y_name = y_names[0]
    elif len(y_names) > 1 and x_name is not None:
        keep = [x_name] + [n for n in (size_name, sort_name) if n and n != x_name]
        frame = _melt(frame, x_name, y_names, list(dict.fromkeys(keep)))
        y_name, color_name = VALUE_FIELD, COLOR_FIELD
        if originals:
            color_column = frame.get(COLOR_FIELD)
            assert color_column is not None
            color_column.values = [originals.get(v, v) for v in color_column.values]
            y_names = [originals.get(n, n) for n in y_names]

    if kind.horizontal:
        x_enc = _x_encoding(frame, kind, y_name, y, y_label, originals)
        y_enc = _y_encoding(frame, kind, x_name, x, x_label, originals)
        stack_enc, sort_enc = x_enc, y_enc
    else:
        x_enc = _x_encoding(frame, kind, x_name, x, x_label, originals)
        y_enc = _y_encoding(frame, kind, y_name, y, y_label, originals)
        stack_enc, sort_enc = y_enc, x_enc
    if stack is not None:
        stack_enc["stack"] = False if stack == "layered" else stack
    if kind in (BAR, HORIZONTAL_BAR):
        if sort is False:
            sort_enc["sort"] = None
        elif sort is not True:
            field = next((a for a, o in originals.items() if o == sort_name), sort_name)
            order = "descending" if str(sort).startswith("-") else "ascending"
            sort_enc["sort"] = {"field": field, "order": order}

    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    if stack is False and color_name is not None:
        encoding["xOffset"] = {"field": color_name} if kind is BAR else {}
        encoding["yOffset"] = {"field": color_name} if kind is HORIZONTAL_BAR else {}
    if color_name and (kind is AREA or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color_enc = _color_encoding(frame, color_value, color_name, y_names, color, originals)
    if color_enc is not None:
        encoding["color"] = color_enc
    size_enc = _size_encoding(frame, kind, size_name, size_value, originals)
    if size_enc is not None:
        encoding["size"] = size_enc
    if x_name is not None and y_name is not None:
        encoding["tooltip"] = _tooltips(frame, x_name, y_name, size_name, color_name, originals)

    chart_width = width if isinstance(width, int) and not isinstance(width, bool) else 0
    chart_height = height if isinstance(height, int) and not isinstance(height, bool) else 0
    spec: dict[str, Any]
    if kind is LINE and x_name is not None:
        hover = "mousemove{16}" if len(frame) > _HOVER_THROTTLE_ROWS else "mousemove"
        spec = {
            "layer": [
                {"mark": {"type": "line"}, "encoding": encoding, "name": "view_1"},
                {"mark": {"type": "point", "opacity": 0}, "encoding": encoding, "name": "view_2"},
                {
                    "mark": {"type": "point", "filled": True, "size": 65},
                    "encoding": encoding,
                    "transform": [{"filter": {"param": "param_1", "empty": False}}],
                },
            ],
            "config": {"legend": {"symbolType": "stroke"}},
            "data": {},
            "height": chart_height,
            "params": [
                {
                    "name": "param_1",
                    "select": {
                        "type": "point",
                        "clear": "mouseleave",
                        "fields": [x_name],
                        "nearest": True,
                        "on": hover,
                    },
                    "views": ["view_2"],
                },
                {"name": "param_2", **_ZOOM_PARAM, "views": ["view_1"]},
            ],
            "width": chart_width,
        }
    else:
        spec = {
            "data": {},
            "mark": {"type": kind.mark},
            "encoding": encoding,
            "height": chart_height,
            "params": [{"name": "param_1", **_ZOOM_PARAM}],
            "width": chart_width,
        }
    spec["$schema"] = VEGA_LITE_SCHEMA
    return BuiltChart(
        spec,
        [str(n) for n, _ in frame.columns],
        [c.values for _, c in frame.columns],
    )
