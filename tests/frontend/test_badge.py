"""Markdown's badge directive (what st.badge sends) in the renderer: a coloured span whose
label is text (never HTML), with escaped brackets kept and unknown colours left alone."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, el


def test_badges_render_as_coloured_spans(ui: Harness) -> None:
    ui.send(
        el([0, 0], markdown=pb.Markdown(body=":green-badge[🔥 Hot \\[beta\\]]")),
        el([0, 1], markdown=pb.Markdown(body="Two :grey-badge[old] and :red-badge[<b>x</b>]")),
        el([0, 2], markdown=pb.Markdown(body=":pink-badge[nope]")),
    )
    hot = ui.page.locator(".stb-badge[data-color=green]")
    expect(hot).to_have_text("🔥 Hot [beta]")
    expect(ui.page.locator(".stb-badge[data-color=gray]")).to_have_text("old")
    red = ui.page.locator(".stb-badge[data-color=red]")
    expect(red).to_have_text("<b>x</b>")
    expect(red.locator("b")).to_have_count(0)
    expect(ui.page.get_by_text(":pink-badge[nope]")).to_be_visible()
    assert hot.evaluate("e => getComputedStyle(e).color") == "rgb(21, 130, 55)"
