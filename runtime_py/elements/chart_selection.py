"""Charts with `on_select` (Vega-Lite, Plotly and deck.gl): registered as widgets the same way,
and the selection their page sent, JSON text `{"selection": {...}}` in the widget's string
value. Each chart kind shapes its own state from it (Streamlit's VegaLiteState, PlotlyState,
PydeckState); malformed text from a page counts as no selection, so a bad client never breaks
the run."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.widgets.registration import KeyIdentity, fill_common, register_widget

State = TypeVar("State")


def emit_selection_chart(
    dg: DeltaGeneratorBase,
    kind: str,
    el: pb.Element,
    chart: Any,
    *,
    key: Any,
    params: dict[str, Any],
    key_identity: KeyIdentity,
    on_select: Any,
    read: Callable[[pb.WidgetState | None], State],
) -> State:
    """Registers the chart element `el` (whose chart message is `chart`) as a widget whose
    value is its selection, emits it, and returns the selection (`read` of the page's value)."""
    reg = register_widget(
        dg,
        kind,
        key=key,
        params=params,
        key_as_main_identity=key_identity,
        deserialize=read,
        on_change=None if on_select == "rerun" else on_select,
        writes_allowed=False,
        on_change_param="on_select",
    )
    chart.id = reg.id
    chart.form_id = reg.form_id
    fill_common(chart.common, reg, "", help=None, disabled=False, label_visibility="visible")
    dg._emit(el)
    empty = read(None)
    return reg.value if isinstance(reg.value, type(empty)) else empty


def page_selection(state: pb.WidgetState | None) -> dict[str, Any] | None:
    """The `selection` object the page sent, or None before it sent one (or if it is not one)."""
    if state is None or state.WhichOneof("value") != "string_value":
        return None
    try:
        sent = json.loads(state.string_value)
    except ValueError:
        return None
    if not isinstance(sent, dict) or not isinstance(sent.get("selection"), dict):
        return None
    return sent["selection"]


def typed_selection(sent: dict[str, Any] | None, empty: dict[str, Any]) -> dict[str, Any]:
    """`empty` with the values the page sent for its keys, where their type matches."""
    chosen = dict(empty)
    for name, value in (sent or {}).items():
        if name in chosen and isinstance(value, type(chosen[name])):
            chosen[name] = value
    return chosen
