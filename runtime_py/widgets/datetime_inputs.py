"""Calendar and clock: st.date_input (one date or a range), st.time_input and st.datetime_input.

Dates travel as ISO strings, times as "HH:MM[:SS]"; both are parsed strictly when they come back.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from stbundle.runtime_py.param_checks import check_type
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.choice import reset_to_default
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    fill_common,
    register_widget,
    require_label,
)


def _as_date(value: Any, parameter: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if value == "today":
            return date.today()
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise StreamlitAPIException(
        f"Date `{parameter}` should be a date/datetime, an ISO-formatted string, 'today' or "
        f"None; got {value!r}."
    )


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _as_time(value: Any) -> time:
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        if value == "now":
            return datetime.now().time().replace(second=0, microsecond=0)
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            pass
    raise StreamlitAPIException(
        f"The type of value should be one of datetime, time, ISO string, 'now' or None; got "
        f"{value!r}."
    )


# The date orders st.datetime_input's `format` takes, in Streamlit's order (for its message).
_DATE_FORMATS = tuple(
    sep.join(parts)
    for sep in "/.-"
    for parts in (("YYYY", "MM", "DD"), ("DD", "MM", "YYYY"), ("MM", "DD", "YYYY"))
)
_WIRE_FORMATS = ("%Y-%m-%dT%H:%M", "%Y/%m/%d, %H:%M")
_TEXT_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")


def _minute(value: datetime) -> datetime:
    """A naive datetime to the minute: the widget's grain."""
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _as_datetime(value: Any, day: date, clock: time) -> datetime:
    """Streamlit's datetime inputs: a datetime, a date (at `clock`), a time (on `day`), an ISO
    or "YYYY/MM/DD hh:mm" string, or "now"."""
    if isinstance(value, str) and value == "now":
        return _minute(datetime.now())
    if isinstance(value, datetime):
        return _minute(value)
    if isinstance(value, date):
        return datetime.combine(value, clock)
    if isinstance(value, time):
        return datetime.combine(day, value.replace(second=0, microsecond=0, tzinfo=None))
    if isinstance(value, str):
        text = value.strip()
        for parse in (
            datetime.fromisoformat,
            *(lambda t, f=f: datetime.strptime(t, f) for f in _TEXT_FORMATS),
        ):
            try:
                return _minute(parse(text))
            except ValueError:
                pass
        try:
            return datetime.combine(date.fromisoformat(text), clock)
        except ValueError:
            pass
        try:
            return datetime.combine(day, time.fromisoformat(text).replace(second=0, microsecond=0))
        except ValueError:
            pass
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "date", "time", "ISO string", '"now"']
    )


def _wire(value: datetime) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}"


class DateTimeMixin(DeltaGeneratorBase):
    def datetime_input(
        self,
        label: str,
        value: Any = "now",
        min_value: Any = None,
        max_value: Any = None,
        *,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        format: str = "YYYY/MM/DD",
        step: int | timedelta = timedelta(seconds=900),
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> datetime | None:
        """Show a date-and-time field; returns a naive datetime to the minute (None when
        `value=None` and nothing is picked). Bounds default to ten years either side of the
        value; a value outside bounds the script gives falls back to the default."""
        label = require_label(label, "datetime_input")
        midnight, last_minute = time(0, 0), time(23, 59)
        default = None if value is None else _as_datetime(value, date.today(), midnight)
        anchor = default.date() if default is not None else date.today()
        lo = (
            datetime.combine(_shift_years(anchor, -10), midnight)
            if min_value is None
            else _as_datetime(min_value, anchor, midnight)
        )
        hi = (
            datetime.combine(_shift_years(anchor, 10), last_minute)
            if max_value is None
            else _as_datetime(max_value, anchor, last_minute)
        )
        if lo > hi:
            raise StreamlitInvalidMinMaxError(lo, hi)
        if default is not None and default < lo:
            raise StreamlitValueBelowMinError(default, lo)
        if default is not None and default > hi:
            raise StreamlitValueAboveMaxError(default, hi)
        check_type(format, "format", (str,), ["str"])
        if format not in _DATE_FORMATS:
            raise StreamlitValueError(
                "format",
                [repr(f) for f in _DATE_FORMATS],
                detail=f"Provided value: {format!r}.",
            )
        if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
            raise StreamlitInvalidParameterTypeError(
                "step", type(step).__name__, ["int", "timedelta"]
            )
        seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
        if not 60 <= seconds <= 23 * 3600:
            raise StreamlitValueOutOfRangeError(
                "step", f"{seconds} seconds", "60 seconds", "23 hours"
            )

        def deserialize(state: pb.WidgetState | None) -> datetime | None:
            if state is None or wire.is_null(state):
                return default
            texts = wire.get_strings(state)
            if not texts:
                return default
            for fmt in _WIRE_FORMATS:
                try:
                    picked = datetime.strptime(texts[0], fmt)
                    break
                except ValueError:
                    continue
            else:
                return default
            return picked if lo <= picked <= hi else default

        explicit = isinstance(value, (datetime, date, time))
        reg = register_widget(
            self,
            "date_time_input",
            key=key,
            params={
                "label": label,
                "value": (None if default is None else _wire(default)) if explicit else value,
                "min_value": _wire(lo),
                "max_value": _wire(hi),
                "help": help,
                "format": format,
                "step": step,
                "width": width,
                "required": required,
            },
            key_as_main_identity=frozenset({"format", "step"}),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.temporal(
                url_binding.parse_datetime, sizes=None, low=lo, high=hi, clearable=default is None
            ),
        )
        bounded = min_value is not None or max_value is not None
        if bounded and isinstance(reg.value, datetime) and not lo <= reg.value <= hi:
            reg = reset_to_default(reg, default)
        el = pb.Element()
        field = el.date_time_input
        fill_common(
            field.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            required=required,
        )
        if isinstance(reg.display, datetime):
            field.has_value = True
            field.value = _wire(_minute(reg.display))
        field.min = _wire(lo)
        field.max = _wire(hi)
        field.step_seconds = seconds
        field.format = format
        set_layout(el, width=width)
        self._emit(el)
        result: datetime | None = reg.value
        return result

    def date_input(
        self,
        label: Any,
        value: Any = "today",
        min_value: Any = None,
        max_value: Any = None,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        format: str = "YYYY/MM/DD",
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> Any:
        """Show a date field; returns a date (a tuple of dates for a list/tuple `value`).

        `value=None` starts empty and returns None; `required` keeps a cleared field from being
        sent. With a key, `bind="query-params"` mirrors the value in the page URL.
        """
        check_type(format, "format", (str,), ["str"])
        label = require_label(label, "date_input")
        is_range = isinstance(value, (list, tuple))
        if is_range and len(value) > 2:
            raise StreamlitAPIException(
                "DateInput value should either be an date/datetime or a list/tuple of "
                "0 - 2 date/datetime values"
            )
        dates = (
            [_as_date(v, "value") for v in value]
            if is_range
            else ([] if value is None else [_as_date(value, "value")])
        )
        anchor = dates[0] if dates else date.today()
        lo = (
            _as_date(min_value, "min_value") if min_value is not None else _shift_years(anchor, -10)
        )
        hi = _as_date(max_value, "max_value") if max_value is not None else _shift_years(anchor, 10)
        if value == "today" and dates:
            dates = [min(max(dates[0], lo), hi)]  # Streamlit keeps "today" within the bounds
        if lo > hi:
            raise StreamlitInvalidMinMaxError(lo, hi)
        if dates and dates[0] < lo:
            raise StreamlitValueBelowMinError(dates[0], lo)
        if dates and dates[-1] > hi:
            raise StreamlitValueAboveMaxError(dates[-1], hi)
        default: Any = tuple(dates) if is_range else (dates[0] if dates else None)

        def deserialize(state: pb.WidgetState | None) -> Any:
            if state is None:
                return default
            if wire.is_null(state):
                return () if is_range else None
            picked = [date.fromisoformat(s) for s in wire.get_strings(state)]
            if len(picked) > (2 if is_range else 1):
                raise ValueError("too many dates")
            if any(not lo <= d <= hi for d in picked):
                return default  # out of range: back to the default, as Streamlit does
            if is_range:
                return tuple(picked)
            return picked[0] if picked else None

        reg = register_widget(
            self,
            "date_input",
            key=key,
            params={
                "label": label,
                "value": [d.isoformat() for d in dates],
                "min_value": lo.isoformat(),
                "max_value": hi.isoformat(),
                "help": help,
                "format": format,
                "width": width,
                "required": required,
            },
            key_as_main_identity=frozenset({"format"}),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.temporal(
                url_binding.parse_date,
                sizes=(1, 2) if is_range else None,
                low=lo,
                high=hi,
                clearable=True,
            ),
        )
        el = pb.Element()
        d_el = el.date_input
        fill_common(
            d_el.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            required=required,
        )
        shown = reg.display
        shown_list = list(shown) if isinstance(shown, tuple) else ([] if shown is None else [shown])
        d_el.value.extend(_as_date(d, "value").isoformat() for d in shown_list)
        d_el.min = lo.isoformat()
        d_el.max = hi.isoformat()
        d_el.is_range = is_range
        d_el.format = format
        set_layout(el, width=width)
        self._emit(el)
        return reg.value

    def time_input(
        self,
        label: Any,
        value: Any = "now",
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        step: int | timedelta = timedelta(minutes=15),
        format: str = "24h",
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> time | None:
        """Show a time field; returns a datetime.time (None when `value=None` and empty).

        `step` is the minute grid (60 s to 23 h); `format` is how the page shows it: "24h",
        "12h" (AM/PM) or "localized" (the browser's own time field, in its locale's style).
        With a key, `bind="query-params"` mirrors the value in the page URL.
        """
        if format not in ("12h", "24h", "localized"):
            raise StreamlitValueError("format", ["'12h'", "'24h'", "'localized'"])
        label = require_label(label, "time_input")
        default = None if value is None else _as_time(value)
        if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
            raise StreamlitAPIException(
                f"Invalid `step` type. Expected one of: int, timedelta. "
                f"Provided type: {type(step).__name__}."
            )
        seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
        if not 60 <= seconds <= 23 * 3600:
            raise StreamlitAPIException(
                "`step` must be between 60 seconds and 23 hours but is currently set to "
                f"{seconds} seconds."
            )

        def deserialize(state: pb.WidgetState | None) -> time | None:
            if state is None:
                return default
            if wire.is_null(state):
                return None
            return time.fromisoformat(wire.get_string(state))

        reg = register_widget(
            self,
            "time_input",
            key=key,
            params={
                "label": label,
                "value": None if default is None else default.isoformat(),
                "help": help,
                "step": seconds,
                "width": width,
                "required": required,
            },
            key_as_main_identity=frozenset({"step"}),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.temporal(url_binding.parse_time, sizes=None, clearable=True),
        )
        el = pb.Element()
        t = el.time_input
        fill_common(
            t.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            required=required,
        )
        if reg.display is not None:
            t.has_value = True
            t.value = _as_time(reg.display).strftime("%H:%M")
        t.step_seconds = seconds
        t.format = format
        set_layout(el, width=width)
        self._emit(el)
        return None if reg.value is None else _as_time(reg.value)
