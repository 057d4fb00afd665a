"""Data display: st.json and st.metric."""

from __future__ import annotations

import json
import numbers
import textwrap
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from stbundle.runtime_py.param_checks import as_bool
from stbundle.runtime_py.widgets.choice import as_options
from stbundle.runtime_py.widgets.registration import label_visibility_proto


def _json_default(value: object) -> Any:
    return list(value) if isinstance(value, set) else repr(value)


def _number_text(value: Any, parameter: str) -> str:
    if isinstance(value, numbers.Number):
        return str(value)
    if hasattr(value, "item"):
        return str(value.item())
    raise StreamlitAPIException(
        f"The `{parameter}` parameter got a value of type `{type(value).__name__}`; "
        "expected int, float, Decimal or a NumPy number. Convert the value to a number type."
    )


_DELTA_MODES = {"normal": pb.Metric.NORMAL, "inverse": pb.Metric.INVERSE, "off": pb.Metric.OFF}
_DELTA_COLORS = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
_ARROWS = {"off": pb.Metric.NONE, "up": pb.Metric.UP, "down": pb.Metric.DOWN}


def _delta_tone_and_arrow(
    delta: Any, text: str, color: str, arrow: str
) -> tuple[str, pb.Metric.DeltaDirection]:
    """Streamlit's rules: the sign of `delta` picks the arrow and, with "normal"/"inverse",
    green or red; a zero delta ("0" or 0) is grey with no arrow; `delta_arrow` overrides only
    the arrow."""
    if color not in _DELTA_MODES and color not in _DELTA_COLORS:
        raise StreamlitValueError(
            "delta_color", [f"'{c}'" for c in (*_DELTA_MODES, *_DELTA_COLORS)]
        )
    if arrow not in ("auto", *_ARROWS):
        raise StreamlitValueError("delta_arrow", ["'auto'", "'up'", "'down'", "'off'"])
    if not text:
        return "gray", pb.Metric.NONE
    zero = text == "0" if isinstance(delta, str) else bool(delta == 0)
    direction = pb.Metric.NONE if zero else pb.Metric.DOWN if text.startswith("-") else pb.Metric.UP
    if color in _DELTA_COLORS:
        tone = "gray" if color == "grey" else color
    elif direction == pb.Metric.NONE or color == "off":
        tone = "gray"
    else:
        good = (direction == pb.Metric.UP) == (color == "normal")
        tone = "green" if good else "red"
    return tone, _ARROWS.get(arrow, direction)


def _chart_points(chart_data: Any) -> list[float]:
    points = []
    for value in as_options(chart_data):
        try:
            points.append(float(value))
        except Exception as exc:
            raise StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The value "
                f"'{value}' is of type {type(value)} and cannot be converted to float."
            ) from exc
    return points


class DataMixin(DeltaGeneratorBase):
    def json(self, body: Any, *, expanded: bool | int = True, width: int | str = "stretch") -> Self:
        """Show an object or JSON string as a collapsible, pretty-printed tree.

        `expanded` is True (all open), False, or how many levels to open.
        """
        if not isinstance(expanded, int):
            raise StreamlitInvalidParameterTypeError(
                "expanded", type(expanded).__name__, ["bool", "int"]
            )
        if hasattr(body, "to_dict") and callable(body.to_dict) and not isinstance(body, str):
            body = body.to_dict()
        if not isinstance(body, (str, dict, list)) and hasattr(body, "__iter__"):
            body = list(body)
        if not isinstance(body, str):
            try:
                body = json.dumps(body, default=_json_default)
            except TypeError as err:
                self.warning(  # type: ignore[attr-defined]
                    "Warning: this data structure was not fully serializable as JSON due "
                    f"to one or more unexpected keys.  (Error was: {err})"
                )
                body = json.dumps(body, skipkeys=True, default=_json_default)
        el = pb.Element()
        el.json.body = body
        el.json.expanded = bool(expanded)
        if not isinstance(expanded, bool) and expanded > 0:
            el.json.expand_depth = expanded
        set_layout(el, width=width)
        return self._emit(el)

    def metric(
        self,
        label: Any,
        value: Any,
        delta: Any = None,
        delta_color: str = "normal",
        *,
        help: str | None = None,
        icon: str | None = None,
        label_visibility: str = "visible",
        border: bool = False,
        width: int | str = "stretch",
        height: int | str = "content",
        chart_data: Any = None,
        chart_type: str = "line",
        delta_arrow: str = "auto",
        format: str | None = None,
        delta_description: str | None = None,
    ) -> Self:
        """Show a big number with a label and an optional coloured change (`delta`).

        `delta_color` is "normal" (up is green), "inverse", "off" or a colour name;
        `delta_arrow` forces or hides the arrow; `format` (printf or a name such as "dollar",
        "percent", "compact") formats numeric text in the page; `chart_data` draws a sparkline.
        """
        el = pb.Element()
        metric = el.metric
        metric.label = str(label)
        metric.body = (
            "—"
            if value is None
            else value
            if isinstance(value, str)
            else (_number_text(value, "value"))
        )
        if delta is None or delta == "":
            delta_text = ""
        elif isinstance(delta, str):
            delta_text = textwrap.dedent(delta)
        else:
            delta_text = _number_text(delta, "delta")
        metric.delta = delta_text
        metric.delta_color = _DELTA_MODES.get(delta_color, pb.Metric.NORMAL)
        metric.delta_tone, metric.delta_direction = _delta_tone_and_arrow(
            delta, delta_text, delta_color, delta_arrow
        )
        if delta_description is not None:
            metric.delta_description = str(delta_description)
        if format is not None:
            metric.format = str(format)
        if chart_data is not None:
            metric.chart_data.extend(_chart_points(chart_data))
        metric.chart_type = chart_type if chart_type in ("bar", "area") else "line"
        if help:
            metric.help = str(help)
        metric.label_visibility = label_visibility_proto(label_visibility)
        metric.border = as_bool(border, "border")
        if icon:
            metric.icon = str(icon)
        set_layout(
            el, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        return self._emit(el)
