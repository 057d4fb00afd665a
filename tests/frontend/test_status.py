"""st.status in the renderer: an expander whose summary names its state, updated in place
(children kept), opening or closing when an update asks for it and otherwise keeping the
user's choice."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, blk, text


def _status(label: str, state: str, expanded: bool = False) -> pb.Block.Expander:
    return pb.Block.Expander(label=label, state=state, expanded=expanded, icon="x")


def test_status_updates_in_place(ui: Harness) -> None:
    ui.send(blk([0, 0], expander=_status("Working <b>hard</b>", "running", True)))
    ui.send(text([0, 0, 0], "step one"))
    summary = ui.page.locator("summary")
    expect(summary).to_have_text("Working <b>hard</b>")  # text, never HTML
    expect(summary.get_by_role("img", name="Running")).to_be_visible()
    expect(ui.page.get_by_text("step one")).to_be_visible()

    # An update that leaves `expanded` as it was keeps the user's choice (closed here).
    summary.click()
    expect(ui.page.get_by_text("step one")).to_be_hidden()
    ui.send(blk([0, 0], expander=_status("Done", "complete", True)))
    expect(summary).to_have_text("Done")
    expect(summary.get_by_role("img", name="Complete")).to_be_visible()
    expect(ui.page.get_by_text("step one")).to_be_hidden()

    # An update that changes `expanded` applies it; the children are still there.
    ui.send(blk([0, 0], expander=_status("Done", "complete", False)))
    ui.send(blk([0, 0], expander=_status("Failed", "error", True)))
    expect(summary.get_by_role("img", name="Error")).to_be_visible()
    expect(ui.page.get_by_text("step one")).to_be_visible()


def test_plain_expander_shows_its_icon_as_text(ui: Harness) -> None:
    ui.send(blk([0, 0], expander=pb.Block.Expander(label="More", icon="🔥")))
    expect(ui.page.locator("summary")).to_have_text("🔥 More")
    expect(ui.page.get_by_role("img")).to_have_count(0)
