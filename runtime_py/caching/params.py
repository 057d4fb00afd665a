"""Parse the decorators' duration and size parameters without pandas.

Streamlit hands `ttl` strings to `pandas.Timedelta`; we accept the same everyday forms
("1h", "30m", "1d2h34m", "2 days", "1 day 02:00:00", "00:30:00", ISO "P1DT2H") in pure
Python so caching works where pandas is absent (Pyodide without the wheel, lean servers).
"""

from __future__ import annotations

import functools
import math
import re
import sys
from typing import TYPE_CHECKING

from .errors import BadTimeStringError, InvalidCacheParamError

if TYPE_CHECKING:
    from datetime import timedelta

_UNIT_SECONDS: dict[str, float] = {}
for _names, _seconds in (
    (("w",), 604800.0),
    (("d", "day", "days"), 86400.0),
    (("h", "hr", "hour", "hours"), 3600.0),
    (("m", "min", "minute", "minutes"), 60.0),
    (("s", "sec", "second", "seconds"), 1.0),
    (("ms", "milli", "millis", "millisecond", "milliseconds"), 1e-3),
    (("us", "µs", "micro", "micros", "microsecond", "microseconds"), 1e-6),
    (("ns", "nano", "nanos", "nanosecond", "nanoseconds"), 1e-9),
):
    for _name in _names:
        _UNIT_SECONDS[_name] = _seconds

_NUMBER = r"\d+(?:\.\d*)?"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(unit component, hh:mm:ss clock, ISO 8601), compiled on first use."""
    return (
        re.compile(rf"\s*({_NUMBER})\s*([a-zµ]+)\s*,?", re.IGNORECASE),
        re.compile(r"\s*(\d+):(\d\d):(\d\d(?:\.\d*)?)\s*"),
        re.compile(
            rf"P(?:({_NUMBER})W)?(?:({_NUMBER})D)?"
            rf"(?:T(?:({_NUMBER})H)?(?:({_NUMBER})M)?(?:({_NUMBER})S)?)?",
            re.IGNORECASE,
        ),
    )


def ttl_to_seconds(ttl: float | timedelta | str | None) -> float | None:
    """Seconds an entry lives, or None for "forever"."""
    if ttl is None:
        return None
    if isinstance(ttl, str):
        return _parse_duration(ttl)
    if isinstance(ttl, int | float):
        return float(ttl)
    datetime = sys.modules.get("datetime")
    if datetime is not None and isinstance(ttl, datetime.timedelta):
        return float(ttl.total_seconds())
    raise InvalidCacheParamError("ttl", ["a number of seconds", "a timedelta", "a time string"])


def _parse_duration(text: str) -> float:
    body = text.strip()
    sign = 1.0
    if body and body[0] in "+-":
        sign = -1.0 if body[0] == "-" else 1.0
        body = body[1:].lstrip()
    if not body:
        raise BadTimeStringError(text)
    component, clock_pattern, iso_pattern = _patterns()
    iso = iso_pattern.fullmatch(body)
    if iso and any(iso.groups()):
        weeks, days, hours, mins, secs = (float(g) if g else 0.0 for g in iso.groups())
        return sign * (weeks * 604800 + days * 86400 + hours * 3600 + mins * 60 + secs)
    if body.isdigit():
        # pandas reads a bare integer as nanoseconds.
        return sign * int(body) * 1e-9
    total, pos = 0.0, 0
    while pos < len(body):
        clock = clock_pattern.match(body, pos)
        if clock and clock.end() == len(body):
            h, m, s = clock.groups()
            total += int(h) * 3600 + int(m) * 60 + float(s)
            pos = clock.end()
            break
        part = component.match(body, pos)
        if part is None:
            raise BadTimeStringError(text)
        number, unit = part.groups()
        seconds_per_unit = _UNIT_SECONDS.get(unit if unit == "M" else unit.lower())
        if seconds_per_unit is None:
            raise BadTimeStringError(text)
        total += float(number) * seconds_per_unit
        pos = part.end()
    return sign * total


_BYTE_UNITS = {"b": 1, "kb": 1024, "kib": 1024, "mb": 1024**2, "mib": 1024**2}
_BYTE_UNITS.update({"gb": 1024**3, "gib": 1024**3, "tb": 1024**4, "tib": 1024**4})
_SIZE_DETAIL = (
    "Use an integer number of bytes or a positive value with an explicit unit, "
    'such as "500MB", "1.5GB", or "200KiB".'
)


def max_size_to_bytes(value: int | str | None) -> int | None:
    """Bytes allowed for one function's pickled entries ("1.5GB" uses powers of 1024)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InvalidCacheParamError(
            "max_size",
            ["int", "str"],
            'Pass an integer byte count such as int(5e8), or a unit string such as "500MB".',
        )
    if isinstance(value, int):
        size = value
    else:
        match = re.fullmatch(r"(\d+(?:\.\d*)?|\.\d+) ?([kmgt]i?b|b)", value, re.I | re.A)
        if match is None:
            raise InvalidCacheParamError("max_size", ["a positive byte size"], _SIZE_DETAIL)
        whole, _, fraction = match.group(1).partition(".")
        digits = int(f"{whole or '0'}{fraction}")
        size = digits * _BYTE_UNITS[match.group(2).lower()] // 10 ** len(fraction)
    if size <= 0:
        raise InvalidCacheParamError("max_size", ["a positive byte size"], _SIZE_DETAIL)
    return size


def persist_to_option(persist: str | bool | None) -> str | None:
    """Normalise `persist` (True means "disk", False means None) and reject the rest."""
    option = "disk" if persist is True else None if persist is False else persist
    if option not in (None, "disk"):
        raise InvalidCacheParamError("persist", ["'disk'", "None"])
    return option


def max_entries_or_inf(max_entries: int | None) -> float:
    """Entry limit as a number comparable with a count (None means unbounded)."""
    return math.inf if max_entries is None else float(max_entries)


def check_refresh_mode(refresh_mode: str, ttl_seconds: float | None) -> None:
    """Validate `refresh_mode` as Streamlit does.

    "background" (serve the stale value while refreshing off-thread) is accepted but
    refreshes in the foreground: Pyodide has no threads, and the observable values are
    the same once the refresh finishes.
    """
    if refresh_mode not in ("foreground", "background"):
        raise InvalidCacheParamError("refresh_mode", ["foreground", "background"])
    if refresh_mode == "background" and (ttl_seconds is None or ttl_seconds <= 0):
        raise InvalidCacheParamError(
            "ttl",
            ["a positive duration"],
            'Background refresh requires a positive `ttl` (for example `ttl="1h"`) or '
            '`refresh_mode="foreground"`.',
        )
