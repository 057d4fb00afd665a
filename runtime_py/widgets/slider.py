"""Sliders: st.slider over numbers, dates and times, and st.select_slider over options.

On the wire every slider value is a number (see the DataType comments in proto/stbundle.proto):
dates as days since 1970-01-01, datetimes as microseconds since the epoch, times as microseconds
since midnight, select_slider positions as option indices. A value from the renderer outside the
range goes back to the widget's default, as in Streamlit 1.67 (the page itself never sends one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitMixedNumericTypesError,
)
from stbundle.runtime_py.session_state import Callback
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.choice import as_options, find_index, format_options
from stbundle.runtime_py.widgets.registration import fill_common, register_widget, require_label

_EPOCH_DATE = date(1970, 1, 1)
_EPOCH = datetime(1970, 1, 1)
_US = 1_000_000


def _to_wire(value: Any, data_type: int) -> float:
    if data_type == pb.Slider.DATE:
        return float((value - _EPOCH_DATE).days)
    if data_type == pb.Slider.DATETIME:
        return (value.replace(tzinfo=None) - _EPOCH) / timedelta(microseconds=1)
    if data_type == pb.Slider.TIME:
        return float(
            ((value.hour * 60 + value.minute) * 60 + value.second) * _US + value.microsecond
        )
    return float(value)


def _from_wire(number: float, data_type: int) -> Any:
    if data_type == pb.Slider.INT:
        return round(number)
    if data_type == pb.Slider.DATE:
        return _EPOCH_DATE + timedelta(days=round(number))
    if data_type == pb.Slider.DATETIME:
        return _EPOCH + timedelta(microseconds=round(number))
    if data_type == pb.Slider.TIME:
        us = round(number)
        seconds, micro = divmod(us, _US)
        return time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60, micro)
    return float(number)


def _step_to_wire(step: Any, data_type: int) -> float:
    if isinstance(step, timedelta):
        if data_type == pb.Slider.DATE:
            return float(step.days or 1)
        return step / timedelta(microseconds=1)
    return float(step)


def _data_type(values: list[Any]) -> int:
    """The slider's DataType from its arguments' types; -1 for ints mixed with floats."""
    present = [v for v in values if v is not None]
    if all(isinstance(v, datetime) for v in present):
        return pb.Slider.DATETIME
    if all(isinstance(v, date) and not isinstance(v, datetime) for v in present):
        return pb.Slider.DATE
    if all(isinstance(v, time) for v in present):
        return pb.Slider.TIME
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pb.Slider.INT
    if all(isinstance(v, float) for v in present):
        return pb.Slider.FLOAT
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return -1  # mixed int and float
    raise StreamlitAPIException(
        "Slider value arguments must be of matching types.\n"
        f"`min_value` has {type(values[0]).__name__} type.\n"
        f"`max_value` has {type(values[1]).__name__} type."
    )


_FORMATS: dict[int, str] = {
    pb.Slider.INT: "%d",
    pb.Slider.FLOAT: "%0.2f",
    pb.Slider.DATE: "YYYY-MM-DD",
    pb.Slider.DATETIME: "YYYY-MM-DD HH:mm",
    pb.Slider.TIME: "HH:mm",
}


def _as_datetimes(low: Any, high: Any, data_type: int) -> tuple[Any, Any]:
    """Bounds as Streamlit's error names them (it compares dates and times as datetimes)."""
    if data_type == pb.Slider.DATE:
        return datetime.combine(low, time()), datetime.combine(high, time())
    if data_type == pb.Slider.TIME:
        day = date(2000, 1, 1)
        return datetime.combine(day, low), datetime.combine(day, high)
    return low, high


class SliderMixin(DeltaGeneratorBase):
    def slider(
        self,
        label: Any,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = None,
        step: Any = None,
        format: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callback | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
    ) -> Any:
        label = require_label(label, "slider")
        is_range = isinstance(value, (list, tuple))
        values = list(value) if is_range else [value]
        if is_range and len(values) not in (1, 2):
            raise StreamlitAPIException(
                "Slider value should either be an int/float/datetime or a list/tuple of "
                "0 to 2 ints/floats/datetimes"
            )
        if is_range and len(values) == 1:
            is_range = False
        probe = [min_value, max_value, *values]
        if all(v is None for v in probe):
            min_value, max_value = 0, 100
        numeric_step = None if isinstance(step, timedelta) else step
        data_type = _data_type([min_value, max_value, *values, numeric_step])
        if data_type == -1:
            raise StreamlitMixedNumericTypesError(
                value=value, min_value=min_value, max_value=max_value, step=step
            )
        lo: Any
        hi: Any
        st: Any
        if data_type == pb.Slider.INT:
            lo, hi, st = 0, 100, 1
        elif data_type == pb.Slider.FLOAT:
            lo, hi, st = 0.0, 1.0, 0.01
        else:
            anchor = next(v for v in probe if v is not None)
            span = timedelta(days=14)
            if data_type == pb.Slider.TIME:
                lo, hi = time.min, time.max.replace(microsecond=0)
                st = timedelta(minutes=15)
            else:
                lo, hi = anchor - span, anchor + span
                st = timedelta(days=1) if data_type == pb.Slider.DATE else timedelta(minutes=15)
        if min_value is None:
            min_value = lo if value is None or is_range else min(lo, values[0])
        if max_value is None:
            max_value = hi if value is None or is_range else max(hi, values[0])
        if step is None:
            step = st
        if value is None:
            values = [min_value]
        if min_value > max_value:
            min_value, max_value = max_value, min_value
        # Streamlit widens the bounds to take in the value(s) and puts a reversed range right.
        values = sorted(values)
        min_value = min(values[0], min_value)
        max_value = max(values[-1], max_value)
        if min_value == max_value:
            raise StreamlitInvalidMinMaxError(*_as_datetimes(min_value, max_value, data_type))
        lo_wire = _to_wire(min_value, data_type)
        hi_wire = _to_wire(max_value, data_type)
        default = tuple(values) if is_range else values[0]
        count = 2 if is_range else 1

        def deserialize(state: pb.WidgetState | None) -> Any:
            if state is None:
                return default
            numbers = wire.get_floats(state)
            if len(numbers) != count:
                raise ValueError(f"expected {count} slider values, got {len(numbers)}")
            if any(not lo_wire <= n <= hi_wire for n in numbers):
                return default  # out of range: back to the default, as Streamlit does
            result = [_from_wire(n, data_type) for n in numbers]
            return tuple(result) if is_range else result[0]

        reg = register_widget(
            self,
            "slider",
            key=key,
            params={
                "label": label,
                "min_value": min_value,
                "max_value": max_value,
                "value": values,
                "step": step,
                "format": format,
                "help": help,
            },
            key_as_main_identity=frozenset({"min_value", "max_value", "step"}),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        el = pb.Element()
        s = el.slider
        fill_common(
            s.common, reg, label, help=help, disabled=disabled, label_visibility=label_visibility
        )
        s.data_type = data_type  # type: ignore[assignment]
        s.min = lo_wire
        s.max = hi_wire
        s.step = _step_to_wire(step, data_type)
        shown = reg.display if is_range else (reg.display,)
        s.value.extend(_to_wire(v, data_type) for v in shown)
        s.format = format or _FORMATS[data_type]
        self._emit(el)
        return reg.value

    def select_slider(
        self,
        label: Any,
        options: Any = (),
        value: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: Callback | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
    ) -> Any:
        label = require_label(label, "select_slider")
        opts = as_options(options)
        if not opts:
            raise StreamlitAPIException("The `options` argument needs to be non-empty")
        labels = format_options(opts, format_func)
        is_range = isinstance(value, (list, tuple)) and len(value) == 2
        wanted: Sequence[Any] = list(value) if is_range else [opts[0] if value is None else value]
        indices = []
        for v in wanted:
            i = find_index(opts, v)
            if i is None:
                raise StreamlitAPIException(f"Could not find the index for {v}")
            indices.append(i)
        indices.sort()
        default = tuple(opts[i] for i in indices) if is_range else opts[indices[0]]
        count = len(indices)

        def deserialize(state: pb.WidgetState | None) -> Any:
            if state is None:
                return default
            numbers = wire.get_floats(state)
            if len(numbers) != count:
                raise ValueError(f"expected {count} positions, got {len(numbers)}")
            # A position outside the options falls back to that end's default (Streamlit).
            picked = sorted(
                round(n) if 0 <= round(n) < len(opts) else indices[min(i, count - 1)]
                for i, n in enumerate(numbers)
            )
            return tuple(opts[i] for i in picked) if is_range else opts[picked[0]]

        reg = register_widget(
            self,
            "select_slider",
            key=key,
            params={"label": label, "options": labels, "value": indices, "help": help},
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        shown_values = reg.display if is_range else (reg.display,)
        shown = [find_index(opts, v) for v in shown_values]
        if any(i is None for i in shown):
            raise StreamlitAPIException(
                f"The value {reg.display!r} set through st.session_state is not one of the "
                "select_slider's options."
            )
        el = pb.Element()
        s = el.slider
        fill_common(
            s.common, reg, label, help=help, disabled=disabled, label_visibility=label_visibility
        )
        s.is_select_slider = True
        s.data_type = pb.Slider.INT
        s.min = 0
        s.max = len(opts) - 1
        s.step = 1
        s.options.extend(labels)
        s.value.extend(float(i) for i in shown if i is not None)
        s.format = "%s"
        self._emit(el)
        return reg.value
