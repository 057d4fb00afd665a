"""Browser checks for parallel fragments (examples/parallel_fragments.py): each card's content
lands in its own place, in the order of the calls, whatever order the bodies finished in; an
outside write shows Streamlit's error in the fragment; a click in a card reruns only that card."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def parallel_fragments(page: Page) -> None:
    expect(page.get_by_role("heading", name="Parallel cards")).to_be_visible()
    sales, costs = page.get_by_text("Sales loaded"), page.get_by_text("Costs loaded")
    expect(sales).to_be_visible()
    expect(costs).to_be_visible()
    runs = page.get_by_text("Full runs: 1")
    expect(runs).to_be_visible()
    boxes = [
        x.bounding_box() for x in (page.get_by_role("heading", name="Sales"), sales, costs, runs)
    ]
    assert all(boxes)
    tops = [b["y"] for b in boxes]  # type: ignore[index]
    assert tops == sorted(tops), tops
    expect(page.get_by_text("Writing to a container created outside a parallel")).to_be_visible()
    # Nothing reached the sidebar (the text is in the error's traceback only).
    expect(
        page.get_by_role("complementary", name="Sidebar").get_by_text("Never shown")
    ).to_have_count(0)
    page.get_by_role("button", name="Reload Costs").click()
    expect(page.get_by_text("Costs reloaded")).to_be_visible()
    expect(page.get_by_text("Full runs: 1")).to_be_visible()  # only the card reran
    expect(sales).to_be_visible()
    expect(page.get_by_text("Sales reloaded")).to_have_count(0)
