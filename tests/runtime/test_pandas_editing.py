"""st.data_editor's edits to pandas input: a row a column cannot hold as it is widens that
column explicitly, with no pandas deprecation (pandas 4 refuses the silent upcast pandas 3
still does with a Pandas4Warning). The dtypes expected here are Streamlit 1.67's for the same
edits (the differential scenario data_editor_pandas_added_row_dtypes compares them with it)."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pandas as pd
import pytest
from stbundle.runtime_py.dataframes import pandas_editing


def _edited(df: Any, state: dict[str, Any]) -> Any:
    df = pandas_editing.prepare(df)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return pandas_editing.apply_edits(df, state, pandas_editing.kinds(df))


def _zoned(*texts: str) -> Any:
    return pd.to_datetime(list(texts)).tz_localize("Europe/Paris")


@pytest.mark.parametrize(
    ("df", "added", "dtypes"),
    [
        # another offset than the column's zone: the column holds timestamps as objects
        (
            pd.DataFrame({"at": _zoned("2024-01-01 10:00")}),
            [{"at": "2024-07-01T09:00:00+02:00"}],
            {"at": "object"},
        ),
        # a wall-clock time is taken in the column's zone (the grid shows it there)
        (
            pd.DataFrame({"at": _zoned("2024-01-01 10:00")}),
            [{"at": "2024-07-01T09:00:00"}],
            {"at": "datetime64[us, Europe/Paris]"},
        ),
        # a missing integer makes floats, a missing boolean objects; others hold a gap
        (
            pd.DataFrame({"i": [1], "b": [True], "f": [0.5], "n": [1]}),
            [{"n": 2}],
            {"i": "float64", "b": "object", "f": "float64", "n": "int64"},
        ),
        (
            pd.DataFrame({"c": pd.Categorical(["a", "b"])}),
            [{"c": "a"}, {"c": "z"}],
            {"c": "str"},
        ),
        (
            pd.DataFrame({"s": np.array([1], "int8"), "u": np.array([1], "uint8")}),
            [{"s": 5, "u": 7}, {"s": 1000, "u": -1}],
            {"s": "int64", "u": "int64"},
        ),
        (
            pd.DataFrame(
                {
                    "t": pd.Series(pd.to_datetime(["2024-01-01"])).astype("datetime64[s]"),
                    "d": pd.Series(pd.to_timedelta([5], unit="s")).astype("timedelta64[s]"),
                    "f": np.array([1.5], "float32"),
                }
            ),
            [{"t": "2024-01-02T03:04:05.123", "d": 0.5, "f": 0.1}],
            {"t": "datetime64[us]", "d": "timedelta64[ns]", "f": "float32"},
        ),
        (pd.DataFrame({"f": np.array([1.5], "float32")}), [{"f": 1e300}], {"f": "float64"}),
        # an empty frame's first row takes the row's own types
        (
            pd.DataFrame({"i": pd.Series([], dtype="int64"), "f": pd.Series([], dtype="float64")}),
            [{"i": 3}],
            {"i": "int64", "f": "object"},
        ),
        (
            pd.DataFrame({"n": pd.array([1], "Int64"), "b": pd.array([True], "boolean"), "k": [1]}),
            [{"k": 2}],
            {"n": "Int64", "b": "boolean", "k": "int64"},
        ),
    ],
    ids=[
        "other-offset",
        "wall-clock",
        "missing-values",
        "new-category",
        "out-of-range-ints",
        "finer-units",
        "float32-overflow",
        "empty-frame",
        "nullable-types",
    ],
)
def test_an_added_row_widens_only_the_columns_that_cannot_hold_it(
    df: Any, added: list[dict[str, Any]], dtypes: dict[str, str]
) -> None:
    out = _edited(df, {"added_rows": added})
    assert len(out) == len(df) + len(added)
    assert {k: str(v) for k, v in out.dtypes.items()} == dtypes


def test_the_new_values_are_kept_as_they_were_sent() -> None:
    df = pd.DataFrame({"at": _zoned("2024-01-01 10:00"), "b": [True], "c": pd.Categorical(["a"])})
    out = _edited(df, {"added_rows": [{"at": "2024-07-01T09:00:00+02:00", "c": "z"}]})
    assert out["at"].tolist() == [
        pd.Timestamp("2024-01-01 10:00", tz="Europe/Paris"),
        pd.Timestamp("2024-07-01T09:00:00+02:00"),
    ]
    assert out["b"].tolist() == [True, None]
    assert out["c"].tolist() == ["a", "z"]


def test_durations_in_seconds_are_read_to_the_nanosecond() -> None:
    df = pd.DataFrame({"d": pd.to_timedelta([5], unit="s").astype("timedelta64[ns]")})
    out = _edited(df, {"edited_rows": {"0": {"d": 1e-7}}, "added_rows": [{"d": 1.005}]})
    assert out["d"].tolist() == [pd.Timedelta(100, unit="ns"), pd.Timedelta(1_005_000_000)]


def test_a_categorical_index_takes_new_labels() -> None:
    df = pd.DataFrame({"v": [1]}, index=pd.CategoricalIndex(["a"], name="key"))
    out = _edited(df, {"added_rows": [{"_index": "b", "v": 2}, {"_index": "a", "v": 3}]})
    assert out.index.tolist() == ["a", "b"]
    assert out["v"].tolist() == [1, 2]
