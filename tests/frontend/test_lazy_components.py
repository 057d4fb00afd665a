"""Components whose code is a lazy chunk of their own (specs: `Renderer(lazy=True)`).

The page fetches a lazy component's chunk only when such an element is drawn; until it arrives
a placeholder holds the element's place, and then the real component takes it with the
newest value, the layout and classes the tree set on the placeholder, and works as usual.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, common, el, states, text

CHUNK = "component_widgets_color.js"


def _requests(page: Any) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url.rsplit("/", 1)[-1]))
    return seen


def test_the_chunk_loads_only_when_the_element_is_drawn(ui: Harness) -> None:
    seen = _requests(ui.page)
    ui.send(text([0, 0], "plain page"))
    expect(ui.page.get_by_text("plain page")).to_be_visible()
    ui.page.wait_for_timeout(100)
    assert CHUNK not in seen
    ui.send(el([0, 1], color_picker=pb.ColorPicker(common=common("c", "Tint"), value="#00FF00")))
    tint = ui.page.get_by_label("Tint")
    expect(tint).to_have_value("#00ff00")
    assert CHUNK in seen
    assert ui.page.locator(".stb-lazy").count() == 0  # the placeholder was replaced


def test_updates_before_the_chunk_arrives_keep_the_newest_value_and_layout(ui: Harness) -> None:
    # Hold the chunk back so that two updates and the layout land on the placeholder first.
    release: list[Any] = []
    ui.page.route(f"**/{CHUNK}", lambda route: release.append(route))
    picker = pb.ColorPicker(common=common("c", "Tint"), value="#00FF00")
    ui.send(el([0, 0], color_picker=picker))
    newer = pb.ColorPicker(common=common("c", "Tint"), value="#0000FF")
    msg = el([0, 0], color_picker=newer)
    msg.delta.new_element.layout.width_pixels = 222
    ui.send(msg)
    ui.page.wait_for_function("() => document.querySelector('.stb-lazy') !== null")
    ui.page.wait_for_timeout(50)
    assert release, "the chunk was requested"
    release[0].continue_()
    tint = ui.page.get_by_label("Tint")
    expect(tint).to_have_value("#0000ff")
    # The layout the tree set while the placeholder stood there is on the real widget.
    sized = ui.page.locator('[data-width="px"]').filter(has=tint)
    expect(sized).to_have_count(1)
    assert sized.evaluate("e => e.style.width") == "222px"
    tint.fill("#ff0000")
    assert states(ui.rerun()) == {"c": ("string_value", "#ff0000")}


def test_a_missing_chunk_says_so_in_place(ui: Harness) -> None:
    ui.page.route(f"**/{CHUNK}", lambda route: route.abort())
    ui.send(el([0, 0], color_picker=pb.ColorPicker(common=common("c", "Tint"), value="#00FF00")))
    expect(ui.page.get_by_text("This element could not be loaded.")).to_be_visible()
