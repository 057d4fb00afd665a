"""Browser checks for text commands (examples/echo.py): st.echo shows its block's source as
code, above the block's output or below it."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def echo(page: Page) -> None:
    expect(page.get_by_role("heading", name="Echo")).to_be_visible()
    first = page.locator("pre").filter(has_text="total = sum(range(5))")
    expect(first).to_contain_text('st.write(f"The total is {total}")')
    output = page.get_by_text("The total is 10")
    expect(output).to_be_visible()
    below = page.locator("pre").filter(has_text='st.write("Code below this line")')
    expect(below).to_be_visible()
    line = page.get_by_text("Code below this line", exact=True)
    code_top = first.bounding_box()
    out_top = output.bounding_box()
    below_top = below.bounding_box()
    line_top = line.bounding_box()
    assert code_top and out_top and below_top and line_top
    assert code_top["y"] < out_top["y"]  # above: the code comes first
    assert line_top["y"] < below_top["y"]  # below: the output comes first
