"""st.popover in the renderer: the button opens a dialog holding the children; a plain
popover opens and closes in the page, a stateful one sends its open state."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, blk, common, states, text


def test_plain_popover_opens_in_the_page(ui: Harness) -> None:
    ui.send(blk([0, 0], popover=pb.Block.Popover(label="Menu", help="More options", icon="🍔")))
    ui.send(text([0, 0, 0], "inside"))
    button = ui.page.get_by_role("button", name="Menu")
    expect(ui.page.get_by_role("img", name="Help: More options")).to_be_visible()
    expect(ui.page.get_by_text("inside")).to_be_hidden()
    button.click()
    expect(ui.page.get_by_role("dialog", name="Menu")).to_contain_text("inside")
    expect(button).to_have_attribute("aria-expanded", "true")
    ui.assert_nothing_sent()
    button.click()
    expect(ui.page.get_by_text("inside")).to_be_hidden()


def test_stateful_popover_sends_its_open_state(ui: Harness) -> None:
    ui.send(blk([0, 0], popover=pb.Block.Popover(label="Lazy", common=common("p", "Lazy"))))
    ui.page.get_by_role("button", name="Lazy").click()
    assert states(ui.rerun()) == {"p": ("bool_value", True)}
    ui.page.keyboard.press("Escape")
    assert states(ui.rerun()) == {"p": ("bool_value", False)}


def test_disabled_popover_does_not_open(ui: Harness) -> None:
    ui.send(blk([0, 0], popover=pb.Block.Popover(label="Off", disabled=True, type="primary")))
    button = ui.page.get_by_role("button", name="Off")
    expect(button).to_be_disabled()
    expect(button).to_have_class("stb-btn stb-btn-primary")
