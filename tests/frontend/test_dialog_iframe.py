"""@st.dialog, st.iframe / components.html, st.space and st.skeleton in the renderer."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, blk, el, finished, started, states, text

EVENT = pb.RootContainer.EVENT


def _dialog(ui: Harness, run: str = "r1", **fields: object) -> None:
    fields.setdefault("title", "Cast your vote")
    fields.setdefault("dismissible", True)
    fields.setdefault("is_open", True)
    ui.send(
        blk([EVENT, 0], run, dialog=pb.Block.Dialog(**fields)),  # type: ignore[arg-type]
        blk([EVENT, 0, 0], run, vertical=pb.Block.Vertical()),
        text([EVENT, 0, 0, 0], "Why is A your favourite?", run, frag="f"),
    )


def test_an_open_dialog_is_a_modal_named_by_its_title(ui: Harness) -> None:
    ui.send(text([0, 0], "behind"))
    _dialog(ui, icon="🗳️", width="large")
    dialog = ui.page.get_by_role("dialog", name="Cast your vote")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Why is A your favourite?")
    expect(dialog).to_contain_text("🗳️")
    assert ui.page.evaluate("() => document.querySelector('dialog').matches(':modal')")
    assert dialog.evaluate("d => d.getBoundingClientRect().width") > 500  # "large"


def test_escape_and_the_close_button_dismiss_it(ui: Harness) -> None:
    _dialog(ui)
    dialog = ui.page.get_by_role("dialog", name="Cast your vote")
    expect(dialog).to_be_visible()
    ui.page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    ui.assert_nothing_sent()  # on_dismiss="ignore"
    _dialog(ui, run="r2")  # the app calls it again: it opens again
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()


def test_a_click_on_the_backdrop_dismisses_it(ui: Harness) -> None:
    _dialog(ui)
    expect(ui.page.get_by_role("dialog")).to_be_visible()
    ui.page.mouse.click(5, 5)
    expect(ui.page.get_by_role("dialog")).to_be_hidden()


def test_on_dismiss_rerun_fires_its_trigger_for_the_whole_app(ui: Harness) -> None:
    _dialog(ui, common=pb.WidgetCommon(id="dlg", label="Cast your vote"))
    expect(ui.page.get_by_role("dialog", name="Cast your vote")).to_be_visible()
    ui.page.keyboard.press("Escape")
    rerun = ui.rerun()
    assert states(rerun) == {"dlg": ("trigger_value", True)}
    assert rerun.fragment_id == ""


def test_a_dialog_that_is_not_dismissible_stays(ui: Harness) -> None:
    _dialog(ui, dismissible=False, common=pb.WidgetCommon(id="dlg", label="Cast your vote"))
    dialog = ui.page.get_by_role("dialog", name="Cast your vote")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Close")).to_be_hidden()
    ui.page.keyboard.press("Escape")
    ui.page.mouse.click(5, 5)
    expect(dialog).to_be_visible()
    ui.assert_nothing_sent()


def test_a_full_run_without_it_closes_it_and_a_fragment_run_keeps_it(ui: Harness) -> None:
    _dialog(ui)
    dialog = ui.page.get_by_role("dialog", name="Cast your vote")
    ui.send(started("r2", "f"), text([EVENT, 0, 0, 0], "rerun inside", "r2", "f"), finished("r2"))
    expect(dialog).to_contain_text("rerun inside")
    ui.send(started("r3"), text([0, 0], "main only", "r3"), finished("r3"))
    expect(ui.page.get_by_text("main only")).to_be_visible()
    expect(ui.page.get_by_role("dialog")).to_have_count(0)


def test_html_scripts_run_inside_the_sandboxed_frame_only(ui: Harness) -> None:
    html = (
        "<p id='out'>static</p><script>"
        "document.getElementById('out').textContent = 'script ran';"
        "try { parent.document.body.textContent = 'HACKED' } catch (e) {}"
        "try { parent.document.title = 'HACKED' } catch (e) {}"
        "</script><div style='height: 300px'></div>"
    )
    ui.send(text([0, 0], "page text"), el([0, 1], iframe=pb.IFrame(srcdoc=html)))
    frame = ui.page.frame_locator("iframe")
    expect(frame.locator("#out")).to_have_text("script ran")
    expect(ui.page.get_by_text("page text")).to_be_visible()
    assert ui.page.title() != "HACKED"
    iframe = ui.page.locator("iframe")
    sandbox = iframe.get_attribute("sandbox") or ""
    assert "allow-scripts" in sandbox and "allow-same-origin" not in sandbox
    expect(iframe).to_have_attribute("title", "st.iframe")


def test_content_height_follows_the_embedded_html(ui: Harness) -> None:
    msg = el([0, 0], iframe=pb.IFrame(srcdoc="<div style='height: 320px'>tall</div>"))
    msg.delta.new_element.layout.height_content = True
    ui.send(msg)
    iframe = ui.page.locator("iframe")
    ui.page.wait_for_function(
        "() => document.querySelector('iframe').getBoundingClientRect().height > 320"
    )
    assert iframe.evaluate("f => f.getBoundingClientRect().height") < 400


def test_only_web_urls_are_loaded(ui: Harness) -> None:
    ui.send(
        el([0, 0], iframe=pb.IFrame(src="javascript:alert(1)", alt="Bad")),
        el([0, 1], iframe=pb.IFrame(src="data:text/html,<b>ok</b>", alt="Good", tab_index=-1)),
    )
    bad = ui.page.get_by_title("Bad")
    good = ui.page.get_by_title("Good")
    expect(good).to_have_attribute("src", "data:text/html,<b>ok</b>")
    expect(good).to_have_attribute("tabindex", "-1")
    assert bad.get_attribute("src") is None


def test_space_takes_height_in_a_column_and_width_in_a_row(ui: Harness) -> None:
    row = blk([0, 1], vertical=pb.Block.Vertical())
    row.delta.add_block.layout.horizontal = True
    ui.send(
        el([0, 0], space=pb.Space(size="medium", rem=2.5)),
        row,
        text([0, 1, 0], "Left"),
        el([0, 1, 1], space=pb.Space(pixels=40)),
        text([0, 1, 2], "Right"),
    )
    spaces = ui.page.locator(".stb-space")
    column_space = spaces.nth(0).evaluate("e => e.getBoundingClientRect().height")
    assert column_space == 40  # 2.5rem at 16px
    assert spaces.nth(1).evaluate("e => e.getBoundingClientRect().width") == 40


def test_skeleton_shows_loading_and_the_with_form_waits(ui: Harness) -> None:
    ui.send(el([0, 0], skeleton=pb.Skeleton()))
    expect(ui.page.get_by_role("status", name="Loading")).to_be_visible()
    delayed = pb.ForwardMsg(
        metadata=pb.ForwardMsgMetadata(delta_path=[0, 1], run_id="r1", transient=True),
        delta=pb.Delta(new_element=pb.Element(skeleton=pb.Skeleton(delayed=True))),
    )
    ui.send(delayed)
    hidden = ui.page.evaluate(
        "() => getComputedStyle(document.querySelector('.stb-skeleton[data-delayed]')).visibility"
    )
    assert hidden == "hidden"  # quick work never flashes it
    expect(ui.page.get_by_role("status", name="Loading")).to_have_count(2, timeout=3000)


def test_the_title_takes_inline_markdown_but_no_html(ui: Harness) -> None:
    _dialog(ui, title="Cast **your** vote <img src=x onerror=alert(1)>")
    dialog = ui.page.get_by_role("dialog", name="Cast your vote")
    expect(dialog).to_be_visible()
    expect(dialog.locator("h2 strong")).to_have_text("your")
    expect(dialog.locator("h2 img")).to_have_count(0)


def test_a_session_file_loads_from_the_media_channel_still_sandboxed(ui: Harness) -> None:
    svg = (
        "<svg xmlns='http://www.w3.org/2000/svg' width='80' height='40'>"
        "<text y='20'>chart</text></svg>"
    )
    ui.page.evaluate("u => { window.fake.media['m1'] = u }", "data:image/svg+xml," + svg)
    ui.send(el([0, 0], iframe=pb.IFrame(file=pb.MediaRef(media_id="m1"), alt="Report")))
    frame = ui.page.get_by_title("Report")
    expect(frame).to_have_attribute("src", re.compile(r"^data:image/svg\+xml,"))
    assert "allow-same-origin" not in (frame.get_attribute("sandbox") or "")
