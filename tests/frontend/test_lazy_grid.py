"""A lazy st.dataframe's grid (`lazy=`) against a fake session: it asks for the page of rows it
scrolls to and shows placeholder rows until they come, sorts by asking the session again (an
answer for an older order is dropped), says a refusal, and never asks for more than a few pages
at once."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.lazy_frames import PythonRows

from tests.frontend.harness import Harness, el

ROWS = 50_000
SOURCE = "src-1"
DATA = PythonRows([("n", list(range(ROWS))), ("word", [f"w{i:05d}" for i in range(ROWS)])], None)


def show(ui: Harness) -> Any:
    first = DATA.frame(range(1_000))
    first.total_rows = ROWS
    table = pb.Dataframe(data=first, hide_index=True, lazy_source=SOURCE)
    ui.send(el([0, 0], dataframe=table))
    grid = ui.page.get_by_role("grid")
    expect(grid).to_have_attribute("aria-rowcount", str(ROWS + 1))
    return grid


def requests(ui: Harness, n: int = 1) -> list[Any]:
    msgs = ui.wait_sent(n)
    assert all(m.WhichOneof("type") == "dataframe_rows" for m in msgs), msgs
    return [m.dataframe_rows for m in msgs]


def answer(ui: Harness, request: Any, positions: Any = None, error: str = "") -> None:
    msg = pb.ForwardMsg()
    rows = msg.dataframe_rows
    rows.source, rows.start, rows.sort_by = request.source, request.start, request.sort_by
    if error:
        rows.error = error
    else:
        rows.data.CopyFrom(DATA.frame(positions or range(request.start, request.end)))
    ui.send(msg)


def test_far_rows_are_asked_for_shown_as_placeholders_then_drawn(ui: Harness) -> None:
    grid = show(ui)
    expect(grid.get_by_role("gridcell", name="w00000")).to_be_visible()
    ui.assert_nothing_sent()  # the first page came with the element
    expect(ui.page.get_by_role("searchbox")).to_have_count(0)

    grid.evaluate("g => { g.scrollTop = 42_500 * 35; }")  # rows of page 42 only
    (request,) = requests(ui)
    assert (request.source, request.start, request.end, request.sort_by) == (
        SOURCE,
        42_000,
        43_000,
        0,
    )
    busy = grid.locator("[role=row][aria-busy=true]").first
    expect(busy).to_contain_text("…")
    answer(ui, request)
    expect(grid.get_by_role("gridcell", name="w42500")).to_be_visible()
    expect(grid.locator("[role=row][aria-busy=true]")).to_have_count(0)
    ui.assert_nothing_sent()  # that page is kept


def test_sorting_asks_the_session_and_drops_answers_for_the_old_order(ui: Harness) -> None:
    grid = show(ui)
    grid.evaluate("g => { g.scrollTop = 20_500 * 35; }")
    (stale,) = requests(ui)
    grid.evaluate("g => { g.scrollTop = 0; }")
    sort = grid.get_by_role("columnheader").nth(0).get_by_role("button")
    sort.click()
    sort.click()  # descending by n: the session's sort key -1
    msgs = requests(ui)
    while not any(m.sort_by == -1 for m in msgs):
        msgs += requests(ui)
    (down,) = [m for m in msgs if m.sort_by == -1 and m.start == 0]
    answer(ui, stale)  # the unsorted page arrives late: not drawn at the top of the sorted view
    expect(grid.locator("[role=row][aria-rowindex='2']")).to_have_attribute("aria-busy", "true")
    answer(ui, down, positions=range(ROWS - 1, ROWS - 1_001, -1))
    expect(grid.locator("[role=row][aria-rowindex='2']")).to_contain_text("w49999")


def test_a_refusal_is_said(ui: Harness) -> None:
    grid = show(ui)
    grid.evaluate("g => { g.scrollTop = 30_500 * 35; }")
    (request,) = requests(ui)
    answer(ui, request, error="This table is no longer in the app (it ran again).")
    expect(
        ui.page.get_by_text("This table is no longer in the app (it ran again).")
    ).to_be_visible()
    ui.assert_nothing_sent()  # a refused page is not asked again and again


def test_at_most_four_pages_are_asked_at_once(ui: Harness) -> None:
    grid = show(ui)
    for row in (5_500, 10_500, 15_500, 20_500, 25_500, 30_500):
        grid.evaluate("(g, r) => { g.scrollTop = r * 35; }", row)
        ui.page.wait_for_timeout(30)
    sent = requests(ui, 4)
    ui.page.wait_for_timeout(150)
    assert len(sent) + len(ui.take()) == 4
    answer(ui, sent[0])  # one answered: the page in view now is asked for
    (now,) = requests(ui)
    assert now.start == 30_000
