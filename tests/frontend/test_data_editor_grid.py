"""st.data_editor in the grid chunk: cells edited by keyboard and mouse, each commit sent back as
Streamlit's edit state (exact JSON), values the column refuses kept out, read-only columns and a
disabled editor left alone, rows added and deleted."""

from __future__ import annotations

import json
from typing import Any

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from stbundle.testing import AppTest
from tests.frontend.harness import Harness, common, el, states


def editor_element(script: str) -> pb.Element:
    """The element st.data_editor sends for `script` (built by the runtime, as a page gets it)."""
    at = AppTest.from_string("import streamlit as st\nimport datetime as dt\n" + script).run()
    return pb.Element(dataframe=at.dataframe[0].proto)


def show(ui: Harness, script: str) -> Any:
    ui.send(el([0, 0], **{"dataframe": editor_element(script).dataframe}))
    g = ui.page.get_by_role("grid")
    expect(g).to_be_visible()
    return g


def sent(ui: Harness) -> dict[str, Any]:
    (value,) = states(ui.rerun()).values()
    assert value[0] == "string_value"
    return dict(json.loads(value[1]))


TASKS = """
st.data_editor(
    [{"task": "a", "n": 1, "ok": False, "day": dt.date(2024, 1, 2)}],
    key="ed", num_rows="dynamic",
    column_config={
        "task": st.column_config.TextColumn(validate="[a-z]+"),
        "n": st.column_config.NumberColumn(min_value=0, max_value=10),
    },
)
"""


def test_keyboard_edits_are_sent_as_streamlits_edit_state(ui: Harness) -> None:
    g = show(ui, TASKS)
    g.get_by_role("gridcell", name="1", exact=True).click()
    ui.page.keyboard.type("4")  # typing into a focused cell opens its editor
    ui.page.keyboard.press("Enter")
    assert sent(ui) == {"edited_rows": {"0": {"n": 4}}, "added_rows": [], "deleted_rows": []}
    expect(g.get_by_role("gridcell", name="4", exact=True)).to_be_visible()
    g.get_by_role("gridcell", name="4", exact=True).press("Enter")
    box = g.get_by_role("spinbutton", name="Edit n, row 0")
    box.fill("99")  # above max_value: clamped to 10
    box.press("Enter")
    assert sent(ui)["edited_rows"] == {"0": {"n": 10}}
    g.get_by_role("checkbox", name="ok, row 0").click()
    assert sent(ui)["edited_rows"] == {"0": {"n": 10, "ok": True}}
    g.get_by_role("gridcell", name="2024-01-02").dblclick()
    day = g.locator("input[type=date]")
    day.fill("2024-03-04")
    day.press("Enter")
    assert sent(ui)["edited_rows"] == {"0": {"n": 10, "ok": True, "day": "2024-03-04"}}


def test_a_value_the_column_refuses_is_not_sent(ui: Harness) -> None:
    g = show(ui, TASKS)
    g.get_by_role("gridcell", name="a", exact=True).dblclick()
    text = g.get_by_role("textbox", name="Edit task, row 0")
    text.fill("NOT VALID")
    text.press("Enter")
    expect(text).to_have_attribute("aria-invalid", "true")
    ui.assert_nothing_sent()
    text.press("Escape")
    expect(text).to_have_count(0)
    expect(g.get_by_role("gridcell", name="a", exact=True)).to_be_visible()
    ui.assert_nothing_sent()


def test_rows_are_added_and_deleted(ui: Harness) -> None:
    g = show(ui, TASKS)
    ui.page.get_by_role("button", name="Add row").click()
    assert sent(ui) == {"edited_rows": {}, "added_rows": [{}], "deleted_rows": []}
    expect(g).to_have_attribute("aria-rowcount", "3")
    g.get_by_role("checkbox", name="Select row 0").check()
    ui.page.get_by_role("button", name="Delete rows").click()
    assert sent(ui) == {"edited_rows": {}, "added_rows": [{}], "deleted_rows": [0]}
    expect(g).to_have_attribute("aria-rowcount", "2")
    # Sorting would move added rows away from where they were added: it is off (as Streamlit).
    g.get_by_role("button", name="n", exact=True).click()
    expect(g.get_by_role("columnheader").nth(2)).to_have_attribute("aria-sort", "none")


def test_selectbox_options_and_read_only_columns(ui: Harness) -> None:
    g = show(
        ui,
        """
st.data_editor(
    {"kind": ["a"], "fixed": ["f"]},
    column_config={"kind": st.column_config.SelectboxColumn(options=["a", "b"])},
    disabled=["fixed"],
)
""",
    )
    expect(ui.page.get_by_role("button", name="Add row")).to_be_hidden()
    g.get_by_role("gridcell", name="f", exact=True).dblclick()
    expect(g.locator("input, select").and_(g.locator(":not([type=checkbox])"))).to_have_count(0)
    g.get_by_role("gridcell", name="a", exact=True).dblclick()
    pick = g.get_by_role("combobox", name="Edit kind, row 0")
    pick.select_option(label="b")
    pick.press("Enter")
    assert sent(ui)["edited_rows"] == {"0": {"kind": "b"}}


def test_a_disabled_editor_opens_no_editor(ui: Harness) -> None:
    g = show(ui, 'st.data_editor({"v": [1, 2]}, disabled=True, num_rows="dynamic")')
    expect(ui.page.get_by_role("button", name="Add row")).to_be_hidden()
    g.get_by_role("gridcell", name="1", exact=True).dblclick()
    ui.page.keyboard.type("5")
    expect(g.get_by_role("spinbutton")).to_have_count(0)
    ui.assert_nothing_sent()


def test_lists_and_durations_are_edited_as_text_and_seconds(ui: Harness) -> None:
    g = show(
        ui,
        """
st.data_editor(
    {"tags": [["a", "b"]], "d": [dt.timedelta(minutes=2)], "pick": [["x"]]},
    column_config={"pick": st.column_config.MultiselectColumn(options=["x", "y", "z"])},
)
""",
    )
    g.get_by_role("gridcell").nth(0).dblclick()
    tags = g.get_by_role("textbox", name="Edit tags, row 0")
    expect(tags).to_have_value("a, b")
    tags.fill("a, c , d")
    tags.press("Enter")
    assert sent(ui)["edited_rows"] == {"0": {"tags": ["a", "c", "d"]}}
    g.get_by_role("gridcell").nth(1).dblclick()
    seconds = g.get_by_role("spinbutton", name="Edit d, row 0")
    expect(seconds).to_have_value("120")
    seconds.fill("90")
    seconds.press("Enter")
    assert sent(ui)["edited_rows"] == {"0": {"tags": ["a", "c", "d"], "d": 90}}
    g.get_by_role("gridcell").nth(2).dblclick()
    pick = g.get_by_role("listbox", name="Edit pick, row 0")
    pick.select_option(label=["y", "z"])
    pick.press("Enter")
    assert sent(ui)["edited_rows"]["0"]["pick"] == ["y", "z"]


def test_a_formatted_number_is_edited_as_the_number(ui: Harness) -> None:
    g = show(
        ui,
        'st.data_editor({"p": [4.25]}, column_config={"p": st.column_config.NumberColumn('
        'format="$%.2f")})',
    )
    g.get_by_role("gridcell", name="$4.25").dblclick()
    price = g.get_by_role("spinbutton", name="Edit p, row 0")
    expect(price).to_have_value("4.25")
    price.fill("5.5")
    price.press("Enter")
    assert sent(ui)["edited_rows"] == {"0": {"p": 5.5}}
    expect(g.get_by_role("gridcell", name="$5.50")).to_be_visible()


def test_on_change_ignore_keeps_the_edit_for_the_next_rerun(ui: Harness) -> None:
    g = show(ui, 'st.data_editor({"v": [1]}, on_change="ignore")')
    g.get_by_role("gridcell", name="1", exact=True).dblclick()
    box = g.get_by_role("spinbutton", name="Edit v, row 0")
    box.fill("3")
    box.press("Enter")
    ui.assert_nothing_sent()
    expect(g.get_by_role("gridcell", name="3", exact=True)).to_be_visible()
    ui.send(el([0, 1], button=pb.Button(common=common("go", "Go"))))
    ui.page.get_by_role("button", name="Go").click()
    got = states(ui.rerun())
    editor = next(v for k, v in got.items() if k != "go")
    assert json.loads(editor[1])["edited_rows"] == {"0": {"v": 3}}
