"""st.dataframe / st.table in the runtime: the elements they send, the selection a client sends
back (Streamlit's DataframeState; malformed selections refused, the session lives on), and the
row limit that keeps a huge frame from freezing the server or the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.dataframes import convert
from stbundle.runtime_py.element_tree import ElementTree

from stbundle.testing import AppTest

APP = """
import streamlit as st
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
event = st.dataframe(
    [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"a": 3, "b": "z"}],
    on_select=changed, selection_mode=["multi-row", "multi-column", "multi-cell"], key="t",
)
st.text(repr((event.selection.rows, event.selection.columns, event.selection.cells,
              st.session_state.get("calls", 0))))
"""


class Page:
    def __init__(self, path: Path) -> None:
        self.tree = ElementTree()
        self.session = AppSession(path, self.tree.apply)
        if self.session.start():
            self.session.run_pending()

    def element(self, kind: str) -> pb.Element:
        return next(n.element for n in self.tree.elements() if n.kind == kind and n.element)

    def shown(self) -> str:
        texts = [n for n in self.tree.elements() if n.kind == "text" and n.element is not None]
        return str(texts[-1].element.text.body) if texts else ""

    def select(self, value: object) -> None:
        state = pb.WidgetState(id=self.element("dataframe").dataframe.common.id)
        state.string_value = value if isinstance(value, str) else json.dumps(value)
        msg = pb.BackMsg()
        msg.rerun.widget_states.widgets.append(state)
        if self.session.handle_back_msg(msg):
            self.session.run_pending()
        assert self.session.last_status == pb.ScriptFinished.FINISHED_SUCCESSFULLY


@pytest.fixture
def page(tmp_path: Path) -> Page:
    app = tmp_path / "app.py"
    app.write_text(APP)
    return Page(app)


def test_selection_from_the_page_reaches_the_script_and_the_callback(page: Page) -> None:
    assert page.shown() == "([], [], [], 0)"
    df = page.element("dataframe").dataframe
    assert list(df.selection_mode) == ["multi-row", "multi-column", "multi-cell"]
    assert [c.name for c in df.data.columns] == ["a", "b"]
    page.select({"selection": {"rows": [0, 2], "columns": ["b"], "cells": [[1, "a"]]}})
    assert page.shown() == "([0, 2], ['b'], [(1, 'a')], 1)"


@pytest.mark.parametrize(
    "bad",
    [
        "not json",
        [1, 2],
        {"selection": {"rows": [7, -1, "0", True], "columns": ["nope", 3], "cells": [[9, "a"]]}},
        {"selection": "everything"},
    ],
)
def test_malformed_selections_are_refused_and_the_session_lives_on(page: Page, bad: object) -> None:
    page.select(bad)
    assert page.shown().startswith("([], [], []")
    page.select({"selection": {"rows": [1], "columns": [], "cells": []}})
    assert page.shown().startswith("([1], [], []")


def test_elements_carry_options_and_layout() -> None:
    at = AppTest.from_string(
        """
import streamlit as st
st.dataframe({"a": [1], "b": [2]}, hide_index=True, column_order=["b"], height=120, width=300,
             placeholder="-", row_height=40, alt="Letters")
st.table({"a": [1]}, hide_header=True, border=False, alt="One")
"""
    ).run()
    df = at.dataframe[0].proto
    assert (df.hide_index, list(df.column_order), df.placeholder, df.row_height, df.alt) == (
        True,
        ["b"],
        "-",
        40,
        "Letters",
    )
    assert at.dataframe[0].editing_mode == "read_only"
    table = at.table[0].proto
    assert (table.hide_header, table.border, table.alt) == (True, False, "One")
    assert at.table[0].value["a"].tolist() == [1]


def test_a_frame_over_the_row_limit_is_cut_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "ROW_LIMIT", 5)
    monkeypatch.setattr(convert.to_frame, "__defaults__", (5,))
    at = AppTest.from_string("import streamlit as st\nst.dataframe(list(range(100)))\n").run()
    data = at.dataframe[0].proto.data
    assert (data.rows, data.total_rows) == (5, 100)
    assert at.dataframe[0].value["value"].tolist() == [0, 1, 2, 3, 4]


def test_st_write_shows_a_dataframe() -> None:
    at = AppTest.from_string(
        "import pandas as pd\nimport streamlit as st\nst.write(pd.DataFrame({'a': [1, 2]}))\n"
    ).run()
    assert at.dataframe[0].value["a"].tolist() == [1, 2]


def test_ten_million_rows_send_the_first_row_limit_and_say_how_many() -> None:
    at = AppTest.from_string(
        """
import numpy as np
import pandas as pd
import streamlit as st
st.dataframe(pd.DataFrame({"a": np.arange(10_000_000), "b": np.ones(10_000_000)}))
st.dataframe(range(10_000_000))
st.text("after")
""",
        default_timeout=60,
    ).run()
    assert not at.exception
    for df in at.dataframe:
        data = df.proto.data
        assert (data.rows, data.total_rows) == (convert.ROW_LIMIT, 10_000_000)
    assert at.text[0].value == "after"


def test_the_index_is_hidden_by_default_where_streamlit_hides_it() -> None:
    at = AppTest.from_string(
        """
import numpy as np
import pandas as pd
import streamlit as st
df = pd.DataFrame({"a": [1, 2]})
st.dataframe([1, 2])
st.dataframe({"a": [1, 2]})
st.dataframe(np.array([1, 2]))
st.dataframe(df.index)
st.dataframe(df)
st.dataframe({"a": 1, "b": 2})
st.dataframe(df, on_select="rerun", key="rows")
st.dataframe(df, on_select="rerun", selection_mode="single-column", key="cols")
st.dataframe(df.set_index("a"), on_select="rerun", key="named")
st.dataframe([1, 2], hide_index=False)
"""
    ).run()
    hidden = [d.proto.hide_index for d in at.dataframe]
    assert hidden == [True, True, True, True, False, False, True, False, False, False]


def test_column_config_goes_to_the_grid_as_json() -> None:
    at = AppTest.from_string(
        """
import streamlit as st
st.dataframe(
    {"a": [1, 2], "b": ["x", "y"], "c": [3, 4]},
    column_config={
        "a": st.column_config.NumberColumn("Amount", format="$%.2f", width="small"),
        "b": None,
        "c": "Count",
        "_index": st.column_config.Column(help="row"),
    },
)
try:
    st.dataframe([1], column_config=["a"])
except st.errors.StreamlitAPIException as exc:
    st.text(str(exc))
"""
    ).run()
    config = json.loads(at.dataframe[0].proto.column_config)
    assert config == {
        "a": {
            "label": "Amount",
            "width": "small",
            "type_config": {"type": "number", "format": "$%.2f"},
        },
        "b": {"hidden": True},
        "c": {"label": "Count"},
        "_index": {"help": "row"},
    }
    assert "column_config parameter must be a dict" in at.text[0].value
    assert not at.warning  # every column type is drawn: no "not honoured yet" notice
