"""st.echarts_chart's elements compared with Streamlit 1.67's for the same calls: the option
sent (dataset names, content hashes of different encodings, become their order of appearance),
each dataset's rows (Arrow there, JSON columns here; datetimes as the ISO text the page gives
ECharts), theme, renderer, accessible name, and whether the chart is a widget or keyed."""

from __future__ import annotations

import datetime
import io
import json
import logging
import math
from collections.abc import Iterator
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest as StreamlitAppTest

from stbundle.testing import AppTest as StbundleAppTest
from tests.differential.scenarios.echarts import SCENARIOS


@pytest.fixture(autouse=True)
def quiet_streamlit() -> Iterator[None]:
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


def _arrow_rows(data: bytes) -> list[dict[str, Any]]:
    import pyarrow as pa

    table = pa.ipc.open_stream(io.BytesIO(data)).read_all()
    return [
        {k: v for k, v in row.items() if not k.startswith("__index_level_")}
        for row in table.to_pylist()
    ]


def _iso(value: Any) -> Any:
    """A cell as the page gives it to ECharts: ISO text for datetimes (UTC with a zone),
    milliseconds for durations, null for NaN."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime.timedelta):
        return value / datetime.timedelta(milliseconds=1)
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        return value.isoformat() + "Z"
    return value.isoformat() if isinstance(value, (datetime.date, datetime.time)) else value


def _renamed(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, dict):
        if set(value) == {"name"} and value["name"] in names:
            return {"name": names[value["name"]]}
        return {k: _renamed(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, names) for v in value]
    return value


def _chart(proto: Any, rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    names = {name: f"dataset {i}" for i, name in enumerate(rows)}
    return {
        "spec": _renamed(json.loads(proto.spec), names),
        "datasets": {names[n]: r for n, r in rows.items()},
        "theme": proto.theme,
        "renderer": int(proto.renderer),
        "alt": proto.alt,
        "selection_activated": proto.selection_activated,
        "has_id": bool(proto.id),
    }


def _streamlit(proto: Any) -> dict[str, Any]:
    rows = {
        d.name: [{k: _iso(v) for k, v in r.items()} for r in _arrow_rows(d.data.data)]
        for d in proto.datasets
    }
    return _chart(proto, rows)


def _stbundle(proto: Any) -> dict[str, Any]:
    rows = {}
    for d in proto.datasets:
        table = json.loads(d.columns)
        count = len(table["values"][0]) if table["values"] else 0
        rows[d.name] = [
            {f: table["values"][c][i] for c, f in enumerate(table["fields"])} for i in range(count)
        ]
    return _chart(proto, rows)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_echarts_elements_match_streamlit(scenario: Any) -> None:
    theirs = StreamlitAppTest.from_string(scenario.script, default_timeout=60).run()
    ours = StbundleAppTest.from_string(scenario.script, default_timeout=60).run()
    want = [_streamlit(c.proto) for c in theirs.get("echarts_chart")]
    got = [_stbundle(c.proto) for c in ours.get("echarts_chart")]
    assert len(got) == len(want)
    for index, (a, b) in enumerate(zip(got, want, strict=True)):
        assert a == b, f"chart {index}"
