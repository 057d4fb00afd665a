"""The charts' Vega-Lite specs and data, compared with Streamlit 1.67's for the same calls.

Each chart of each chart scenario is read from both AppTests (`at.get("vega_lite_chart")`: a
node with the spec, as Streamlit's AppTest gives it) and normalised: dataset names (content
hashes of different encodings, Arrow there and JSON columns here) become their order of
appearance, and each dataset becomes its rows with dates as epoch milliseconds and NaN as null.
The specs must then be equal: mark, encodings (fields, types, titles, axes, scales, legends,
tooltips, stacking, sorting, offsets), hover layers, parameters, size and autosize.
"""

from __future__ import annotations

import datetime
import io
import json
import logging
import math
import re
from collections.abc import Iterator
from typing import Any

import pytest
from stbundle.runtime_py.charts.kinds import json_value
from streamlit.testing.v1 import AppTest as StreamlitAppTest

from stbundle.testing import AppTest as StbundleAppTest
from tests.differential.scenario import Scenario
from tests.differential.scenarios.charts import GRAPHVIZ, MAPS, PLOTLY, SCENARIOS


@pytest.fixture(autouse=True)
def quiet_streamlit() -> Iterator[None]:
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        return json_value(value)
    return value


def _arrow_rows(data: bytes) -> list[dict[str, Any]]:
    import pyarrow as pa

    table = pa.ipc.open_stream(io.BytesIO(data)).read_all()
    rows = table.to_pylist()
    return [
        {k: _clean(v) for k, v in row.items() if not k.startswith("__index_level_")} for row in rows
    ]


def _json_rows(columns: str) -> list[dict[str, Any]]:
    payload = json.loads(columns)
    fields, values = payload["fields"], payload["values"]
    count = len(values[0]) if values else 0
    return [{f: _clean(values[c][i]) for c, f in enumerate(fields)} for i in range(count)]


def _normalise(spec_text: str, datasets: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    names = [n for n in dict.fromkeys(re.findall(r'"name": "([0-9a-f]{32})"', spec_text))]
    names += [n for n in datasets if n not in names]
    for i, name in enumerate(names):
        spec_text = spec_text.replace(f'"{name}"', f'"dataset {i}"')
    spec = json.loads(spec_text)
    spec["datasets (rows)"] = {
        f"dataset {names.index(n)}" if n in names else n: rows for n, rows in datasets.items()
    }
    return spec


def _streamlit_chart(node: Any) -> dict[str, Any]:
    proto = node.proto
    datasets = {d.name: _arrow_rows(d.data.data) for d in proto.datasets}
    spec = json.loads(proto.spec)
    if proto.HasField("data"):
        # The main data travels unnamed beside Streamlit's spec; stbundle names it.
        name = "0" * 32
        datasets[name] = _arrow_rows(proto.data.data)
        spec["data"] = {"name": name}
    extra = {
        "alt": proto.alt,
        "theme": proto.theme,
        "use_container_width": proto.use_container_width,
    }
    return {**_normalise(json.dumps(spec), datasets), **extra}


def _stbundle_chart(node: Any) -> dict[str, Any]:
    proto = node.proto
    datasets = {d.name: _json_rows(d.columns) for d in proto.datasets}
    extra = {
        "alt": proto.alt,
        "theme": proto.theme,
        "use_container_width": proto.use_container_width,
    }
    return {**_normalise(proto.spec, datasets), **extra}


def _charts(app_test: Any, scenario: Scenario, read: Any) -> list[list[dict[str, Any]]]:
    at = app_test.from_string(scenario.script, default_timeout=60).run()
    runs = [[read(n) for n in at.get("vega_lite_chart")]]
    for step in scenario.steps:
        step(at)
        runs.append([read(n) for n in at.get("vega_lite_chart")])
    return runs


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if key not in a or key not in b:
                return f"{path}/{key}: only in {'stbundle' if key in a else 'streamlit'}"
            found = _first_difference(a[key], b[key], f"{path}/{key}")
            if found:
                return found
        return ""
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = _first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return ""
    return (
        ""
        if a == b
        else f"{path}: stbundle {json.dumps(a)[:300]} != streamlit {json.dumps(b)[:300]}"
    )


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_chart_specs_match_streamlit(scenario: Scenario) -> None:
    expected = _charts(StreamlitAppTest, scenario, _streamlit_chart)
    actual = _charts(StbundleAppTest, scenario, _stbundle_chart)
    for step, (want, got) in enumerate(zip(expected, actual, strict=True)):
        assert len(got) == len(want), f"step {step}: {len(got)} charts, Streamlit has {len(want)}"
        for index, (ours, theirs) in enumerate(zip(got, want, strict=True)):
            assert ours == theirs, f"step {step}, chart {index}: {_first_difference(ours, theirs)}"


def _graphs(app_test: Any) -> list[tuple[Any, ...]]:
    at = app_test.from_string(GRAPHVIZ.script, default_timeout=60).run()
    return [(g.spec, g.engine, g.alt, g.value) for g in at.get("graphviz_chart")]


def test_graphviz_charts_match_streamlit() -> None:
    assert _graphs(StbundleAppTest) == _graphs(StreamlitAppTest)


def _plotly_charts(app_test: Any) -> list[tuple[Any, ...]]:
    at = app_test.from_string(PLOTLY.script, default_timeout=60).run()
    return [
        (json.loads(c.spec), json.loads(c.config), c.theme, c.alt) for c in at.get("plotly_chart")
    ]


def test_plotly_charts_match_streamlit() -> None:
    assert _plotly_charts(StbundleAppTest) == _plotly_charts(StreamlitAppTest)


def _maps(app_test: Any) -> list[tuple[Any, ...]]:
    at = app_test.from_string(MAPS.script, default_timeout=60).run()
    return [(json.loads(m.json), m.tooltip, m.alt) for m in at.get("deck_gl_json_chart")]


def test_map_scenes_match_streamlit() -> None:
    assert _maps(StbundleAppTest) == _maps(StreamlitAppTest)
