"""The renderer sanitises st.html and unsafe_allow_html markdown with DOMPurify (a lazy chunk,
fetched on the first such element): every classic payload is neutralised, harmless markup and
text stay, and only st.html(unsafe_allow_javascript=True) runs <script>s."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.browser.xss import ALLOWED_BUT_HANDLER, ALLOWED_SCRIPT, DOM_CHECK, PAYLOADS, Payload
from tests.frontend.harness import Harness, el


def _settled(ui: Harness) -> None:
    ui.page.wait_for_function("() => !document.querySelector('[aria-busy=true]')")
    ui.page.wait_for_timeout(200)  # broken images' onerror, autofocus, ontoggle


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: p.name)
def test_payload_is_neutralised_in_html_and_markdown(ui: Harness, payload: Payload) -> None:
    ui.send(
        el([0, 0], html=pb.Html(body=f"<p>before</p>{payload.html}<p>after</p>")),
        el([0, 1], markdown=pb.Markdown(body=f"**md** {payload.html} tail", allow_html=True)),
    )
    expect(ui.page.locator(".stb-html p").first).to_have_text("before")
    expect(ui.page.locator(".stb-markdown strong")).to_have_text("md")
    _settled(ui)
    assert ui.page.evaluate("() => window.__pwned") is None
    assert ui.page.locator(".stb-app").evaluate(DOM_CHECK) == []
    if payload.visible:
        expect(ui.page.locator(".stb-html")).to_contain_text(payload.visible)


def test_only_unsafe_allow_javascript_runs_scripts(ui: Harness) -> None:
    ui.send(
        el([0, 0], html=pb.Html(body=ALLOWED_SCRIPT, unsafe_allow_javascript=True)),
        el([0, 1], html=pb.Html(body=ALLOWED_BUT_HANDLER, unsafe_allow_javascript=True)),
        el([0, 2], html=pb.Html(body="<b id='same'>x</b><script>window.__pwned = 1</script>")),
    )
    expect(ui.page.locator("#allowed")).to_have_text("script ran")
    expect(ui.page.locator("#same")).to_have_text("x")
    _settled(ui)
    assert ui.page.evaluate("() => window.__pwned") is None
    expect(ui.page.locator("img.still-sanitised")).to_have_count(1)
    assert ui.page.locator("img.still-sanitised").get_attribute("onerror") is None


def test_links_opening_a_new_tab_get_noopener_and_styles_stay(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            html=pb.Html(
                body="<style>.tinted { color: rgb(1, 2, 3); }</style>"
                "<a class='tinted' href='https://example.com' target='_blank'>out</a>"
            ),
        )
    )
    link = ui.page.get_by_role("link", name="out")
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(link).to_have_css("color", "rgb(1, 2, 3)")


def test_a_later_update_wins_over_the_first_one_still_loading(ui: Harness) -> None:
    # Two updates of one element before the sanitiser has loaded: the last one is shown.
    ui.send(el([0, 0], markdown=pb.Markdown(body="<i>first</i>", allow_html=True)))
    ui.send(el([0, 0], markdown=pb.Markdown(body="plain *second*")))
    expect(ui.page.locator(".stb-markdown em")).to_have_text("second")
    ui.page.wait_for_timeout(300)
    expect(ui.page.locator(".stb-markdown i")).to_have_count(0)
