"""The chart commands' runtime: plain-Python data needs neither pandas nor altair, column kinds
are read as pandas reads them, values are carried as the renderer reads them, and specs keep
their data out of the spec text (tests/differential/test_charts.py compares whole specs with
Streamlit's)."""

from __future__ import annotations

import datetime
import json
import math
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
from stbundle.runtime_py.charts.kinds import infer_kind, json_value

from stbundle.testing import AppTest


def test_plain_data_charts_import_neither_pandas_nor_altair() -> None:
    code = (
        "import sys\n"
        "from stbundle.testing import AppTest\n"
        "script = '''\n"
        "import streamlit as st\n"
        "st.line_chart({'a': [1, 2, 3], 'b': [3, 1, 2]})\n"
        "st.area_chart([1, 4, 2])\n"
        "st.bar_chart([{'k': 'x', 'v': 1}, {'k': 'y', 'v': 2}], x='k', horizontal=True)\n"
        "st.scatter_chart([[1, 2], [2, 3]], x=None, size=30)\n"
        "st.vega_lite_chart({'a': [1]}, {'mark': 'point'})\n"
        "'''\n"
        "at = AppTest.from_string(script).run()\n"
        "assert not at.exception, at.exception\n"
        "assert len(at.get('vega_lite_chart')) == 5\n"
        "print(sorted(m for m in ('pandas', 'numpy', 'pyarrow', 'altair') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


KIND_SAMPLES: list[list[Any]] = [
    [1, 2, 3],
    [1.5, 2.0],
    [1, 2.5],
    [1, "a"],
    ["a", None, "b"],
    [True, False, None],
    [True, 1],
    [datetime.date(2024, 1, 1), None],
    [datetime.datetime(2024, 1, 1, 12)],
    [datetime.time(1, 2)],
    [datetime.timedelta(seconds=3)],
    [Decimal("1.5")],
    [b"x", b"y"],
    ["a", 1.5],
    [None, None],
    [float("nan"), 2.0],
    [complex(1, 2)],
    [[1], [2]],
]


@pytest.mark.parametrize("values", KIND_SAMPLES, ids=repr)
def test_kinds_match_pandas_infer_dtype(values: list[Any]) -> None:
    from pandas.api.types import infer_dtype

    assert infer_kind(values) == infer_dtype(values, skipna=True)


def test_json_values_are_what_vega_reads() -> None:
    assert json_value(datetime.datetime(1970, 1, 2)) == 86_400_000  # naive: read as UTC
    utc_plus_one = datetime.timezone(datetime.timedelta(hours=1))
    assert json_value(datetime.datetime(1970, 1, 1, 1, tzinfo=utc_plus_one)) == 0
    assert json_value(datetime.date(1970, 1, 3)) == 2 * 86_400_000
    assert json_value(datetime.timedelta(seconds=2)) == 2000
    assert json_value(float("nan")) is None and json_value(math.inf) is None
    assert json_value(Decimal("2.5")) == 2.5
    assert json_value(ValueError("odd")) == "odd"  # anything else: its text


def _chart(script: str) -> Any:
    at = AppTest.from_string(script).run()
    assert not at.exception, at.exception
    return at.get("vega_lite_chart")[0]


def test_data_travels_beside_the_spec_as_named_columns() -> None:
    chart = _chart("import streamlit as st\nst.line_chart({'a': [1, 2], 'b': [3.5, None]})")
    spec = json.loads(chart.spec)
    (dataset,) = chart.datasets
    assert spec["data"] == {"name": dataset.name}
    assert "3.5" not in chart.spec  # the values are not in the spec text
    payload = json.loads(dataset.columns)
    assert payload["fields"] == [
        "index -- streamlit-generated",
        "color -- streamlit-generated",
        "value -- streamlit-generated",
    ]
    assert payload["values"][2] == [1, 2, 3.5, None]
    assert chart.alt == "" and chart.theme == "streamlit"


def test_same_data_same_message_and_changed_data_a_new_dataset() -> None:
    script = "import streamlit as st\nst.bar_chart({'v': [1, 2]})\nst.bar_chart({'v': [1, 2]})"
    at = AppTest.from_string(script).run()
    first, second = at.get("vega_lite_chart")
    assert first.proto == second.proto
    other = _chart("import streamlit as st\nst.bar_chart({'v': [1, 3]})")
    assert other.datasets[0].name != first.datasets[0].name


def test_geojson_stays_in_the_spec_and_alt_text_is_stripped() -> None:
    chart = _chart(
        "import streamlit as st\n"
        "geo = {'type': 'FeatureCollection', 'features': []}\n"
        "st.vega_lite_chart({'data': {'values': geo}, 'mark': 'geoshape'}, alt='  A map ')"
    )
    assert json.loads(chart.spec)["data"]["values"]["type"] == "FeatureCollection"
    assert len(chart.datasets) == 0
    assert chart.alt == "A map"


def test_a_chart_with_on_select_is_a_widget_returning_the_selection() -> None:
    script = (
        "import streamlit as st\n"
        "spec = {'mark': 'point', 'params': [{'name': 'p', 'select': 'point'}]}\n"
        "event = st.vega_lite_chart({'a': [1]}, spec, on_select='rerun', key='c')\n"
        "st.text(repr(event.selection.p))\n"
    )
    at = AppTest.from_string(script).run()
    chart = at.get("vega_lite_chart")[0]
    assert chart.common.id == chart.id and chart.id.endswith("-c")
    assert list(chart.selection_mode) == ["p"]
    assert at.text[0].value == "{}"
    assert at.session_state["c"] == {"selection": {"p": {}}}


def test_pyplot_shows_the_figure_as_streamlit_saves_it() -> None:
    at = AppTest.from_string(
        "import matplotlib.pyplot as plt\n"
        "import streamlit as st\n"
        "fig, ax = plt.subplots()\n"
        "ax.plot([1, 2, 3], [3, 1, 2])\n"
        "st.pyplot(fig, alt=' Three points ', clear_figure=True)\n"
        "st.text(f'axes left: {len(fig.axes)}')\n"
        "st.pyplot(fig, alt='', format='svg')\n",
        default_timeout=30,  # importing matplotlib takes seconds on a loaded machine
    ).run()
    assert not at.exception, at.exception
    png, svg = at.get("pyplot")
    assert png.url.startswith("data:image/png;base64,")
    assert png.alt == "Three points" and not png.decorative
    assert at.text[0].value == "axes left: 0"  # clear_figure cleared it after drawing
    assert svg.url.startswith("data:image/svg+xml;base64,") and svg.decorative
