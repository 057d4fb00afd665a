"""st.map (points on a map, its deck.gl scene built here in pure Python, as Streamlit 1.67
builds it) and st.pydeck_chart (a pydeck Deck's own JSON), for the renderer's lazy `deck` chunk.
With `on_select` a pydeck chart is a widget whose value is the objects clicked in its pickable
layers, as Streamlit's PydeckState."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.charts.colors import is_color_like, is_hex_color_like
from stbundle.runtime_py.charts.kinds import is_missing, json_value
from stbundle.runtime_py.charts.table import ChartTable, Column, to_table
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.elements.chart_selection import (
    emit_selection_chart,
    page_selection,
    typed_selection,
)
from stbundle.runtime_py.elements.dataframe import DataframeState
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from stbundle.runtime_py.widgets.registration import (
    on_change_callback,
)

EMPTY_MAP: dict[str, Any] = {
    "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}
}
_LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
_LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
_DEFAULT_SIZE = 100
_DEFAULT_COLOR = "primary"  # the renderer's theme colour
_DEFAULT_ZOOM = 12
#: Degrees of longitude each zoom level shows (OpenStreetMap's zoom levels).
_ZOOM_LEVELS = (
    360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088, 0.044,
    0.022, 0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025,
)  # fmt: skip


#: How many objects a click may select in a pydeck chart (Streamlit's selection_mode values).
SELECTION_MODES = ("multi-object", "single-object")


class PydeckState(DataframeState):
    """What a pydeck chart with `on_select` returns: {"selection": {"indices": {layer id:
    [index, ...]}, "objects": {layer id: [object, ...]}}}, keys also attributes, as Streamlit's."""


def pydeck_selection(state: pb.WidgetState | None) -> PydeckState:
    """The objects the page reported selected; empty before it reported any."""
    chosen = typed_selection(page_selection(state), {"indices": {}, "objects": {}})
    return PydeckState(selection=PydeckState(chosen))


def parse_selection_mode(selection_mode: Any) -> str:
    """The one selection mode asked for, checked as Streamlit checks it."""
    if not isinstance(selection_mode, str):
        raise StreamlitInvalidParameterTypeError(
            "selection_mode",
            type(selection_mode).__name__,
            ["str"],
            detail="Selection mode must be a single value.",
        )
    if selection_mode not in SELECTION_MODES:
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in SELECTION_MODES])
    return selection_mode


def _lat_lon_column(table: ChartTable, human: str, given: Any, defaults: tuple[str, ...]) -> str:
    if isinstance(given, str) and table.has(given):
        name = given
    else:
        found = next((c for c in defaults if table.has(c)), None)
        if found is None:
            allowed = ", ".join(map(repr, sorted(defaults)))
            existing = ", ".join(map(repr, table.labels))
            raise StreamlitAPIException(
                f"Map data must contain a {human} column named: {allowed}. "
                f"Existing columns: {existing}"
            )
        name = found
    if any(is_missing(v) for v in table.get(name).values):
        raise StreamlitAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return name


def _int_color(color: Any) -> list[int]:
    """A colour as deck.gl's [r, g, b, a] of 0-255 integers."""
    if is_hex_color_like(color):
        digits = color[1:]
        if len(digits) in (3, 4):
            digits = "".join(d * 2 for d in digits)
        if len(digits) == 6:
            digits += "ff"
        return [int(digits[i : i + 2], 16) for i in range(0, 8, 2)]
    parts = list(color)  # a tuple keeps its length: no alpha added, as in Streamlit

    def channel(c: Any) -> int:
        return min(255, max(int(c * 255) if isinstance(c, float) else int(c), 0))

    return [channel(c) for c in parts]


def _zoom(distance: float) -> int:
    for i in range(len(_ZOOM_LEVELS) - 1):
        if _ZOOM_LEVELS[i + 1] < distance <= _ZOOM_LEVELS[i]:
            return i
    return _DEFAULT_ZOOM


def map_json(data: Any, lat: Any, lon: Any, size: Any, color: Any, zoom: int | None) -> str:
    """st.map's deck.gl scene: one ScatterplotLayer, centred and zoomed to fit the points."""
    if data is None or (hasattr(data, "empty") and data.empty is True):
        return json.dumps(EMPTY_MAP)
    table = to_table(data)
    lat_name = _lat_lon_column(table, "latitude", lat, _LAT_NAMES)
    lon_name = _lat_lon_column(table, "longitude", lon, _LON_NAMES)
    size_name = size if isinstance(size, str) and table.has(size) else None
    color_name = color if isinstance(color, str) and table.has(color) else None
    size_arg: Any = f"@@={size_name}" if size_name else (_DEFAULT_SIZE if size is None else size)
    color_arg: Any = f"@@={color_name}" if color_name else color
    used = sorted({lat_name, lon_name, *(n for n in (size_name, color_name) if n)})
    columns: dict[str, Column] = {n: table.get(n) for n in used}
    if color_name is not None:
        values = columns[color_name].values
        if not (values and is_color_like(values[0])):
            raise StreamlitAPIException(
                f'Column "{color_name}" does not appear to contain valid colors.'
            )
        columns[color_name] = Column(color_name, [_int_color(v) for v in values])
    elif color_arg is None or (isinstance(color_arg, str) and color_arg.lower() == "primary"):
        color_arg = _DEFAULT_COLOR
    else:
        color_arg = _int_color(color_arg)
    lats, lons = columns[lat_name].values, columns[lon_name].values
    center_lat = (max(lats) + min(lats)) / 2.0
    center_lon = (max(lons) + min(lons)) / 2.0
    if zoom is None:
        zoom = _zoom(max(abs(max(lats) - min(lats)), abs(max(lons) - min(lons))))
    count = len(lats)
    records = [
        {n: (c.values[i] if isinstance(c.values[i], list) else json_value(c.values[i]))
         for n, c in columns.items()}
        for i in range(count)
    ]  # fmt: skip
    scene = {
        "initialViewState": {
            "latitude": json_value(center_lat),
            "longitude": json_value(center_lon),
            "pitch": 0,
            "zoom": zoom,
        },
        "layers": [
            {
                "@@type": "ScatterplotLayer",
                "getPosition": f"@@=[{lon_name}, {lat_name}]",
                "getRadius": size_arg,
                "radiusMinPixels": 3,
                "radiusUnits": "meters",
                "getFillColor": color_arg,
                "data": records,
            }
        ],
    }
    return json.dumps(scene)


class MapsMixin(DeltaGeneratorBase):
    def map(
        self,
        data: Any = None,
        *,
        latitude: str | None = None,
        longitude: str | None = None,
        color: Any = None,
        size: Any = None,
        zoom: int | None = None,
        width: int | str = "stretch",
        height: int | str = 500,
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Self:
        """Points on a map, centred and zoomed to fit them; `color` and `size` are constants
        or column names. Drawn without base-map tiles."""
        if use_container_width:
            width = "stretch"
        el = pb.Element()
        set_layout(el, width=width, height=height)
        el.deck_gl_json_chart.json = map_json(data, latitude, longitude, size, color, zoom)
        if alt is not None and str(alt).strip():
            el.deck_gl_json_chart.alt = str(alt).strip()
        return self._emit(el)

    def pydeck_chart(
        self,
        pydeck_obj: Any = None,
        *,
        width: int | str = "stretch",
        use_container_width: bool | None = None,
        height: int | str = 500,
        selection_mode: str | Iterable[str] = "single-object",
        on_select: str | Callable[..., Any] = "ignore",
        key: Any = None,
        alt: str | None = None,
    ) -> Any:
        """A pydeck Deck drawn with deck.gl from its JSON (no base map). With `on_select`
        ("rerun" or a callable) returns the objects clicked in its pickable layers
        (PydeckState), else the element's handle."""
        on_change_callback(on_select, param="on_select", none_allowed=False)
        if use_container_width:
            width = "stretch"
        el = pb.Element()
        set_layout(el, width=width, height=height)
        chart = el.deck_gl_json_chart
        chart.json = json.dumps(EMPTY_MAP) if pydeck_obj is None else pydeck_obj.to_json()
        tooltip = getattr(pydeck_obj, "_tooltip", None)
        if tooltip:
            chart.tooltip = json.dumps(tooltip)
        token = getattr(pydeck_obj, "mapbox_key", None)
        if token:
            chart.mapbox_token = str(token)
        if alt is not None and str(alt).strip():
            chart.alt = str(alt).strip()
        if on_select == "ignore":
            return self._emit(el)
        chart.selection_mode.append(parse_selection_mode(selection_mode))
        return emit_selection_chart(
            self,
            "deck_gl_json_chart",
            el,
            chart,
            key=key,
            params={
                "spec": chart.json,
                "selection_mode": selection_mode,
                "use_container_width": use_container_width,
                "alt": chart.alt,
            },
            key_identity=frozenset({"selection_mode"}),
            on_select=on_select,
            read=pydeck_selection,
        )
