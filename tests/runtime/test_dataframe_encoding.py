"""The columnar wire encoding (runtime_py/dataframes): inputs as Streamlit accepts them, typed
columns with nulls, back to the DataFrames Streamlit's AppTest shows, no pandas for plain data."""

from __future__ import annotations

import datetime as dt
import decimal
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.columns import pack_bits, unpack_bits
from stbundle.runtime_py.dataframes.convert import DataConversionError, to_frame
from stbundle.runtime_py.dataframes.packing import (
    int_width,
    pack_ints,
    pack_text,
    unpack_floats,
    unpack_ints,
    unpack_text,
)
from stbundle.runtime_py.dataframes.to_pandas import to_dataframe

Kind = pb.FrameColumn.Kind


def roundtrip(data: object) -> pd.DataFrame:
    frame = pb.Frame.FromString(to_frame(data).SerializeToString())
    return to_dataframe(frame)


def test_fixed_width_packing_takes_the_narrowest_width() -> None:
    assert [int_width(lo, hi) for lo, hi in [(0, 127), (-129, 0), (0, 40_000), (0, 2**40)]] == [
        1,
        2,
        4,
        8,
    ]
    data, width = pack_ints([1, -2, 300])
    assert (width, len(data), unpack_ints(data, width)) == (2, 6, [1, -2, 300])
    text, ends = pack_text(["a", "", "é€"])
    assert (text, unpack_text(text, ends)) == ("aé€".encode(), ["a", "", "é€"])


def test_bits_round_trip() -> None:
    flags = [True, False, False, True, True, False, False, False, True]
    assert pack_bits(flags) == bytes([0b00011001, 0b1])
    assert unpack_bits(pack_bits(flags), 9) == flags


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([1, 2, 3], pd.DataFrame({"value": [1, 2, 3]})),
        ({"a": [1, 2], "b": ["x", "y"]}, pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})),
        (
            [{"a": 1, "b": "x"}, {"a": 2, "c": 3.5}],
            pd.DataFrame([{"a": 1, "b": "x"}, {"a": 2, "c": 3.5}]),
        ),
        ({"a": 1, "b": 2}, pd.DataFrame({"value": [1, 2]}, index=["a", "b"])),
        ((1, 2), pd.DataFrame({"value": [1, 2]})),
        ([[1, 2], [3, 4]], pd.DataFrame([[1, 2], [3, 4]])),
        ([1, None, 2.5], pd.DataFrame({"value": [1.0, None, 2.5]})),
        (["a", None], pd.DataFrame({"value": ["a", None]})),
        ({"a": [True, False]}, pd.DataFrame({"a": [True, False]})),
        ([dt.date(2024, 1, 2)], pd.DataFrame({"value": [dt.date(2024, 1, 2)]})),
        ([dt.time(1, 2, 3, 4)], pd.DataFrame({"value": [dt.time(1, 2, 3, 4)]})),
        ([decimal.Decimal("1.10")], pd.DataFrame({"value": [decimal.Decimal("1.10")]})),
        ({"a": [[1, 2], [3]]}, pd.DataFrame({"a": [[1, 2], [3]]})),
        (
            [dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC)],
            pd.DataFrame({"value": pd.to_datetime(["2024-01-01 12:00"]).tz_localize("UTC")}),
        ),
    ],
)
def test_plain_python_inputs_shape_like_pandas(data: object, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(roundtrip(data), expected, check_index_type=False)


def test_set_becomes_one_column() -> None:
    assert sorted(roundtrip({3, 4})["value"].tolist()) == [3, 4]


def test_pandas_types_round_trip() -> None:
    df = pd.DataFrame(
        {
            "i": np.arange(4, dtype=np.int32),
            "f": [0.5, np.nan, 2.0, -1.0],
            "b": [True, False, True, True],
            "s": ["a", "b", None, "a"],
            "t": pd.date_range("2024-01-01", periods=4, tz="Europe/Paris"),
            "d": pd.to_timedelta([1, 2, 3, 4], unit="s"),
            "c": pd.Categorical(["u", "v", "u", None]),
            "n": pd.array([1, None, 3, 4], dtype="Int64"),
        },
        index=pd.Index(["w", "x", "y", "z"], name="key"),
    )
    pd.testing.assert_frame_equal(roundtrip(df), df)


def test_strings_with_repeats_are_dictionary_encoded() -> None:
    frame = to_frame(pd.DataFrame({"s": ["north", "south"] * 50}))
    col = frame.columns[0]
    assert list(col.categories) == ["north", "south"]
    assert (col.int_width, len(col.ints)) == (1, 100)  # one byte per code
    assert not col.text


def test_series_index_numpy_multiindex() -> None:
    pd.testing.assert_frame_equal(roundtrip(pd.Series([1.5], name="z")), pd.DataFrame({"z": [1.5]}))
    pd.testing.assert_frame_equal(
        roundtrip(pd.Index(["a", "b"])),
        pd.DataFrame({0: ["a", "b"]}),  # Streamlit's column 0
    )
    pd.testing.assert_frame_equal(
        roundtrip(np.array([[1, 2], [3, 4]])), pd.DataFrame([[1, 2], [3, 4]])
    )
    multi = pd.DataFrame({"v": [1, 2]}, index=pd.MultiIndex.from_tuples([("a", 1), ("b", 2)]))
    pd.testing.assert_frame_equal(roundtrip(multi), multi)


def test_styler_sends_values_and_formatted_text() -> None:
    styler = pd.DataFrame({"p": [0.5, 0.25]}).style.format("{:.0%}")
    frame = to_frame(styler)
    assert unpack_floats(frame.columns[0].floats) == [0.5, 0.25]
    assert list(frame.columns[0].display) == ["50%", "25%"]


def test_unsupported_input_names_the_type_and_what_is_accepted() -> None:
    class Foo:
        pass

    with pytest.raises(DataConversionError) as err:
        to_frame(Foo())
    text = str(err.value)
    assert (
        "Unable to convert object of type `<class" in text
        and "Foo'>` to `pandas.DataFrame`" in text
    )
    assert "list of dicts" in text and "pandas DataFrame" in text


def test_row_limit_cuts_and_keeps_the_total() -> None:
    frame = to_frame(pd.DataFrame({"a": np.arange(1000)}), row_limit=10)
    assert frame.rows == 10 and frame.total_rows == 1000 and len(frame.columns[0].ints) == 10 * 1
    frame = to_frame(list(range(1000)), row_limit=10)
    assert frame.rows == 10 and frame.total_rows == 1000


def test_plain_data_needs_no_pandas_or_numpy() -> None:
    code = (
        "import sys\n"
        "from stbundle.runtime_py.dataframes.convert import to_frame\n"
        "f = to_frame([{'a': 1, 'b': 'x'}, {'a': 2, 'b': None}])\n"
        "from stbundle.runtime_py.dataframes.packing import unpack_text\n"
        "assert unpack_text(f.columns[1].text, f.columns[1].text_ends) == ['x', '']\n"
        "print(sorted(m for m in ('pandas', 'numpy', 'pyarrow') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
