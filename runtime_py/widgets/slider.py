"""Sliders: st.slider over numbers, dates and times, and st.select_slider over options.

On the wire every slider value is a number (see the DataType comments in proto/stbundle.proto):
dates as days since 1970-01-01, datetimes as microseconds since the epoch, times as microseconds
since midnight, select_slider positions as option indices. A value from the renderer outside the
range goes back to the widget's default, as in Streamlit 1.67 (the page itself never sends one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from numbers import Integral, Real
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.choice import as_options, find_index, format_options
from stbundle.runtime_py.widgets.number import check_float_bounds, check_int_bounds
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    fill_common,
    register_widget,
    require_label,
)

_EPOCH_DATE = date(1970, 1, 1)
_EPOCH = datetime(1970, 1, 1)
_US = 1_000_000


# How a slider's value reads from its URL parameter, by data type (bind="query-params").
_URL_PARSERS: dict[int, Any] = {
    pb.Slider.INT: int,
    pb.Slider.FLOAT: float,
    pb.Slider.DATE: url_binding.parse_date,
    pb.Slider.DATETIME: url_binding.parse_datetime,
    pb.Slider.TIME: url_binding.parse_time,
}


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


_TIMELIKE = (pb.Slider.DATETIME, pb.Slider.DATE, pb.Slider.TIME)


def _value_kind(value: Any) -> int | None:
    """The DataType one value gives a slider (numpy numbers count as numbers); None: no kind."""
    if isinstance(value, Integral):  # bool too, as in Streamlit
        return pb.Slider.INT
    if isinstance(value, Real):  # not Decimal, which is no numbers.Real
        return pb.Slider.FLOAT
    for kind, data_type in ((datetime, pb.Slider.DATETIME), (date, pb.Slider.DATE)):
        if isinstance(value, kind):
            return data_type
    return pb.Slider.TIME if isinstance(value, time) else None


def _value_for_none(key: Any, min_value: Any, max_value: Any) -> Any:
    """Streamlit's value for value=None: min_value, or a range if session state holds one."""
    ctx = get_run_context()
    state = ctx.session.state if ctx is not None else None
    low = 0 if min_value is None else min_value
    if key is not None and state is not None and str(key) in state:
        held = state[str(key)]
        if _value_kind(held) is None:
            return [low, 100 if max_value is None else max_value]
    return low


def _defaults(data_type: int, anchor: Any) -> tuple[Any, Any, Any]:
    """(min, max, step) for the bounds and step not given."""
    if data_type == pb.Slider.INT:
        return 0, 100, 1
    if data_type == pb.Slider.FLOAT:
        return 0.0, 1.0, 0.01
    if data_type == pb.Slider.TIME:
        return time.min, time.max.replace(microsecond=0), timedelta(minutes=15)
    span = timedelta(days=14)
    step = timedelta(days=1) if data_type == pb.Slider.DATE else timedelta(minutes=15)
    return anchor - span, anchor + span, step


def _checked_arguments(
    min_value: Any, max_value: Any, value: Any, step: Any
) -> tuple[int, Any, Any, Any, list[Any]]:
    """(data type, min, max, step, values) after Streamlit 1.67's checks, in its order and
    with its messages; the bounds widened to take in the value(s), a range sorted."""
    single = _value_kind(value) is not None
    if not single and not (isinstance(value, (list, tuple)) and len(value) <= 2):
        if isinstance(value, (list, tuple)):
            raise StreamlitValueError(
                "value",
                [
                    *("int", "float", "date", "time", "datetime"),
                    "a list containing up to two such values",
                    "a tuple containing up to two such values",
                ],
            )
        raise StreamlitInvalidParameterTypeError(
            "value",
            type(value).__name__,
            ["int", "float", "date", "time", "datetime", "list", "tuple"],
        )
    values = [value] if single else list(value)
    kinds = {_value_kind(v) for v in values}
    if len(kinds) > 1 or None in kinds:
        raise StreamlitInvalidParameterTypeError(
            "value",
            ", ".join(type(v).__name__ for v in values),
            ["list or tuple containing values of the same type"],
        )
    data_type = _value_kind(values[0]) if values else pb.Slider.INT
    assert data_type is not None
    lo, hi, default_step = _defaults(data_type, values[0] if values else None)
    min_value = lo if min_value is None else min_value
    max_value = hi if max_value is None else max_value
    if step is None:
        step = default_step
    if isinstance(step, timedelta):
        if step == timedelta(0):
            raise StreamlitValueError("step", ["a timedelta"], detail="Zero is not allowed.")
    elif step == 0:
        raise StreamlitValueError("step", ["a number"], detail="Zero is not allowed.")
    bounds = (min_value, max_value, step)
    int_args = all(isinstance(a, Integral) for a in bounds)
    float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in bounds)
    timelike_args = (
        data_type in _TIMELIKE
        and isinstance(step, timedelta)
        and type(min_value) is type(max_value)
    )
    if not (int_args or float_args or timelike_args):
        raise StreamlitInvalidParameterTypeError(
            "value",
            f"min_value={type(min_value).__name__}, max_value={type(max_value).__name__}, "
            f"step={type(step).__name__}",
            ["matching numeric types", "matching date/time types"],
        )
    if not (
        (data_type == pb.Slider.INT and int_args)
        or (data_type == pb.Slider.FLOAT and float_args)
        or (data_type in _TIMELIKE and timelike_args)
    ):
        raise StreamlitInvalidParameterTypeError(
            "value",
            f"value={type(value).__name__}, min_value={type(min_value).__name__}, "
            f"max_value={type(max_value).__name__}",
            ["value and arguments with matching types"],
        )
    if min_value > max_value:
        min_value, max_value = max_value, min_value
    if values:
        values.sort()
        min_value = min(values[0], min_value)
        max_value = max(values[-1], max_value)
    else:
        values = [min_value, max_value]
    if data_type == pb.Slider.INT:
        check_int_bounds(min_value, "`min_value`")
        check_int_bounds(max_value, "`max_value`")
        values = [int(v) for v in values]  # numpy ints come back as ints, as in Streamlit
    elif data_type == pb.Slider.FLOAT:
        check_float_bounds(min_value, "`min_value`")
        check_float_bounds(max_value, "`max_value`")
    if min_value == max_value:
        raise StreamlitInvalidMinMaxError(*_as_datetimes(min_value, max_value, data_type))
    return data_type, min_value, max_value, step, values


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
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> Any:
        """Show a slider over numbers, dates, datetimes or times; returns the value.

        A list/tuple `value` makes a range slider and returns a tuple. With a key,
        `bind="query-params"` mirrors the value in the page URL.
        """
        label = require_label(label, "slider")
        if value is None:
            value = _value_for_none(key, min_value, max_value)
        data_type, min_value, max_value, step, values = _checked_arguments(
            min_value, max_value, value, step
        )
        is_range = _value_kind(value) is None
        lo_wire = _to_wire(min_value, data_type)
        hi_wire = _to_wire(max_value, data_type)
        default = tuple(values) if is_range else values[0]
        count = len(values)

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
                "width": width,
            },
            key_as_main_identity=frozenset({"min_value", "max_value", "step"}),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.temporal(
                _URL_PARSERS[data_type],
                sizes=(count,) if is_range else None,
                low=min_value,
                high=max_value,
            ),
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
        set_layout(el, width=width)
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
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> Any:
        """Show a slider over a list of options; returns the option (a pair for a range).

        With a key, `bind="query-params"` mirrors the value in the page URL.
        """
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
            params={
                "label": label,
                "options": labels,
                "value": indices,
                "help": help,
                "width": width,
            },
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=(
                url_binding.options_list(opts, labels, as_tuple=True, count=2)
                if is_range
                else url_binding.option(opts, labels, clearable=False)
            ),
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
        set_layout(el, width=width)
        self._emit(el)
        return reg.value
