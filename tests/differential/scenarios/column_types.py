"""Differential scenarios for st.column_config's typed columns in st.dataframe: a table with every
column type renders the same under both AppTests (values untouched, no notice), and the config
objects with colours and options (MultiselectColumn's option dicts) match Streamlit's."""

from __future__ import annotations

from tests.differential.scenario import Scenario

EVERY_TYPE = Scenario(
    name="dataframe_every_column_type",
    script="""
import datetime as dt
import pandas as pd
import streamlit as st

cc = st.column_config
df = pd.DataFrame(
    {
        "url": ["https://roadmap.streamlit.app", "https://extras.streamlit.app"],
        "img": ["https://example.com/a.png", "data:image/png;base64,AAAA"],
        "done": [0.25, 0.9],
        "pct": [40, 100],
        "line": [[0, 5, 2], [3, 2, 1]],
        "bars": [[1, 2, 3], [3, 1]],
        "area": [[0.1, 0.5], [0.4, 0.4]],
        "tags": [["a", "b"], []],
        "pick": [["x"], ["x", "y"]],
        "ok": [True, False],
        "size": ["s", "l"],
        "note": ["**bold**", "`code`"],
        "meta": [{"k": 1}, {"k": 2}],
        "when": pd.to_datetime(["2024-02-05 12:30", "2023-11-10 18:00"]),
        "day": [dt.date(2024, 3, 1), dt.date(2021, 1, 2)],
        "at": [dt.time(9, 5), dt.time(21, 45)],
        "act": ["Run", "Stop"],
    }
)
st.dataframe(
    df,
    column_config={
        "url": cc.LinkColumn("App", display_text=r"https://(.*?)\\.streamlit\\.app", pinned=True),
        "img": cc.ImageColumn("Picture"),
        "done": cc.ProgressColumn("Done", format="percent"),
        "pct": cc.ProgressColumn("Pct", color="green"),
        "line": cc.LineChartColumn("Line", y_min=0, y_max=10, color="auto"),
        "bars": cc.BarChartColumn("Bars", color="#483d8b"),
        "area": cc.AreaChartColumn("Area", color="auto-inverse"),
        "tags": cc.ListColumn("Tags"),
        "pick": cc.MultiselectColumn("Pick", options=["x", "y"], color=["red", "blue"]),
        "ok": cc.CheckboxColumn("OK"),
        "size": cc.SelectboxColumn("Size", options=["s", "l"], format_func=str.upper),
        "note": cc.MarkdownColumn("Note"),
        "meta": cc.JsonColumn("Meta"),
        "when": cc.DatetimeColumn("When", format="D MMM YYYY, h:mm a"),
        "day": cc.DateColumn("Day", format="distance"),
        "at": cc.TimeColumn("At", format="hh:mm A"),
        "act": cc.ButtonColumn("Act", type="primary"),
    },
    hide_index=True,
)
st.write(cc.MultiselectColumn("M", options=["x", "y", "z"], color=["red", "blue"]))
st.write(cc.MultiselectColumn("M", options=["x"], color="primary", default=("x",)))
st.write(cc.MultiselectColumn("M", options=["x", "y"]))
""",
)

SCENARIOS = [EVERY_TYPE]

NULLS_AND_SETS = Scenario(
    name="dataframe_object_nulls_and_set_cells",
    script="""
import numpy as np
import pandas as pd
import streamlit as st

st.dataframe(pd.DataFrame({"empty": [None, pd.NA, pd.NaT, np.nan], "n": [1, 2, 3, 4]}))
st.dataframe(pd.DataFrame({"s": [{1, 2, 3}, {4}, set()], "l": [[1], [2, 3], []]}))
st.dataframe({"s": [{"a"}, {"b"}]})
""",
)

SCENARIOS.append(NULLS_AND_SETS)

ARROW_FIXES = Scenario(
    name="dataframe_columns_arrow_changes",
    script="""
import datetime as dt
import decimal
import pandas as pd
import streamlit as st

utc, est = dt.timezone.utc, dt.timezone(dt.timedelta(hours=-5))
st.dataframe(
    pd.DataFrame(
        {
            "complex": [1 + 2j, 3 + 4j],
            "period": pd.period_range("2012-02-14", periods=2, freq="us"),
            "mixed_integer": [1, "2"],
            "mixed": [2.1, True],
            "frozenset": [frozenset({1, 2}), frozenset({3})],
            "dicts": [{"a": 1}, {"b": 2}],
            "zones": [dt.datetime(2020, 1, 1, tzinfo=utc), dt.datetime(2020, 1, 2, tzinfo=est)],
            "naive_first": [dt.datetime(2020, 1, 1), dt.datetime(2020, 1, 2, tzinfo=est)],
            "aware_first": [dt.datetime(2020, 1, 2, tzinfo=est), dt.datetime(2020, 1, 1)],
            "decimal": [decimal.Decimal("1.1"), decimal.Decimal("-0.0386")],
        },
        index=pd.Index([1, "b"]),
    )
)
""",
)

SCENARIOS.append(ARROW_FIXES)

MULTIINDEX_COLUMNS = Scenario(
    name="dataframe_multiindex_columns",
    script="""
import pandas as pd
import streamlit as st

columns = pd.MultiIndex.from_tuples([("a", "b", "c"), ("a", "b", "d"), ("", "h", "i")])
st.dataframe(pd.DataFrame([[1.5, 2.5, 3.5], [4.5, 5.5, 6.5]], index=["A", "B"], columns=columns))
st.dataframe(pd.DataFrame({("x", "y"): [1, 2], ("x", "z"): ["p", "q"]}), hide_index=True)
""",
)

SCENARIOS.append(MULTIINDEX_COLUMNS)

INTERVALS_AND_DATETIME_LISTS = Scenario(
    name="dataframe_intervals_datetime_lists_and_editor_text_columns",
    script="""
import datetime as dt
import pandas as pd
import streamlit as st

st.dataframe(
    pd.DataFrame(
        {
            "both": pd.interval_range(0, 2, closed="both"),
            "right": pd.interval_range(0.5, 2.5),
            "time": pd.interval_range(pd.Timestamp("2022-03-14"), periods=2, freq="h"),
            "when": [[dt.datetime(2021, 10, 14, 14, 55, 42, 123000)], [dt.datetime(2018, 5, 9)]],
        }
    )
)
edited = st.data_editor(
    pd.DataFrame(
        {"fs": [frozenset({1, 2}), frozenset({3})], "d": [{"a": 1}, {"b": 2}], "n": [1, 2]}
    )
)
st.write(edited.dtypes.astype(str).to_dict())
""",
    steps=[lambda at: at.data_editor[0].run()],
)

SCENARIOS.append(INTERVALS_AND_DATETIME_LISTS)

SELECTION_DEFAULT = Scenario(
    name="dataframe_selection_default",
    script="""
import streamlit as st

data = {"a": [1, 2, 3], "b": ["x", "y", "z"]}
event = st.dataframe(
    data,
    on_select="rerun",
    selection_mode=["multi-row", "multi-column"],
    selection_default={"selection": {"rows": [2, 0, 2, 7, "1"], "columns": ["b", "nope"]}},
    key="picked",
)
st.write(event.selection.rows, event.selection.columns)
one = st.dataframe(
    data,
    on_select="rerun",
    selection_mode="single-row",
    selection_default={"selection": {"rows": [1, 2]}},
)
st.write(one.selection.rows)
required = st.dataframe(
    data,
    on_select="rerun",
    selection_mode="single-row-required",
    selection_default={"selection": {}},
)
st.write(required.selection.rows)
cell = st.dataframe(
    data,
    on_select="rerun",
    selection_mode="single-cell",
    selection_default={"selection": {"cells": [[0, "b"], [1, "a"]]}},
)
st.write(cell.selection.cells)
for bad in (
    lambda: st.dataframe(data, selection_default={"selection": {"rows": [0]}}),
    lambda: st.dataframe(data, on_select="rerun", selection_default=[0]),
):
    try:
        bad()
    except Exception as err:
        st.write(type(err).__name__, str(err))
""",
)

SCENARIOS.append(SELECTION_DEFAULT)
