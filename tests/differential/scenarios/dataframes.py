"""Differential scenarios for st.dataframe / st.table (issue 10): the tables AppTest reads back
as pandas DataFrames, from pandas and plain-Python inputs, st.write routing, selection state."""

from __future__ import annotations

from tests.differential.scenario import Scenario

PANDAS_INPUTS = Scenario(
    name="dataframe_pandas_inputs",
    script="""
import datetime as dt
import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame(
    {
        "i": np.arange(4, dtype=np.int32),
        "f": [0.5, np.nan, 2.0, -1.0],
        "b": [True, False, True, True],
        "s": ["a", "b", None, "a"],
        "t": pd.date_range("2024-01-01", periods=4, tz="UTC"),
        "c": pd.Categorical(["u", "v", "u", "v"]),
        "n": pd.array([1, None, 3, 4], dtype="Int64"),
    },
    index=pd.Index(["w", "x", "y", "z"], name="key"),
)
st.dataframe(df)
st.dataframe(df, hide_index=True, column_order=["s", "i"], width=300, height=200)
st.table(df[["i", "s"]])
st.dataframe(df["f"])
st.dataframe(np.array([[1.5, 2.5], [3.5, 4.5]]))
st.table(pd.DataFrame({"a": [1, 2]}, index=pd.MultiIndex.from_tuples([("x", 1), ("y", 2)])))
st.write(df.head(2))
st.dataframe(pd.DataFrame({"p": [0.5, 0.25]}).style.format("{:.0%}"))
st.dataframe(pd.DataFrame({"d": pd.to_timedelta([1, 2], unit="s")}), use_container_width=True)
""",
)

PLAIN_INPUTS = Scenario(
    name="dataframe_plain_python_inputs",
    script="""
import datetime as dt
import streamlit as st

st.dataframe([1, 2, 3])
st.dataframe({"a": [1, 2], "b": ["x", "y"]})
st.dataframe([{"a": 1, "b": "x"}, {"a": 2, "c": 3.5}])
st.dataframe({"a": 1, "b": 2})
st.dataframe((1, 2))
st.dataframe([[1, 2], [3, 4]])
st.dataframe([1, None, 2.5])
st.dataframe(["a", None])
st.table({"a": [True, False]})
st.dataframe([dt.date(2024, 1, 1)])
st.dataframe({"a": [[1, 2], [3]]})
st.dataframe([dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)])
st.dataframe({"type": {"x": "widget", "y": "element"}, "usage": {"y": 4.5, "z": 1.0}})
st.dataframe()
""",
)

SELECTION = Scenario(
    name="dataframe_selection_state",
    script="""
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
event = st.dataframe(df, on_select="rerun", key="table")
st.write(event)
st.write(event.selection.rows, type(event).__name__)
st.write(st.session_state.table)
other = st.dataframe(df, on_select="rerun", selection_mode=["multi-row", "single-column"])
st.write(other)
plain = st.dataframe(df)
st.write(type(plain).__name__)
for bad in ("single-row-x", ["single-row", "multi-row"], ["single-cell", "multi-cell"]):
    try:
        st.dataframe(df, on_select="rerun", selection_mode=bad)
    except Exception as exc:
        st.write(type(exc).__name__)
try:
    st.dataframe(df, on_select="yes")
except Exception as exc:
    st.write(type(exc).__name__)
try:
    st.session_state.table = {}
except Exception as exc:
    st.write(type(exc).__name__)
""",
)

UNSUPPORTED = Scenario(
    name="dataframe_unsupported_input",
    script="""
import streamlit as st

class Thing:
    pass

try:
    st.dataframe(Thing())
except Exception as exc:
    st.write(type(exc).__name__, str(exc).splitlines()[0])
""",
)

COLUMN_CONFIG = Scenario(
    name="dataframe_column_config_objects",
    script="""
import datetime as dt
import streamlit as st

cc = st.column_config
st.write(cc.Column("A", width="small", help="h", pinned=True))
st.write(cc.TextColumn("T", max_chars=5, validate="^a"))
st.write(cc.NumberColumn("Price", format="$%.2f", min_value=0, step=0.5))
st.write(cc.CheckboxColumn("C", default=True))
st.write(cc.SelectboxColumn("S", options=("a", "b")))
st.write(cc.MultiselectColumn("M", options=["x"], format_func=str.upper))
st.write(cc.ListColumn("L"), cc.LinkColumn("Link", display_text="Open"))
st.write(cc.MarkdownColumn("Md"), cc.JsonColumn("J"), cc.ImageColumn(), cc.AudioColumn())
st.write(cc.VideoColumn(), cc.ButtonColumn("B", type="primary"))
st.write(cc.DateColumn("D", min_value=dt.date(2024, 1, 1), format="DD.MM.YYYY", step=1))
st.write(cc.DatetimeColumn("Dt", max_value=dt.datetime(2024, 1, 2, 3, 4), timezone="UTC"))
st.write(cc.TimeColumn("Ti", step=dt.timedelta(minutes=15)))
st.write(cc.LineChartColumn("Lc", y_min=0), cc.BarChartColumn(), cc.AreaChartColumn())
st.write(cc.ProgressColumn("P", min_value=0, max_value=100, format="%d%%"))
st.write(cc.Column("x", width="huge"), cc.Column("y", width=-3))  # neither checks widths
""",
)

SCENARIOS = [PANDAS_INPUTS, PLAIN_INPUTS, SELECTION, UNSUPPORTED, COLUMN_CONFIG]
