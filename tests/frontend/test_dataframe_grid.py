"""The data grid (lazy `grid` chunk) as a person with a screen reader meets it: an ARIA grid
with row and column counts, only the rows in view in the DOM, sort on header click, column
resize, search, copy, CSV download and row/column selection sent back; st.table as a <table>."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.convert import to_frame

from tests.frontend.harness import Harness, common, el, states

ROWS = 2000


def frame() -> Any:
    return to_frame(
        {
            "n": [(i * 7919) % ROWS for i in range(ROWS)],
            "name": [f"item-{i}" for i in range(ROWS)],
            "x": [i / 4 if i % 10 else None for i in range(ROWS)],
        }
    )


def grid(ui: Harness, **kw: Any) -> Any:
    ui.send(el([0, 0], dataframe=pb.Dataframe(data=frame(), **kw)))
    g = ui.page.get_by_role("grid")
    expect(g).to_be_visible()
    return g


def first_cells(ui: Harness, col: int) -> list[str]:
    rows = ui.page.locator("[role=grid] [role=rowgroup]").nth(1).locator("[role=row]")
    return [rows.nth(i).locator(f"[aria-colindex='{col}']").inner_text() for i in range(3)]


def test_grid_is_virtualised_and_counts_rows_and_columns(ui: Harness) -> None:
    g = grid(ui)
    expect(g).to_have_attribute("aria-rowcount", str(ROWS + 1))
    expect(g).to_have_attribute("aria-colcount", "4")  # index + 3 columns
    headers = g.get_by_role("columnheader")
    expect(headers).to_have_text(["", "n", "name", "x"])
    expect(g.get_by_role("gridcell", name="item-0", exact=True)).to_be_visible()
    assert g.get_by_role("row").count() < 40  # 2,001 rows, a few dozen in the DOM
    expect(g.get_by_role("gridcell").filter(has_text="None").first).to_be_visible()  # x[0] null
    g.evaluate("e => { e.scrollTop = e.scrollHeight; }")
    last = g.locator(f"[role=row][aria-rowindex='{ROWS + 1}']")
    expect(last).to_contain_text(f"item-{ROWS - 1}")
    assert g.get_by_role("row").count() < 40


def test_sort_on_header_click_cycles_and_says_so(ui: Harness) -> None:
    g = grid(ui)
    header = g.get_by_role("columnheader").nth(1)
    g.get_by_role("button", name="n", exact=True).click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    assert first_cells(ui, 2) == ["0", "1", "2"]
    g.get_by_role("button", name="n ↑").click()
    expect(header).to_have_attribute("aria-sort", "descending")
    assert first_cells(ui, 2) == ["1999", "1998", "1997"]
    g.get_by_role("button", name="n ↓").click()
    expect(header).to_have_attribute("aria-sort", "none")
    assert first_cells(ui, 3) == ["item-0", "item-1", "item-2"]
    g.get_by_role("button", name="x", exact=True).click()  # nulls sort last
    assert first_cells(ui, 4) == ["0.25", "0.5", "0.75"]


def test_search_filters_rows_and_updates_the_count(ui: Harness) -> None:
    g = grid(ui)
    ui.page.get_by_role("searchbox", name="Search the table").fill("item-199")
    expect(ui.page.get_by_text("11 of 2,000 rows match")).to_be_visible()
    expect(g).to_have_attribute("aria-rowcount", "12")
    expect(g.get_by_role("gridcell", name="item-1999")).to_be_visible()


def test_column_resize_by_keyboard_and_pointer(ui: Harness) -> None:
    g = grid(ui)
    grip = g.get_by_role("separator", name="Resize column name")
    before = int(grip.get_attribute("aria-valuenow") or 0)
    cell = g.get_by_role("gridcell", name="item-0", exact=True)
    width = cell.bounding_box()["width"]
    grip.focus()
    ui.page.keyboard.press("ArrowRight")
    expect(grip).to_have_attribute("aria-valuenow", str(before + 16))
    assert cell.bounding_box()["width"] == pytest.approx(width + 16, abs=1)
    box = grip.bounding_box()
    ui.page.mouse.move(box["x"] + 3, box["y"] + 10)
    ui.page.mouse.down()
    ui.page.mouse.move(box["x"] + 63, box["y"] + 10)
    ui.page.mouse.up()
    assert int(grip.get_attribute("aria-valuenow") or 0) == pytest.approx(before + 76, abs=2)


def test_csv_download_and_copy(ui: Harness) -> None:
    grid(ui)
    with ui.page.expect_download() as info:
        ui.page.get_by_role("button", name="Download as CSV").click()
    with open(info.value.path(), encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert lines[:3] == [",n,name,x", "0,0,item-0,", "1,1919,item-1,0.25"]
    assert len(lines) == ROWS + 1
    ui.page.evaluate(
        "() => { window.copied = []; navigator.clipboard.writeText = "
        "async (t) => { window.copied.push(t); }; }"
    )
    ui.page.get_by_role("gridcell", name="item-1", exact=True).click()
    ui.page.keyboard.press("ArrowDown")
    ui.page.keyboard.press("Control+c")
    ui.page.wait_for_function("() => window.copied.length === 1")
    assert ui.page.evaluate("() => window.copied[0]") == "item-2"
    ui.page.get_by_role("button", name="Copy the rows as tab-separated text").click()
    ui.page.wait_for_function("() => window.copied.length === 2")
    copied = ui.page.evaluate("() => window.copied[1]").splitlines()
    assert copied[1] == "0\t0\titem-0\t" and len(copied) == ROWS + 1


def test_row_and_column_selection_is_sent_as_streamlits_state(ui: Harness) -> None:
    g = grid(
        ui,
        common=common("$$ID-df-sel", ""),
        selection_mode=["multi-row", "multi-column"],
    )
    expect(g).to_have_attribute("aria-colcount", "5")  # the row checkboxes are a column
    g.get_by_role("checkbox", name="Select row 3").check()
    sent = states(ui.rerun())
    assert sent["$$ID-df-sel"][0] == "string_value"
    assert sent["$$ID-df-sel"][1] == ('{"selection":{"rows":[3],"columns":[],"cells":[]}}')
    expect(g.locator("[role=row][aria-rowindex='5']")).to_have_attribute("aria-selected", "true")
    g.get_by_role("checkbox", name="Select column name").check()
    sent = states(ui.rerun())
    assert sent["$$ID-df-sel"][1] == '{"selection":{"rows":[3],"columns":["name"],"cells":[]}}'


def test_table_is_a_plain_table_with_every_row(ui: Harness) -> None:
    ui.send(el([0, 0], table=pb.Table(data=to_frame({"a": [1, None], "b": ["x", "<b>y</b>"]}))))
    table = ui.page.get_by_role("table")
    expect(table.get_by_role("columnheader")).to_have_text(["", "a", "b"])
    expect(table.get_by_role("row")).to_have_count(3)
    expect(table.get_by_role("cell", name="<b>y</b>")).to_be_visible()  # text, never markup
    expect(table.get_by_role("cell", name="None")).to_be_visible()


def test_a_frame_cut_at_the_row_limit_says_so(ui: Harness) -> None:
    data = to_frame(list(range(50)))
    data.total_rows = 10_000_000
    ui.send(el([0, 0], dataframe=pb.Dataframe(data=data)))
    expect(ui.page.get_by_text("50 rows (first 50 of 10,000,000 rows sent)")).to_be_visible()
    ui.send(el([0, 1], table=pb.Table(data=data)))
    expect(ui.page.get_by_text("Showing the first 50 of 10,000,000 rows.")).to_be_visible()


def test_row_height_and_a_height_in_pixels_are_honoured(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            dataframe=pb.Dataframe(data=frame(), row_height=50),
            layout=pb.Layout(height_pixels=300),
        )
    )
    g = ui.page.get_by_role("grid")
    expect(g.get_by_role("gridcell", name="item-0", exact=True)).to_be_visible()
    cell = g.get_by_role("gridcell", name="item-0", exact=True).bounding_box()
    assert cell["height"] == pytest.approx(50, abs=1)
    host = ui.page.locator(".stb-dataframe").bounding_box()
    assert host["height"] == pytest.approx(300, abs=1)
    assert g.bounding_box()["y"] + g.bounding_box()["height"] <= host["y"] + host["height"] + 1
    assert g.get_by_role("row").count() < 30  # still only the rows in view


def test_column_config_labels_hides_formats_links_and_bars(ui: Harness) -> None:
    import json

    data = to_frame(
        {
            "price": [1.5, 20.25],
            "secret": ["s1", "s2"],
            "site": ["https://example.com/a", "javascript:alert(1)"],
            "done": [25, 100],
        }
    )
    config = {
        "price": {
            "label": "Price",
            "help": "in dollars",
            "width": "large",
            "type_config": {"type": "number", "format": "$%.2f"},
        },
        "secret": {"hidden": True},
        "site": {"type_config": {"type": "link", "display_text": "Open"}},
        "done": {
            "type_config": {"type": "progress", "format": "%d%%", "min_value": 0, "max_value": 100}
        },
    }
    ui.send(
        el(
            [0, 0],
            dataframe=pb.Dataframe(data=data, hide_index=True, column_config=json.dumps(config)),
        )
    )
    g = ui.page.get_by_role("grid")
    expect(g.get_by_role("columnheader")).to_have_text(["Price", "site", "done"])
    expect(g.get_by_role("button", name="Price")).to_have_attribute("title", "in dollars")
    expect(g.get_by_role("gridcell", name="$20.25")).to_be_visible()
    assert g.get_by_role("gridcell", name="$1.50").bounding_box()["width"] == pytest.approx(
        400, abs=1
    )
    link = g.get_by_role("link", name="Open")
    expect(link).to_have_count(1)  # the javascript: URL stays text
    expect(link).to_have_attribute("href", "https://example.com/a")
    expect(g.get_by_role("gridcell", name="javascript:alert(1)")).to_be_visible()
    expect(g.get_by_role("gridcell", name="25%")).to_be_visible()
    assert g.locator(".stb-grid-bar-fill").first.evaluate("e => e.style.width") == "25%"


def test_alt_names_the_grid_its_search_box_and_the_table(ui: Harness) -> None:
    ui.send(
        el([0, 0], dataframe=pb.Dataframe(data=frame(), alt="Cities")),
        el([0, 1], dataframe=pb.Dataframe(data=frame(), alt="Towns")),
        el([0, 2], table=pb.Table(data=to_frame([1, 2]), alt="Small numbers")),
    )
    expect(ui.page.get_by_role("grid", name="Cities")).to_be_visible()
    ui.page.get_by_role("searchbox", name="Search Towns").fill("item-1999")
    towns = ui.page.get_by_role("grid", name="Towns")
    expect(towns).to_have_attribute("aria-rowcount", "2")
    expect(ui.page.get_by_role("grid", name="Cities")).to_have_attribute("aria-rowcount", "2001")
    expect(ui.page.get_by_role("table", name="Small numbers").get_by_role("row")).to_have_count(3)


def test_a_table_puts_at_most_ten_thousand_rows_in_the_page(ui: Harness) -> None:
    ui.send(el([0, 0], table=pb.Table(data=to_frame(list(range(25_000))))))
    expect(ui.page.get_by_text("Showing the first 10,000 of 25,000 rows.")).to_be_visible()
    expect(ui.page.get_by_role("table").get_by_role("row")).to_have_count(10_001)


def test_selection_default_is_the_grids_starting_selection(ui: Harness) -> None:
    g = grid(
        ui,
        common=common("$$ID-df-default", ""),
        selection_mode=["multi-row", "multi-column"],
        selection_default='{"selection": {"rows": [2], "columns": ["name"], "cells": []}}',
    )
    expect(g.get_by_role("checkbox", name="Select row 2")).to_be_checked()
    expect(g.get_by_role("checkbox", name="Select column name")).to_be_checked()
    expect(g.locator("[role=row][aria-rowindex='4']")).to_have_attribute("aria-selected", "true")
    g.get_by_role("checkbox", name="Select row 0").check()  # the user's change is sent as usual
    sent = states(ui.rerun())
    assert sent["$$ID-df-default"][1] == (
        '{"selection":{"rows":[0,2],"columns":["name"],"cells":[]}}'
    )
