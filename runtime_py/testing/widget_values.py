"""A test's Python value for a widget, as the WidgetState the renderer would send for it.

AppTest plays the browser: `at.slider[0].set_value(3)` must reach the runtime exactly as a drag
of the slider would, encoded as proto/stbundle.proto says. Option widgets speak in indices on the
wire, so the option a value stands for is found with the widget's own deserializer (index i is
the option whose deserialized value equals the test's value), then by its label.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.widgets.slider import _to_wire

Deserialize = Callable[[pb.WidgetState | None], Any]


def _state(widget_id: str) -> pb.WidgetState:
    state = pb.WidgetState()
    state.id = widget_id
    return state


def trigger(widget_id: str, clicked: bool) -> pb.WidgetState:
    state = _state(widget_id)
    state.trigger_value = bool(clicked)
    return state


def string_trigger(widget_id: str, value: str | None) -> pb.WidgetState:
    """A one-run value (a chat message); None: nothing submitted, an empty state."""
    state = _state(widget_id)
    if value is not None:
        state.string_trigger_value = str(value)
    return state


def boolean(widget_id: str, value: Any) -> pb.WidgetState:
    state = _state(widget_id)
    state.bool_value = bool(value)
    return state


def text(widget_id: str, value: Any) -> pb.WidgetState:
    state = _state(widget_id)
    if value is None:
        state.null_value = True
    else:
        state.string_value = str(value)
    return state


def number(widget_id: str, value: Any, *, is_int: bool) -> pb.WidgetState:
    state = _state(widget_id)
    if value is None:
        state.null_value = True
    elif is_int and isinstance(value, numbers.Integral):
        state.int_value = int(value)
    else:
        state.double_value = float(value)
    return state


def dates(widget_id: str, value: Any) -> pb.WidgetState:
    state = _state(widget_id)
    if value is None:
        state.null_value = True
        return state
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    state.string_array_value.data.extend(_iso_date(v) for v in values)
    return state


def datetimes(widget_id: str, value: Any) -> pb.WidgetState:
    """st.datetime_input: "YYYY-MM-DDTHH:MM" in a one-string array; None: cleared."""
    state = _state(widget_id)
    if value is None:
        state.null_value = True
    else:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        state.string_array_value.data.append(
            f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}"
        )
    return state


def _iso_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return date.fromisoformat(str(value)).isoformat()


def clock(widget_id: str, value: Any) -> pb.WidgetState:
    state = _state(widget_id)
    if value is None:
        state.null_value = True
    elif isinstance(value, datetime):
        state.string_value = value.time().isoformat()
    elif isinstance(value, time):
        state.string_value = value.isoformat()
    else:
        state.string_value = time.fromisoformat(str(value)).isoformat()
    return state


def slider(widget_id: str, value: Any, data_type: int) -> pb.WidgetState:
    state = _state(widget_id)
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    state.double_array_value.data.extend(_to_wire(v, data_type) for v in values)
    return state


OptionAt = Callable[[int], Any]


def option_finder(kind: str, deserialize: Deserialize, *, is_range: bool = False) -> OptionAt:
    """The option object at index i, read back through the widget's own deserializer."""

    def option_at(i: int) -> Any:
        probe = pb.WidgetState()
        if kind in ("radio", "selectbox"):
            probe.int_value = i
            return deserialize(probe)
        if kind == "multiselect":
            probe.int_array_value.data.append(i)
            return deserialize(probe)[0]
        if kind == "button_group":  # one option ("single") or a list of one ("multi")
            probe.int_array_value.data.append(i)
            picked = deserialize(probe)
            return picked[0] if isinstance(picked, list) else picked
        probe.double_array_value.data.extend([float(i)] * (2 if is_range else 1))
        picked = deserialize(probe)
        return picked[0] if is_range else picked

    return option_at


def option_index(value: Any, labels: Sequence[str], option_at: OptionAt | None) -> int:
    """The index of the option value stands for; ValueError when it is none of them."""
    if option_at is not None:
        for i in range(len(labels)):
            try:
                if _equal(option_at(i), value):
                    return i
            except (ValueError, TypeError, IndexError):
                break
    label = str(value)
    if label in labels:
        return list(labels).index(label)
    raise ValueError(f"{value!r} is not in list")


def _equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:  # exotic __eq__ (arrays): not a match
        return False


def single_choice(
    widget_id: str,
    value: Any,
    labels: Sequence[str],
    option_at: OptionAt | None,
    *,
    typed: bool = False,
) -> pb.WidgetState:
    """`typed` (accept_new_options): a value that is no option is sent as the text the user
    would have typed."""
    state = _state(widget_id)
    if value is None:
        state.null_value = True
        return state
    try:
        state.int_value = option_index(value, labels, option_at)
    except ValueError:
        if not typed:
            raise
        state.string_value = str(value)
    return state


def multi_choice(
    widget_id: str,
    values: Any,
    labels: Sequence[str],
    option_at: OptionAt | None,
    *,
    typed: bool = False,
) -> pb.WidgetState:
    """`typed` (accept_new_options): the choice travels as labels, typed values as their text,
    as the renderer sends it."""
    state = _state(widget_id)
    if not typed:
        state.int_array_value.SetInParent()  # an empty choice is still a choice
        state.int_array_value.data.extend(
            option_index(v, labels, option_at) for v in list(values or [])
        )
        return state
    state.string_array_value.SetInParent()
    for v in list(values or []):
        try:
            text = labels[option_index(v, labels, option_at)]
        except ValueError:
            text = str(v)
        state.string_array_value.data.append(text)
    return state


def select_slider(
    widget_id: str, value: Any, labels: Sequence[str], option_at: OptionAt | None
) -> pb.WidgetState:
    state = _state(widget_id)
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    state.double_array_value.data.extend(float(option_index(v, labels, option_at)) for v in values)
    return state
