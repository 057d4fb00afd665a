"""Browser checks for tables (examples/dataframes.py): the grid read as a screen reader reads
it (role grid, row and column counts, only the rows in view in the DOM), sorting, search and a
row selection that reruns the script; st.table as a table; column_config labels, number formats
and links; every typed column (examples/column_types.py) as a person sees it."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def dataframes(page: Page) -> None:
    expect(page.get_by_role("heading", name="Tables")).to_be_visible()
    grid = page.get_by_role("grid").first
    expect(grid).to_have_attribute("aria-rowcount", "501")
    # The row checkboxes and 3 columns: a list of dicts has no index to show (as in Streamlit).
    expect(grid).to_have_attribute("aria-colcount", "4")
    expect(grid.get_by_role("columnheader")).to_have_text(["", "city", "population", "coastal"])
    expect(grid.get_by_role("gridcell", name="City 000")).to_be_visible()
    assert grid.get_by_role("row").count() < 40

    grid.get_by_role("button", name="population", exact=True).click()
    expect(grid.get_by_role("columnheader").nth(2)).to_have_attribute("aria-sort", "ascending")
    first = grid.locator("[role=row][aria-rowindex='2']")
    expect(first).to_contain_text("City 000")  # population 0 sorts first

    page.locator(".stb-dataframe").first.get_by_role("searchbox", name="Search the table").fill(
        "City 42"
    )
    expect(page.get_by_text("10 of 500 rows match")).to_be_visible()  # City 420 to City 429
    page.locator(".stb-dataframe").first.get_by_role("searchbox", name="Search the table").fill(
        "City 042"
    )
    expect(page.get_by_text("1 of 500 rows match")).to_be_visible()
    grid.get_by_role("checkbox", name="Select row 42").check()
    expect(page.get_by_text("Selected: City 042")).to_be_visible()
    expect(grid.get_by_role("checkbox", name="Select row 42")).to_be_checked()  # kept on rerun

    table = page.get_by_role("table")
    expect(table.get_by_role("row")).to_have_count(4)
    expect(table.get_by_role("cell", name="None")).to_be_visible()
    expect(table.get_by_role("cell", name="fig")).to_be_visible()

    prices = page.get_by_role("grid").nth(1)
    expect(prices.get_by_role("columnheader")).to_have_text(["Item", "Price", "Link"])
    expect(prices.get_by_role("gridcell", name="$4.25")).to_be_visible()
    expect(prices.get_by_role("link", name="Open")).to_have_attribute(
        "href", "https://example.com/"
    )
    expect(prices.get_by_role("gridcell", name="x", exact=True)).to_be_visible()  # not a URL


def data_editor(page: Page) -> None:
    """examples/data_editor.py: edits made as a person makes them change what the script sees."""
    expect(page.get_by_role("heading", name="Data editor")).to_be_visible()
    expect(page.get_by_text("Rows: 2; hours: 5; done: 1")).to_be_visible()
    grid = page.get_by_role("grid")
    expect(grid.get_by_role("columnheader")).to_have_text(["", "task", "Hours", "done"])

    # Double-click a number cell, type, Enter: the script reruns with the new value.
    grid.get_by_role("gridcell", name="2", exact=True).dblclick()
    editor = grid.get_by_role("spinbutton", name="Edit Hours, row 0")
    expect(editor).to_be_focused()
    editor.fill("7")
    editor.press("Enter")
    expect(page.get_by_text("Rows: 2; hours: 10; done: 1")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="7", exact=True)).to_be_visible()

    # A checkbox column toggles with a click.
    grid.get_by_role("checkbox", name="done, row 0").click()
    expect(page.get_by_text("Rows: 2; hours: 10; done: 2")).to_be_visible()
    expect(grid.get_by_role("checkbox", name="done, row 0")).to_be_checked()

    # Add a row, then type its task into the first cell.
    page.get_by_role("button", name="Add row").click()
    expect(page.get_by_text("Rows: 3; hours: 10; done: 2")).to_be_visible()
    expect(grid).to_have_attribute("aria-rowcount", "4")
    new_row = grid.locator("[role=row][aria-rowindex='4']")
    new_row.get_by_role("gridcell").nth(1).dblclick()
    task = grid.get_by_role("textbox", name="Edit task, row 2")
    task.fill("Ship")
    task.press("Enter")
    expect(page.get_by_text("Tasks: Write, Test, Ship")).to_be_visible()

    # A wrong value is refused in the page: the editor stays open and says why.
    grid.get_by_role("gridcell", name="3", exact=True).dblclick()
    hours = grid.get_by_role("spinbutton", name="Edit Hours, row 1")
    hours.fill("")
    hours.press("Escape")
    expect(hours).to_have_count(0)

    # Pick a row and delete it.
    grid.get_by_role("checkbox", name="Select row 1").check()
    page.get_by_role("button", name="Delete rows").click()
    expect(page.get_by_text("Rows: 2; hours: 7; done: 1")).to_be_visible()
    expect(page.get_by_text("Tasks: Write, Ship")).to_be_visible()
    expect(grid).to_have_attribute("aria-rowcount", "3")


def column_types(page: Page) -> None:
    """examples/column_types.py: each typed column as a person sees it."""
    expect(page.get_by_role("heading", name="Column types")).to_be_visible()
    grid = page.get_by_role("grid").first
    expect(grid.get_by_role("columnheader")).to_have_text(
        ["App", "Logo", "Done", "Sales", "Volume", "Tags", "OK", "Note", "Since"]
    )
    expect(grid.get_by_role("link", name="roadmap", exact=True)).to_have_attribute(
        "href", "https://roadmap.streamlit.app/"
    )
    logo = grid.get_by_role("img", name="Logo, row 0")
    expect(logo).to_be_visible()
    # Visible (laid out) comes before decoded: wait for the image itself.
    page.wait_for_function("e => e.complete && e.naturalWidth === 1", arg=logo.element_handle())
    expect(grid.get_by_role("progressbar", name="Done, row 1")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="80%")).to_be_visible()
    sales = grid.get_by_role("img", name="line chart of 5 values")
    expect(sales).to_be_visible()
    assert sales.locator("polyline").count() == 1
    expect(
        grid.get_by_role("img", name="bar chart of 3 values").first.locator("rect")
    ).to_have_count(3)
    expect(grid.locator(".stb-grid-chip")).to_have_text(["tea", "green", "cake"])
    expect(grid.get_by_role("checkbox", name="OK, row 0")).to_be_checked()
    expect(grid.locator("strong")).to_have_text("fresh")
    expect(grid.get_by_role("gridcell", name="1 Mar 2024", exact=True)).to_be_visible()
    # Every column type is honoured: no "not honoured yet" notice.
    expect(page.get_by_text("is not honoured by stbundle yet")).to_have_count(0)
    # selection_default: the second grid starts with row 1 picked, and the script sees it.
    fruit = page.get_by_role("grid").nth(1)
    expect(fruit.get_by_role("checkbox", name="Select row 1")).to_be_checked()
    expect(page.get_by_text("Picked rows: [1]")).to_be_visible()
    fruit.get_by_role("checkbox", name="Select row 2").check()
    expect(page.get_by_text("Picked rows: [1, 2]")).to_be_visible()


def lazy_dataframe(page: Page) -> None:
    """examples/lazy_dataframe.py: 100,000 rows of which the page holds the first 1,000; far rows
    appear as the grid scrolls to them, and sorting goes through the app, never rerunning it."""
    expect(page.get_by_role("heading", name="Lazy table")).to_be_visible()
    expect(page.get_by_text("Runs: 1")).to_be_visible()
    grid = page.get_by_role("grid")
    expect(grid).to_have_attribute("aria-rowcount", "100001")
    expect(page.get_by_text("100,000 rows")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="row 000000")).to_be_visible()
    # Search and CSV download need every row: a lazy table has no such tools (as in Streamlit).
    expect(page.get_by_role("searchbox")).to_have_count(0)
    expect(page.get_by_role("button", name="Download as CSV")).to_have_count(0)

    grid.evaluate("g => { g.scrollTop = g.scrollHeight; }")
    expect(grid.get_by_role("gridcell", name="row 099999")).to_be_visible()
    grid.evaluate("g => { g.scrollTop = 54321 * 35; }")
    expect(grid.get_by_role("gridcell", name="row 054321")).to_be_visible()
    assert grid.get_by_role("row").count() < 80  # still only the rows in view

    # Sorting is the app's: descending by n brings the last row to the top.
    grid.evaluate("g => { g.scrollTop = 0; }")
    sort = grid.get_by_role("columnheader").nth(0).get_by_role("button")  # "n", then "n ↑"
    sort.click()
    expect(grid.get_by_role("columnheader").nth(0)).to_have_attribute("aria-sort", "ascending")
    sort.click()
    expect(grid.get_by_role("columnheader").nth(0)).to_have_attribute("aria-sort", "descending")
    first = grid.locator("[role=row][aria-rowindex='2']")
    expect(first).to_contain_text("row 099999")
    grid.evaluate("g => { g.scrollTop = g.scrollHeight; }")
    expect(grid.get_by_role("gridcell", name="row 000000")).to_be_visible()
    expect(page.get_by_text("Runs: 1")).to_be_visible()  # no rerun for any of it
