"""Data display: st.json and st.metric."""

from __future__ import annotations

import json
import numbers
import textwrap
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import StreamlitAPIException
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


class DataMixin(DeltaGeneratorBase):
    def json(self, body: Any, *, expanded: bool | int = True, width: int | str = "stretch") -> Self:
        """Show an object or JSON string as a collapsible, pretty-printed tree.

        Differs from Streamlit: an int `expanded` (open to that depth) opens everything.
        """
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

        Differs from Streamlit: the sparkline (`chart_data`, `chart_type`), `delta_arrow`,
        `format` and `delta_description` are not honoured yet.
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
        colors = {"normal": pb.Metric.NORMAL, "inverse": pb.Metric.INVERSE, "off": pb.Metric.OFF}
        if delta_color not in colors:
            raise StreamlitAPIException(
                f"'{delta_color}' is not an accepted value. delta_color only accepts: "
                "'normal', 'inverse', or 'off'"
            )
        metric.delta_color = colors[delta_color]
        if delta_text:
            negative = delta_text.lstrip().startswith("-")
            metric.delta_direction = pb.Metric.DOWN if negative else pb.Metric.UP
        if help:
            metric.help = str(help)
        metric.label_visibility = label_visibility_proto(label_visibility)
        metric.border = bool(border)
        if icon:
            metric.icon = str(icon)
        set_layout(
            el, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        return self._emit(el)
