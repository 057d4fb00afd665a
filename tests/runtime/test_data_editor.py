"""st.data_editor in the runtime: the element it sends, the edit state a page sends back (as
Streamlit's JSON; malformed or wrongly typed edits refused, the session lives on), the edited
data in the input's type, and plain Python input edited without pandas."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.editing import DataEditorState, parse_value

from stbundle.testing import AppTest, AppTestError
from tests.runtime.test_dataframe import Page

APP = """
import streamlit as st
def changed(tag):
    st.session_state.calls = st.session_state.get("calls", []) + [tag]
out = st.data_editor(
    [{"name": "pen", "qty": 1, "done": False}, {"name": "cup", "qty": 2, "done": True}],
    key="ed", num_rows="dynamic", on_change=changed, args=("edit",),
    column_config={"qty": st.column_config.NumberColumn(min_value=0, max_value=9)},
    disabled=["name"],
)
st.text(repr((out, st.session_state.get("calls", []))))
"""


@pytest.fixture
def page(tmp_path: Path) -> Page:
    app = tmp_path / "app.py"
    app.write_text(APP)
    return Page(app)


def test_the_element_describes_an_editable_table(page: Page) -> None:
    df = page.element("dataframe").dataframe
    assert df.editing_mode == pb.Dataframe.DYNAMIC
    assert list(df.data_kinds) == ["string", "integer", "boolean"]
    assert df.hide_index  # list of dicts: no index of its own
    assert "name" in df.disabled_columns
    assert df.common.id.endswith("-ed")


def test_edits_from_the_page_reach_the_script_and_the_callback(page: Page) -> None:
    page.select(
        {
            "edited_rows": {"0": {"qty": 5, "done": True}},
            "added_rows": [{"name": "ink", "qty": 3}],
            "deleted_rows": [1],
        }
    )
    assert page.shown() == repr(
        (
            [
                {"name": "pen", "qty": 5, "done": True},
                {"name": "ink", "qty": 3, "done": None},
            ],
            ["edit"],
        )
    )


@pytest.mark.parametrize(
    "bad",
    [
        "not json",
        [1, 2],
        {"edited_rows": {"7": {"qty": 1}, "-1": {"qty": 1}, "x": {"qty": 1}, "0": "qty"}},
        {"edited_rows": {"0": {"nope": 1}}, "deleted_rows": [5, "0", True], "added_rows": [3]},
        {"edited_rows": {"0": {"qty": [1, 2]}}},
        {"edited_rows": {"0": {"qty": "many"}}},
    ],
)
def test_malformed_or_wrongly_typed_edits_are_refused_and_the_session_lives_on(
    page: Page, bad: object
) -> None:
    page.select(bad)  # asserts the run finished successfully
    shown = page.shown()
    assert "'name': 'pen'" in shown and "'name': 'cup'" in shown
    assert "many" not in shown and "[1, 2]" not in shown


def test_the_edit_state_is_read_only_in_the_script() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.data_editor([1, 2], key="ed")
        state = st.session_state.ed
        st.text(repr((type(state).__name__, state.edited_rows, state.deleted_rows)))
        try:
            state["edited_rows"] = {}
        except TypeError as err:
            st.text(str(err))
        """
    ).run()
    assert [t.value for t in at.text] == [
        "('DataEditorState', {}, [])",
        "The data editor state is read-only.",
    ]


def test_at_data_editor_lists_only_editors() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.dataframe([1])
        st.data_editor([2], num_rows="add")
        st.data_editor([3], num_rows="delete")
        """
    ).run()
    assert [d.editing_mode for d in at.dataframe] == ["read_only", "add", "delete"]
    assert [d.editing_mode for d in at.data_editor] == ["add", "delete"]


def test_set_value_on_an_editor_says_how_to_seed_edits_instead() -> None:
    at = AppTest.from_string("import streamlit as st\nst.data_editor([1], key='ed')").run()
    with pytest.raises(AppTestError, match=r"set_value\(\) is not supported for data_editor"):
        at.data_editor[0].set_value(2)
    with pytest.raises(AppTestError, match="Assign the edit state"):
        at.data_editor(key="ed").set_value(2)


def test_a_disabled_editor_ignores_what_a_page_sends(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.text(repr(st.data_editor([1, 2], disabled=True)))")
    locked = Page(app)
    assert locked.element("dataframe").dataframe.common.disabled
    locked.select({"edited_rows": {"0": {"value": 9}}})
    assert locked.shown() == "[1, 2]"


def test_a_stylers_formats_show_on_read_only_columns_only() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd
        import streamlit as st
        styled = pd.DataFrame({"a": [0.5], "b": [0.25]}).style.format("{:.0%}")
        st.write(repr(st.data_editor(styled, disabled=["a"]).to_dict("list")))
        """,
        default_timeout=60,  # pandas' Styler imports jinja2 on first use
    ).run()
    frame = at.data_editor[0].proto.data
    assert [list(c.display) for c in frame.columns] == [["50%"], []]
    assert at.markdown[0].value == "{'a': [0.5], 'b': [0.25]}"


def test_a_huge_input_sends_the_first_rows_and_edits_reach_only_those(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from stbundle.runtime_py.elements import data_editor

    monkeypatch.setattr(data_editor, "ROW_LIMIT", 3)
    at = AppTest.from_string(
        """
        import streamlit as st
        out = st.data_editor(list(range(10)), key="ed")
        st.text(repr(out))
        """
    )
    at.session_state["ed"] = {"edited_rows": {"1": {"value": 50}, "8": {"value": 80}}}
    at.run()
    frame = at.data_editor[0].proto.data
    assert (frame.rows, frame.total_rows) == (3, 10)
    assert at.text[0].value == repr([0, 50, *range(2, 10)])


def test_a_wall_clock_time_sent_for_a_zoned_column_is_taken_in_its_zone() -> None:
    at = AppTest.from_string(
        """
        import datetime as dt
        import zoneinfo
        import pandas as pd
        import streamlit as st
        paris = zoneinfo.ZoneInfo("Europe/Paris")
        rows = st.data_editor([{"at": dt.datetime(2024, 1, 1, 10, tzinfo=paris)}], key="rows")
        frame = pd.DataFrame({"at": pd.to_datetime(["2024-01-01 10:00"]).tz_localize(paris)})
        edited = st.data_editor(frame, key="frame")
        st.text(rows[0]["at"].isoformat())
        st.text(edited["at"][0].isoformat())
        """,
        default_timeout=60,
    )
    at.session_state["rows"] = {"edited_rows": {"0": {"at": "2024-06-01T08:30:00"}}}
    at.session_state["frame"] = {"edited_rows": {"0": {"at": "2024-06-01T08:30:00"}}}
    at.run()
    assert [t.value for t in at.text] == ["2024-06-01T08:30:00+02:00"] * 2


def test_values_are_parsed_for_their_column_kind() -> None:
    import datetime as dt

    assert parse_value("2024-02-03", "date") == dt.date(2024, 2, 3)
    assert parse_value("2024-02-03T04:05:06", "datetime") == dt.datetime(2024, 2, 3, 4, 5, 6)
    assert parse_value("04:05:06", "time") == dt.time(4, 5, 6)
    assert parse_value(90, "timedelta") == dt.timedelta(seconds=90)
    assert parse_value(2.7, "integer") == 2
    assert parse_value(1, "boolean") is True
    assert parse_value("x", "float") is None
    with pytest.raises(ValueError):
        parse_value(float("inf"), "timedelta")
    assert isinstance(DataEditorState(edited_rows={}), dict)


def test_plain_python_input_is_edited_without_pandas(tmp_path: Path) -> None:
    """Static sites run without pandas: list-of-dicts input must neither need nor import it."""
    script = textwrap.dedent(
        """
        import sys
        sys.modules["pandas"] = None  # any `import pandas` now fails
        from stbundle.testing import AppTest, AppTestError
        at = AppTest.from_string('''
        import streamlit as st
        out = st.data_editor([{"a": 1, "b": "x"}], key="ed", num_rows="dynamic")
        st.text(repr(out))
        ''')
        at.session_state["ed"] = {"edited_rows": {"0": {"b": "y"}}, "added_rows": [{"a": 2}]}
        at.run()
        assert not at.exception, at.exception
        print(at.text[0].value)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[{'a': 1, 'b': 'y'}, {'a': 2, 'b': None}]"
