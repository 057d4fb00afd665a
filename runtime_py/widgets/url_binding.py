"""bind="query-params": a keyed widget's value mirrored in the page URL as `?<key>=<value>`.

On the widget's first run in a session a valid URL value becomes its value (a shared link opens
the app in that state); an invalid one is dropped. Afterwards the URL follows the widget: the
parameter is removed while the value is the default, and rewritten when the value changed.
Streamlit's browser writes the URL itself; here the runtime does, with the next run, so the
same messages serve both modes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import RunContext
from stbundle.runtime_py.errors import StreamlitValueError

BIND_MODES = ("query-params",)
_REFUSED = (ValueError, TypeError, IndexError, OverflowError)


@dataclass(frozen=True)
class UrlBinding:
    """How one widget's value reads from and writes to its URL parameter's values."""

    to_url: Callable[[Any], list[str]]
    # Raises ValueError (or TypeError/IndexError) for values the widget cannot take.
    from_url: Callable[[list[str]], Any]


def check_bind(bind: object) -> bool:
    if bind is None:
        return False
    if bind not in BIND_MODES:
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    return True


def sync_url(
    ctx: RunContext,
    key: str,
    binding: UrlBinding,
    value: Any,
    default: Any,
    *,
    first: bool,
) -> tuple[Any, bool]:
    """Reconcile the widget with `?key=`; returns (value, whether the URL supplied it)."""
    params = ctx.session.query_params.values
    given = params.get(key)
    from_url: Any = _INVALID
    if given is not None:
        try:
            from_url = binding.from_url(list(given))
        except _REFUSED:
            from_url = _INVALID
    supplied = first and from_url is not _INVALID
    if supplied:
        value = from_url
    wanted: list[str] | None
    if _same(value, default):
        wanted = None
    elif from_url is not _INVALID and _same(from_url, value):
        wanted = list(given) if given is not None else None  # already right: keep its spelling
    else:
        wanted = binding.to_url(value)
    if wanted != given:
        if wanted is None:
            params.pop(key, None)
        else:
            params[key] = wanted
        msg = pb.ForwardMsg()
        msg.query_string.query_string = ctx.session.query_params.query_string()
        ctx.emit(msg)
    return value, supplied


class _Invalid:
    pass


_INVALID = _Invalid()


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:
        return False


# -- bindings of the common value kinds ------------------------------------------------------


def _last(values: list[str]) -> str:
    if not values:
        raise ValueError("no value")
    return values[-1]


def boolean() -> UrlBinding:
    def parse(values: list[str]) -> bool:
        text = _last(values).lower()
        if text not in ("true", "false"):
            raise ValueError(text)
        return text == "true"

    return UrlBinding(lambda v: ["true" if v else "false"], parse)


def text(max_chars: int | None = None) -> UrlBinding:
    def parse(values: list[str]) -> str:
        value = _last(values)
        if max_chars is not None and len(value) > max_chars:
            raise ValueError("longer than max_chars")
        return value

    return UrlBinding(lambda v: ["" if v is None else str(v)], parse)


def number(is_int: bool, low: Any, high: Any, *, clearable: bool) -> UrlBinding:
    def parse(values: list[str]) -> Any:
        raw = _last(values)
        if raw == "" and clearable:
            return None
        value: Any = int(raw) if is_int else float(raw)
        if (low is not None and value < low) or (high is not None and value > high):
            raise ValueError("out of range")
        return value

    return UrlBinding(lambda v: [""] if v is None else [str(v)], parse)


def option(
    options: Sequence[Any], labels: Sequence[str], *, clearable: bool, typed: bool = False
) -> UrlBinding:
    """One option, written as its label (format_func's text), as Streamlit does. `typed`
    (accept_new_options): any other text is a value of its own."""

    def parse(values: list[str]) -> Any:
        raw = _last(values)
        if raw == "" and clearable:
            return None
        if typed and raw not in labels:
            return raw
        return options[list(labels).index(raw)]

    def write(value: Any) -> list[str]:
        if value is None:
            return [""]
        return [_label_of(value, options, labels, typed)]

    return UrlBinding(write, parse)


def _label_of(value: Any, options: Sequence[Any], labels: Sequence[str], typed: bool) -> str:
    """The label of the option `value` is; a typed value (not an option) is its own text."""
    found = next((labels[i] for i, o in enumerate(options) if o == value), None)
    if found is None:
        if not typed:
            raise ValueError(f"{value!r} is not an option")
        return str(value)
    return found


def options_list(
    options: Sequence[Any],
    labels: Sequence[str],
    *,
    as_tuple: bool = False,
    count: int | None = None,
    typed: bool = False,
) -> UrlBinding:
    """Several options (multiselect; exactly `count` for a select_slider range), one parameter
    value each. `typed` (accept_new_options): any other text is a value of its own."""

    def parse(values: list[str]) -> Any:
        picked = [
            raw if typed and raw not in labels else options[list(labels).index(raw)]
            for raw in values
            if raw != ""
        ]
        if count is not None and len(picked) != count:
            raise ValueError("wrong number of values")
        return tuple(picked) if as_tuple else picked

    def write(value: Any) -> list[str]:
        return [_label_of(v, options, labels, typed) for v in value]

    return UrlBinding(write, parse)


def _iso(value: Any) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value.isoformat())


def temporal(
    parse_one: Callable[[str], Any],
    *,
    sizes: tuple[int, ...] | None,
    low: Any = None,
    high: Any = None,
    clearable: bool = False,
) -> UrlBinding:
    """Numbers, dates, datetimes or times (ISO text): one value (`sizes` None), or a range of
    one of `sizes` values, one parameter value each."""

    def parse(values: list[str]) -> Any:
        if sizes is None:
            raw = _last(values)
            if raw == "" and clearable:
                return None
            parsed = [parse_one(raw)]
        else:
            parsed = [parse_one(raw) for raw in values if raw != ""]
            if len(parsed) not in sizes and not (clearable and not parsed):
                raise ValueError("wrong number of values")
        if any((low is not None and p < low) or (high is not None and p > high) for p in parsed):
            raise ValueError("out of range")
        return parsed[0] if sizes is None else tuple(parsed)

    def write(value: Any) -> list[str]:
        if value is None:
            return [""]
        many = value if sizes is not None else [value]
        return [_iso(v) if isinstance(v, (date, time)) else str(v) for v in many]

    return UrlBinding(write, parse)


def parse_date(text: str) -> date:
    return date.fromisoformat(text)


def parse_datetime(text: str) -> datetime:
    return datetime.fromisoformat(text)


def parse_time(text: str) -> time:
    return time.fromisoformat(text)
