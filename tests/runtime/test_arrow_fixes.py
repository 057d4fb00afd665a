"""Which columns Streamlit 1.67's Arrow path changes, predicted without pyarrow, and the data
editor's read-only text columns. pyarrow (installed in the dev environment) checks the
prediction: a column predicted to fail does fail, one predicted to pass converts."""

from __future__ import annotations

import datetime as dt
import decimal
import json
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
from stbundle.runtime_py.dataframes.arrow_fixes import arrow_fails, arrow_fix

from stbundle.testing import AppTest

COLUMNS: dict[str, list[Any]] = {
    "complex": [1 + 2j, 3 + 4j],
    "mixed_integer": [1, "2"],
    "frozenset": [frozenset({1}), frozenset({2})],
    "objects": [object(), object()],
    "mixed_scalars": [2.1, True],
    "dicts": [{"a": 1}, {"b": 2}],
    "lists": [[1], [2, 3]],
    "text": ["a", None],
    "dates": [dt.date(2024, 1, 1), None],
    "decimals": [decimal.Decimal("1.5"), None],
}


@pytest.mark.parametrize("name", list(COLUMNS))
def test_predicted_failure_matches_pyarrow(name: str) -> None:
    column = pd.Series(COLUMNS[name], dtype=object if name != "complex" else None)
    try:
        pa.Table.from_pandas(pd.DataFrame({"x": column}))
        fails = False
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        fails = True
    assert arrow_fails(column) is fails


def test_fixes_are_text_except_frozensets() -> None:
    assert arrow_fix(pd.Series([1 + 2j])) == "string"
    assert arrow_fix(pd.Series([1, "2"], dtype=object)) == "string"
    assert arrow_fix(pd.Series([{"a": 1}], dtype=object)) == "string"
    assert arrow_fix(pd.Series([frozenset({1})], dtype=object)) == "list"
    assert arrow_fix(pd.Series([[1], [2]], dtype=object)) is None
    assert arrow_fix(pd.period_range("2012", periods=2, freq="us").to_series()) == "string"
    assert arrow_fix(pd.Index([1, "b"])) == "string"


def test_data_editor_shows_incompatible_columns_as_read_only_text() -> None:
    at = AppTest.from_string(
        """
import pandas as pd
import streamlit as st

df = pd.DataFrame({"fs": [frozenset({1})], "d": [{"a": 1}], "n": [1]})
st.write(str(st.data_editor(df).dtypes.to_dict()))
"""
    ).run()
    config = json.loads(at.data_editor[0].proto.column_config)
    assert config["fs"]["disabled"] is True
    assert config["d"]["disabled"] is True
    assert "disabled" not in config.get("n", {})
    assert "'fs': <StringDtype" in at.markdown[0].value
