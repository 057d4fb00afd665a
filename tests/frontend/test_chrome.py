"""Page-level behaviour: running indicator + Stop, theme, page config, query string, auto
reruns, session errors, the sidebar, and the page template itself."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.browser_support import render_page
from tests.frontend.harness import Harness, common, el, started, states, text


def rgb(ui: Harness) -> str:
    return ui.page.evaluate("() => getComputedStyle(document.body).backgroundColor")


DARK_BG = "rgb(14, 17, 23)"
LIGHT_BG = "rgb(255, 255, 255)"


def test_running_indicator_and_stop(ui: Harness) -> None:
    running = ui.page.get_by_text("Running…")
    expect(running).to_be_hidden()
    ui.send(pb.ForwardMsg(session_status=pb.SessionStatus(script_is_running=True)))
    expect(running).to_be_visible()
    box = running.bounding_box()
    assert box and box["y"] < 60 and box["x"] > (ui.page.viewport_size or {"width": 0})["width"] / 2
    ui.page.get_by_role("button", name="Stop").click()
    (msg,) = ui.wait_sent(1)
    assert msg.WhichOneof("type") == "stop" and msg.stop is True
    ui.send(pb.ForwardMsg(session_status=pb.SessionStatus(script_is_running=False)))
    expect(running).to_be_hidden()
    expect(ui.page.get_by_role("button", name="Stop")).to_be_hidden()


def new_session(base: pb.Theme.Base) -> pb.ForwardMsg:
    return pb.ForwardMsg(new_session=pb.NewSession(session_id="s1", theme=pb.Theme(base=base)))


@pytest.mark.parametrize(
    ("scheme", "base", "expected"),
    [
        ("dark", pb.Theme.AUTO, DARK_BG),
        ("light", pb.Theme.AUTO, LIGHT_BG),
        ("dark", pb.Theme.LIGHT, LIGHT_BG),
        ("light", pb.Theme.DARK, DARK_BG),
    ],
)
def test_theme(ui: Harness, scheme: Any, base: pb.Theme.Base, expected: str) -> None:
    ui.page.emulate_media(color_scheme=scheme)
    ui.send(new_session(base), text([0, 0], "themed"))
    assert rgb(ui) == expected
    colour = ui.page.locator(".stb-text").evaluate("e => getComputedStyle(e).color")
    assert colour != rgb(ui)


def test_primary_colour(ui: Harness) -> None:
    ui.send(
        pb.ForwardMsg(new_session=pb.NewSession(theme=pb.Theme(primary_color="#123456"))),
        el([0, 0], button=pb.Button(common=common("b", "Go"), type="primary")),
    )
    expect(ui.page.get_by_role("button", name="Go")).to_have_css(
        "background-color", "rgb(18, 52, 86)"
    )


def test_page_config_and_sidebar(ui: Harness) -> None:
    page = ui.page
    expect(page.locator(".stb-sidebar")).to_be_hidden()
    expect(page.get_by_role("button", name="Close sidebar")).to_be_hidden()
    main_width = page.locator(".stb-main .stb-root-block").bounding_box()
    ui.send(
        pb.ForwardMsg(
            page_config=pb.PageConfig(
                title="My App",
                icon="🚀",
                layout=pb.PageConfig.WIDE,
                initial_sidebar_state=pb.PageConfig.EXPANDED,
            )
        )
    )
    expect(page).to_have_title("My App")
    wide_width = page.locator(".stb-main .stb-root-block").bounding_box()
    assert main_width and wide_width and wide_width["width"] > main_width["width"]
    ui.send(text([1, 0], "in the sidebar"), text([0, 0], "in main"))
    sidebar = page.get_by_role("complementary", name="Sidebar")
    expect(sidebar).to_contain_text("in the sidebar")
    side, main = sidebar.bounding_box(), page.get_by_text("in main").bounding_box()
    assert side and main and side["x"] < main["x"]
    page.get_by_role("button", name="Close sidebar").click()
    expect(sidebar).to_be_hidden()
    page.get_by_role("button", name="Open sidebar").click()
    expect(sidebar).to_be_visible()
    # The tab's icon comes with the lazy page_chrome chunk.
    expect(page.locator("link[rel=icon]")).to_have_attribute("href", re.compile("svg"))


def test_query_string_is_mirrored_and_sent_back(ui: Harness) -> None:
    ui.send(
        pb.ForwardMsg(query_string=pb.QueryString(query_string="page=2&q=a%20b")),
        el([0, 0], checkbox=pb.Checkbox(common=common("c", "C"))),
    )
    assert ui.page.evaluate("() => location.search") == "?page=2&q=a%20b"
    assert ui.page.url.split("?")[0].endswith("/harness.html")
    ui.page.get_by_label("C", exact=True).check()
    assert ui.rerun().query_string == "page=2&q=a%20b"
    ui.send(pb.ForwardMsg(query_string=pb.QueryString(query_string="")))
    assert ui.page.evaluate("() => location.search") == ""


def test_auto_rerun_requests_fragment_reruns(ui: Harness) -> None:
    ui.send(
        started("r1"),
        el([0, 0], frag="tick", checkbox=pb.Checkbox(common=common("c", "Live"), value=True)),
        pb.ForwardMsg(auto_rerun=pb.AutoRerun(fragment_id="tick", interval_seconds=0.1)),
    )
    msgs = ui.wait_sent(2)
    assert all(m.rerun.fragment_id == "tick" for m in msgs)
    assert states(msgs[0].rerun) == {"c": ("bool_value", True)}
    # A full rerun clears the timers (the runtime re-sends auto_rerun when still wanted).
    ui.send(started("r2"))
    ui.page.wait_for_timeout(150)
    ui.take()
    ui.assert_nothing_sent(300)


def test_session_error_banner(ui: Harness) -> None:
    ui.send(pb.ForwardMsg(session_error=pb.SessionError(message="Session expired")))
    expect(ui.page.get_by_role("alert")).to_have_text("Session expired")
    ui.send(new_session(pb.Theme.AUTO))
    expect(ui.page.get_by_text("Session expired")).to_be_hidden()


def test_template_renders_relative_assets_and_escapes_title() -> None:
    html = render_page(title="<b>A & B</b>", asset_base="static/")
    assert '<link rel="stylesheet" href="static/renderer.css">' in html
    assert '<script src="static/renderer.js"></script>' in html
    assert "<title>&lt;b&gt;A &amp; B&lt;/b&gt;</title>" in html
    assert 'stbundle.connectWebSocket(document.getElementById("stb-root"))' in html
    assert "http" not in html.replace("http://www.w3.org", "")
    custom = render_page(bootstrap="<script>start()</script>", asset_base="")
    assert "<script>start()</script>" in custom and "connectWebSocket" not in custom
