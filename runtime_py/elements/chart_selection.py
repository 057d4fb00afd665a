"""The selection a chart's page sent (Vega-Lite, Plotly and deck.gl charts with `on_select`):
JSON text `{"selection": {...}}` in the widget's string value. Each chart kind shapes its own
state from it (Streamlit's VegaLiteState, PlotlyState, PydeckState); malformed text from a
page counts as no selection, so a bad client never breaks the run."""

from __future__ import annotations

import json
from typing import Any

from stbundle.proto import stbundle_pb2 as pb


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
