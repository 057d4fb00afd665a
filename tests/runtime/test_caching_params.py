"""Decorator parameters: ttl strings (pandas.Timedelta's everyday forms) and sizes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from stbundle.runtime_py.caching import BadTimeStringError, InvalidCacheParamError, params


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1h", 3600),
        ("30m", 1800),
        ("1d", 86400),
        ("1w", 604800),
        ("10s", 10),
        ("1ms", 0.001),
        ("1.5h", 5400),
        ("1d2h34m", 95640),
        ("1h 30m", 5400),
        ("2 days", 172800),
        ("1 hour 30 minutes", 5400),
        ("1H", 3600),
        ("1 Min", 60),
        ("1 days 02:00:00", 93600),
        ("00:30:00", 1800),
        ("P1DT2H", 93600),
        ("PT1H30M", 5400),
        ("-1h", -3600),
    ],
)
def test_ttl_strings_match_pandas_timedelta(text: str, seconds: float) -> None:
    assert params.ttl_to_seconds(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "abc", "1M", "1y", "1 weeks", "1h30", "1:2", "1.5"])
def test_bad_ttl_strings_raise_streamlit_message(text: str) -> None:
    with pytest.raises(BadTimeStringError) as info:
        params.ttl_to_seconds(text)
    assert str(info.value) == (
        "Time string doesn't look right. It should be formatted as `'1d2h34m'` or "
        f"`2 days`, for example. Got: {text}"
    )


def test_ttl_numbers_and_timedeltas() -> None:
    assert params.ttl_to_seconds(None) is None
    assert params.ttl_to_seconds(5) == 5.0
    assert params.ttl_to_seconds(timedelta(hours=1)) == 3600.0


@pytest.mark.parametrize(
    ("value", "size"), [(100, 100), ("1KB", 1024), ("1.1KB", 1126), ("2 mib", 2 * 1024**2)]
)
def test_max_size(value: int | str, size: int) -> None:
    assert params.max_size_to_bytes(value) == size


@pytest.mark.parametrize("value", [0, -1, "10", "1XB", "0KB", True])
def test_bad_max_size(value: int | str) -> None:
    with pytest.raises(InvalidCacheParamError, match="max_size"):
        params.max_size_to_bytes(value)


def test_persist_and_refresh_mode_validation() -> None:
    assert params.persist_to_option(True) == "disk"
    assert params.persist_to_option(False) is None
    with pytest.raises(InvalidCacheParamError, match="Invalid `persist` value"):
        params.persist_to_option("memory")
    with pytest.raises(InvalidCacheParamError, match="positive"):
        params.check_refresh_mode("background", None)
    with pytest.raises(InvalidCacheParamError, match="refresh_mode"):
        params.check_refresh_mode("later", 1.0)
