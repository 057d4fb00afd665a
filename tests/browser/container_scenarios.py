"""Browser checks for containers (examples/status.py, examples/popover.py): a status is
running while its block works, then its label and state change in place, a failure shows the
error state; a popover opens from its button, stays open while widgets in it rerun the app,
closes on Escape or a click outside, and a stateful one computes its content only when open."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def status(page: Page) -> None:
    expect(page.get_by_role("heading", name="Status")).to_be_visible()
    page.get_by_role("button", name="Download").click()
    running = page.locator("summary").filter(has_text="Downloading data...")
    expect(running.get_by_role("img", name="Running")).to_be_visible()
    expect(page.get_by_text("Searching for data...")).to_be_visible()
    done = page.locator("summary").filter(has_text="Download complete!")
    expect(done.get_by_role("img", name="Complete")).to_be_visible(timeout=15_000)
    expect(page.get_by_text("Found URL.")).to_be_visible()
    expect(page.get_by_text("Downloading data...")).to_have_count(0)

    page.get_by_role("button", name="Break").click()
    failed = page.locator("summary").filter(has_text="Trying")
    expect(failed.get_by_role("img", name="Error")).to_be_visible()
    expect(page.get_by_text("The download failed.")).to_be_visible()
    expect(page.get_by_text("Attempt one")).to_be_hidden()
    failed.click()
    expect(page.get_by_text("Attempt one")).to_be_visible()


def popover(page: Page) -> None:
    expect(page.get_by_text("Hello stranger")).to_be_visible()
    settings = page.get_by_role("button", name="Settings")
    expect(settings).to_have_attribute("aria-expanded", "false")
    panel = page.get_by_role("dialog", name="Settings")
    expect(panel).to_be_hidden()
    settings.click()
    expect(panel).to_be_visible()
    name = panel.get_by_label("Your name")
    name.fill("Ada")
    name.press("Enter")
    expect(page.get_by_text("Hello Ada")).to_be_visible()
    expect(panel).to_be_visible()  # a rerun from inside keeps it open
    panel.get_by_label("Shout").check()
    expect(page.get_by_text("HELLO ADA")).to_be_visible()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(settings).to_have_attribute("aria-expanded", "false")

    # A stateful popover reruns when opened: its content is computed only then.
    expect(page.get_by_text("Details open: False")).to_be_visible()
    page.get_by_role("button", name="Details").click()
    expect(page.get_by_text("Details open: True")).to_be_visible()
    expect(page.get_by_role("dialog", name="Details")).to_contain_text("Expensive details loaded")
    page.get_by_role("heading", name="Popover").click()  # a click outside closes it
    expect(page.get_by_text("Details open: False")).to_be_visible()
    expect(page.get_by_text("Expensive details loaded")).to_have_count(0)


def dialog(page: Page) -> None:
    """examples/dialog.py: open a dialog, rerun it from a widget inside, close it with
    st.rerun() and with Escape; dismissal callbacks; a sandboxed components.html frame."""
    expect(page.get_by_text("Full runs: 1")).to_be_visible()
    page.get_by_role("button", name="Vote for A").click()
    modal = page.get_by_role("dialog", name="Cast your vote")
    expect(modal).to_be_visible()
    expect(modal).to_contain_text("Why is A your favorite?")
    reason = modal.get_by_label("Because...")
    reason.fill("red")
    reason.press("Enter")
    expect(modal).to_contain_text("Reason so far: red")  # the dialog reran on its own
    expect(page.get_by_text("Full runs: 2")).to_be_attached()  # the page behind did not
    modal.get_by_role("button", name="Submit").click()  # st.rerun() closes it
    expect(modal).to_have_count(0)
    expect(page.get_by_text("Votes: A (red)")).to_be_visible()

    page.get_by_role("button", name="Vote for A").click()
    expect(modal).to_be_visible()
    page.keyboard.press("Escape")
    expect(modal).to_be_hidden()
    page.get_by_role("button", name="Ping").click()  # the page still answers
    expect(page.get_by_text("Pong")).to_be_visible()

    page.get_by_role("button", name="Show terms").click()
    terms = page.get_by_role("dialog", name="Terms")
    expect(terms).to_contain_text("Read the terms carefully.")
    terms.get_by_role("button", name="Close").click()  # on_dismiss runs its callback
    expect(page.get_by_text("Terms dismissed 1 times")).to_be_visible()
    expect(terms).to_have_count(0)

    frame = page.frame_locator("iframe[title='st.iframe']")
    expect(frame.locator("#msg")).to_have_text("Script ran in the frame")
    inline = page.frame_locator("iframe[title='Inline frame demo']")
    expect(inline.get_by_role("heading", name="Inline frame")).to_be_visible()
    expect(page.get_by_role("heading", name="Dialog")).to_be_visible()  # not HACKED
    expect(page.get_by_role("status", name="Loading")).to_be_visible()
    pinned = page.get_by_text("Pinned to the bottom of the page")
    expect(pinned).to_be_in_viewport()  # st.bottom stays in view at the foot of the page


def grid(page: Page) -> None:
    """examples/grid.py: three cards side by side, a cell spanning two columns, a widget in it."""
    expect(page.get_by_role("heading", name="Grid")).to_be_visible()
    page.locator(".stb-grid").wait_for(state="attached")  # laid out once its chunk loaded
    tops = [
        page.get_by_text(label, exact=True).bounding_box()["y"]  # type: ignore[index]
        for label in ("Users", "Sales", "Errors")
    ]
    assert tops[0] == tops[1] == tops[2]  # one row of three cells
    wide = page.get_by_text("A wide cell").bounding_box()
    users = page.get_by_text("Users", exact=True).bounding_box()
    assert wide is not None and users is not None and wide["y"] > users["y"]
    page.get_by_role("button", name="Refresh").click()
    expect(page.get_by_text("Refreshed", exact=True)).to_be_visible()
