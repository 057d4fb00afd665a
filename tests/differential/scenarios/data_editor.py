"""Differential scenarios for st.data_editor: edit states seeded through AppTest's session_state
(as Streamlit 1.67's AppTest documents it) and the edited data the script gets back, for plain
Python and pandas inputs, column configs, callbacks and Streamlit's errors."""

from __future__ import annotations

from typing import Any

from tests.differential.scenario import Scenario, Step


def _seed(key: str, state: dict[str, Any]) -> Step:
    def step(at: Any) -> Any:
        at.session_state[key] = state
        return at.run()

    return step


PLAIN = Scenario(
    name="data_editor_plain_records",
    script="""
import streamlit as st

data = [{"name": "a", "n": 1, "ok": True}, {"name": "b", "n": 2, "ok": False}]
out = st.data_editor(data, key="ed", num_rows="dynamic")
st.write(repr(out))
st.write(repr(st.session_state.ed))
st.write(type(st.session_state.ed).__name__)
""",
    steps=[
        _seed(
            "ed",
            {
                "edited_rows": {"0": {"n": 5, "ok": False}},
                "added_rows": [{"name": "c", "n": 7, "ok": True}],
                "deleted_rows": [1],
            },
        ),
        # A value of the wrong type is not stored (the cell is empty), and the run goes on.
        _seed("ed", {"edited_rows": {0: {"n": "bad"}}, "added_rows": [], "deleted_rows": []}),
        _seed("ed", {"edited_rows": {1: {"name": "z"}}}),
    ],
)

SHAPES = Scenario(
    name="data_editor_plain_shapes",
    script="""
import datetime as dt
import streamlit as st

st.write(repr(st.data_editor([1, 2, 3], key="values")))
st.write(repr(st.data_editor((1.5, 2.5), key="tuple")))
st.write(repr(st.data_editor({"a": [1, 2], "b": ["x", "y"]}, key="columns")))
st.write(repr(st.data_editor({"x": 1, "y": 2}, key="kv")))
st.write(repr(st.data_editor([[1, "p"], [2, "q"]], key="rows")))
st.write(repr(st.data_editor({"c": {"r1": 1, "r2": 2}}, key="nested")))
st.write(repr(st.data_editor([dt.date(2024, 1, 1)], key="dates")))
st.write(repr(st.data_editor(["a", "b"], key="text", num_rows="add")))
# (durations and datetimes come back as Python's types: Streamlit's pandas round trip gives
# pandas' subclasses of them, which print differently)
st.write(repr(st.data_editor({"tags": [["a"], ["b", "c"]]}, key="lists")))
""",
    steps=[
        _seed("values", {"edited_rows": {"1": {"value": 20}}}),
        _seed("tuple", {"edited_rows": {"0": {"value": 3}}, "deleted_rows": [1]}),
        _seed("columns", {"edited_rows": {"1": {"b": "z"}}, "added_rows": [{"a": 3}]}),
        _seed("kv", {"edited_rows": {"0": {"value": 10, "_index": "w"}}}),
        _seed("kv", {"added_rows": [{"_index": "n", "value": 4}, {"_index": "x", "value": 9}]}),
        _seed("rows", {"edited_rows": {"0": {"1": "P"}}}),
        _seed("nested", {"edited_rows": {"1": {"c": 20}}}),
        _seed("dates", {"edited_rows": {"0": {"value": "2024-02-03"}}}),
        _seed("text", {"added_rows": [{"value": "c"}, {}]}),
        _seed("lists", {"edited_rows": {"0": {"tags": ["x", "y"]}, "1": {"tags": "z"}}}),
    ],
)

PANDAS = Scenario(
    name="data_editor_pandas",
    script="""
import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame(
    {"i": [1, 2, 3], "f": [0.5, 1.5, 2.5], "b": [True, False, True], "s": ["u", "v", "w"]},
    index=pd.Index(["x", "y", "z"], name="key"),
)
edited = st.data_editor(df, key="df", num_rows="dynamic")
st.write(edited)
st.write(str(edited.dtypes.to_dict()))
ranged = st.data_editor(pd.DataFrame({"v": [10, 20]}), key="ranged", num_rows="dynamic")
# (a RangeIndex not starting at 0 reads back as an Index from st.dataframe's wire: shown apart)
st.write(repr(ranged.index), ranged.reset_index(drop=True))
series = st.data_editor(pd.Series([1.0, 2.0], name="s"), key="series")
st.write(repr(series.tolist()), type(series).__name__)
matrix = st.data_editor(np.array([[1, 2], [3, 4]]), key="np")
st.write(repr(matrix.tolist()), type(matrix).__name__)
times = pd.DataFrame(
    {
        "t": pd.to_datetime(["2024-01-01 10:00", "2024-01-02 11:30"]),
        "d": pd.to_timedelta([5, 10], unit="s"),
        "day": [pd.Timestamp("2024-01-01").date(), pd.Timestamp("2024-01-02").date()],
    }
)
st.write(repr(st.data_editor(times, key="times").to_dict("list")))
zoned = pd.DataFrame({"at": pd.to_datetime(["2024-01-01 10:00"]).tz_localize("Europe/Paris")})
st.write(repr(st.data_editor(zoned, key="zoned", num_rows="dynamic")["at"].tolist()))
import pyarrow as pa
table = st.data_editor(pa.table({"a": [1, 2], "b": ["x", "y"]}), key="arrow")
st.write(type(table).__name__, repr(table.to_pydict()))
""",
    steps=[
        _seed("df", {"edited_rows": {"0": {"i": 10, "b": False, "s": "U"}}}),
        _seed(
            "df",
            {
                "edited_rows": {"1": {"f": 9.25}},
                "added_rows": [{"_index": "q", "i": 4, "f": 0.0, "b": True, "s": "new"}],
                "deleted_rows": [2],
            },
        ),
        _seed("ranged", {"added_rows": [{"v": 30}, {"v": 40}], "deleted_rows": [0]}),
        _seed("series", {"edited_rows": {"1": {"s": 7.5}}}),
        _seed("np", {"edited_rows": {"0": {"1": 9}}}),
        _seed("arrow", {"edited_rows": {"1": {"a": 5, "b": "z"}}}),
        _seed(
            "zoned",
            {
                "edited_rows": {"0": {"at": "2024-06-01T08:30:00+02:00"}},
                "added_rows": [{"at": "2024-07-01T09:00:00+02:00"}],
            },
        ),
        _seed(
            "times",
            {"edited_rows": {"0": {"t": "2024-05-06T07:08:09", "d": 90, "day": "2024-03-04"}}},
        ),
    ],
)

CONFIG = Scenario(
    name="data_editor_config_and_callbacks",
    script="""
import streamlit as st

st.session_state.setdefault("calls", [])

def changed(tag, extra=None):
    st.session_state.calls.append((tag, extra, dict(st.session_state.cfg)))

data = {"item": ["pen", "cup"], "qty": [1, 2], "done": [False, True], "kind": ["a", "b"]}
out = st.data_editor(
    data,
    key="cfg",
    column_config={
        "qty": st.column_config.NumberColumn("Quantity", min_value=0, max_value=10, step=1),
        "done": st.column_config.CheckboxColumn("Done?"),
        "kind": st.column_config.SelectboxColumn(options=["a", "b", "c"]),
        "item": "Item",
    },
    disabled=["item"],
    hide_index=False,
    column_order=["item", "qty", "done"],
    on_change=changed,
    args=("edit",),
    kwargs={"extra": 1},
)
st.write(repr(out))
st.write(repr(st.session_state.calls))
st.data_editor([1, 2], disabled=True, key="locked")
st.dataframe([1, 2])
""",
    steps=[
        _seed("cfg", {"edited_rows": {"0": {"done": True, "qty": 3, "kind": "c"}}}),
    ],
)

ERRORS = Scenario(
    name="data_editor_errors",
    script="""
import pandas as pd
import streamlit as st

for make in (
    lambda: st.data_editor({"a": ["x"]}, column_config={"a": st.column_config.CheckboxColumn()}),
    lambda: st.data_editor(pd.DataFrame([[1, 2]], columns=["a", "a"])),
    lambda: st.data_editor({"_index": [1]}),
    lambda: st.data_editor([1], num_rows="many"),
    lambda: st.data_editor(pd.DataFrame({"a": [1]}, index=pd.MultiIndex.from_tuples([(1, 2)]))),
):
    try:
        make()
    except Exception as err:
        st.write(type(err).__name__, str(err))
st.data_editor([1, 2], key="e")
st.session_state.e = {}
""",
)

INDEX_TYPES = Scenario(
    name="data_editor_index_types",
    script="""
import pandas as pd
import streamlit as st

for i, values in enumerate(
    (
        pd.array([-5, 1, 2], dtype="Int64"),
        pd.array([-5, 1, None], dtype="Int64"),
        pd.array([1, None, 3], dtype="UInt8"),
        pd.array([True, None, False], dtype="boolean"),
        pd.array([1.5, None, 2.0], dtype="Float64"),
        pd.array(["a", None, "c"], dtype="string"),
    )
):
    df = pd.DataFrame({"f": [1.0, 2.0, 3.0]}, index=pd.Index(values, name="k"))
    st.dataframe(df)
    st.write(repr(st.data_editor(df, key=f"e{i}")["f"].tolist()))
""",
    steps=[_seed("e1", {"edited_rows": {"0": {"f": 9.5}}})],
)

VALUES_READ_BACK = Scenario(
    name="data_editor_and_dataframe_values_read_back",
    script="""
import numpy as np
import pandas as pd
import streamlit as st

inputs = (
    pd.Series([1, 2]),
    pd.Index(["a", "b"]),
    np.array([[1], [2]]),
    {"name": [], "type": []},
    {},
    [],
    pd.DataFrame({"b": pd.Series([True, False, None], dtype=object), "o": ["x", None, "z"]}),
    [{"b": True}, {"b": None}],
)
for i, data in enumerate(inputs):
    st.dataframe(data, key=f"d{i}")
    st.data_editor(data, key=f"e{i}")
""",
)

# Added rows a column cannot hold as it is (a zone's timestamps given another offset, a missing
# boolean or integer, a new category, an integer out of a small type's range, a finer time unit,
# an empty frame; and a categorical index): the values and dtypes are Streamlit 1.67's, reached
# without pandas' deprecated silent upcast (which pandas 4 turns into an error).
ADDED_ROW_DTYPES = Scenario(
    name="data_editor_pandas_added_row_dtypes",
    script="""
import numpy as np
import pandas as pd
import streamlit as st

def show(df, key):
    out = st.data_editor(df, key=key, num_rows="dynamic")
    st.text(repr(out.to_dict("list")))
    st.text(str(out.dtypes.to_dict()))
    st.text(repr(out.index))

zone = pd.to_datetime(["2024-01-01 10:00"]).tz_localize("Europe/Paris")
show(pd.DataFrame({"at": zone}), "zoned")
show(pd.DataFrame({"i": [1], "b": [True], "f": [0.5], "s": ["u"]}), "missing")
show(pd.DataFrame({"c": pd.Categorical(["a", "b"])}), "category")
show(
    pd.DataFrame({"small": np.array([1], dtype="int8"), "unsigned": np.array([1], dtype="uint8")}),
    "ranges",
)
show(
    pd.DataFrame(
        {
            "t": pd.Series(pd.to_datetime(["2024-01-01"])).astype("datetime64[s]"),
            "d": pd.Series(pd.to_timedelta([5], unit="s")).astype("timedelta64[s]"),
            "f32": np.array([1.5], dtype="float32"),
        }
    ),
    "units",
)
show(
    pd.DataFrame(
        {
            "i": pd.Series([], dtype="int64"),
            "b": pd.Series([], dtype="bool"),
            "f": pd.Series([], dtype="float64"),
            "s": pd.Series([], dtype="str"),
        }
    ),
    "empty",
)
show(
    pd.DataFrame(
        {
            "n": pd.array([1, None], dtype="Int64"),
            "yes": pd.array([True, None], dtype="boolean"),
            "text": pd.array(["x", None], dtype="string"),
            "k": [1, 2],
        }
    ),
    "nullable",
)
show(pd.DataFrame({"v": [1, 2]}, index=pd.Index(["x", "y"], name="key")), "labelled")
show(pd.DataFrame({"v": [1]}, index=pd.CategoricalIndex(["a"], name="key")), "category_index")
""",
    steps=[
        _seed(
            "zoned",
            {
                "added_rows": [
                    {"at": "2024-07-01T09:00:00+02:00"},
                    {"at": "2024-08-01T09:00:00+02:00"},
                    {},
                ]
            },
        ),
        _seed("missing", {"added_rows": [{"i": 2}, {"b": False}, {"f": 1.0, "s": "w"}]}),
        _seed("category", {"added_rows": [{"c": "a"}, {"c": "z"}, {}]}),
        _seed(
            "ranges",
            {"added_rows": [{"small": 5, "unsigned": 7}, {"small": 1000}, {"unsigned": -1}]},
        ),
        _seed(
            "units",
            {
                "added_rows": [
                    {"t": "2024-01-02T00:00:00", "d": 2, "f32": 0.1},
                    {"t": "2024-01-02T03:04:05.123", "d": 0.5, "f32": 1e300},
                ],
                "edited_rows": {"0": {"d": 1e-7}},
            },
        ),
        _seed("empty", {"added_rows": [{"s": "x"}, {"i": 3, "b": True, "f": 2.5}]}),
        _seed("nullable", {"added_rows": [{"k": 2}, {"n": 5, "yes": False, "text": "y", "k": 3}]}),
        _seed("labelled", {"added_rows": [{"_index": "q"}, {"_index": "r", "v": 4}]}),
        _seed("category_index", {"added_rows": [{"_index": "b", "v": 2}, {"_index": "a", "v": 3}]}),
    ],
)

SCENARIOS = [
    PLAIN,
    SHAPES,
    PANDAS,
    ADDED_ROW_DTYPES,
    CONFIG,
    ERRORS,
    INDEX_TYPES,
    VALUES_READ_BACK,
]
