"""st.balloons / st.snow in the renderer: the element takes no space, and each update plays
an overlay that ignores the pointer and removes itself."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, el


def test_each_update_plays_an_overlay_that_goes_away(ui: Harness) -> None:
    ui.send(el([0, 0], balloons=pb.Celebration(show=True)))
    layer = ui.page.locator(".stb-celebration.stb-balloons")
    expect(layer).to_have_count(1)
    expect(layer.locator(".stb-celebration-piece")).to_have_count(24)
    assert layer.evaluate("e => getComputedStyle(e).pointerEvents") == "none"
    expect(ui.page.locator(".stb-celebration-anchor")).to_be_hidden()
    ui.send(el([0, 0], run="r2", balloons=pb.Celebration(show=True)))
    expect(layer).to_have_count(2)
    ui.send(el([0, 1], snow=pb.Celebration(show=True)))
    expect(ui.page.locator(".stb-celebration.stb-snow")).to_have_count(1)
    expect(ui.page.locator(".stb-celebration")).to_have_count(0, timeout=10_000)
