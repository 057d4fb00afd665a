"""User text is never executed as HTML: script tags, event-handler attributes and script-capable
link schemes are neutralised everywhere text is shown, unless the API explicitly allows HTML."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, common, el

SCRIPT = "<script>window.__pwned = 'script'</script>"
IMG = "<img src=x onerror=\"window.__pwned = 'img'\">"
LINK = "[click me](javascript:window.__pwned='link')"
PAYLOADS = [SCRIPT, IMG, "<svg onload=\"window.__pwned = 'svg'\"></svg>"]


def pwned(ui: Harness) -> object:
    ui.page.wait_for_timeout(100)  # give a broken image's onerror time to fire
    return ui.page.evaluate("() => window.__pwned")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_render_as_text_everywhere(ui: Harness, payload: str) -> None:
    c = common("w", payload)
    ui.send(
        el([0, 0], markdown=pb.Markdown(body=f"before {payload} after")),
        el([0, 1], markdown=pb.Markdown(body=payload, kind=pb.Markdown.CAPTION)),
        el([0, 2], heading=pb.Heading(tag="h2", body=payload, help=payload)),
        el([0, 3], alert=pb.Alert(body=payload)),
        el([0, 4], text=pb.Text(body=payload)),
        el([0, 5], code=pb.Code(code_text=payload)),
        el([0, 6], exception=pb.Exception(type=payload, message=payload, stack_trace=[payload])),
        el([0, 7], json=pb.Json(body=f'{{"k": {payload!r}}}'.replace("'", '"'))),
        el([0, 8], metric=pb.Metric(label=payload, body=payload, delta=payload)),
        el([0, 9], checkbox=pb.Checkbox(common=c)),
        el([0, 10], radio=pb.Radio(common=common("r", "R"), options=[payload])),
        el([0, 11], selectbox=pb.Selectbox(common=common("s", "S"), options=[payload])),
        el([0, 12], button=pb.Button(common=common("b", payload))),
        el([0, 13], progress=pb.Progress(value=5, text=payload)),
        el([0, 14], spinner=pb.Spinner(text=payload)),
        el([2, 0], toast=pb.Toast(body=payload)),
    )
    assert pwned(ui) is None
    main = ui.page.locator(".stb-app")
    expect(main.locator("img")).to_have_count(0)
    expect(main.locator("script")).to_have_count(0)
    expect(main.locator("svg")).to_have_count(0)
    # The text is still shown, literally.
    expect(ui.page.locator(".stb-text pre")).to_have_text(payload)
    expect(ui.page.locator(".stb-markdown").first).to_contain_text(payload)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:window.__pwned='link'",
        "JaVaScRiPt:window.__pwned='case'",
        "java%0ascript:window.__pwned='enc'",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "&#106;avascript:window.__pwned='entity'",
    ],
)
def test_script_urls_are_neutralised(ui: Harness, url: str) -> None:
    ui.send(
        el([0, 0], markdown=pb.Markdown(body=f"[click me]({url.replace(' ', '%20')})")),
        el([0, 1], markdown=pb.Markdown(body=f"<{url}>")),
        el([0, 2], markdown=pb.Markdown(body=f"![pic]({url})")),
        el([0, 3], markdown=pb.Markdown(body=f"[ref link][r]\n\n[r]: {url}")),
    )
    links = ui.page.locator(".stb-markdown a")
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        assert href is None or not href.lower().startswith(("javascript", "data", "vbscript")), href
    expect(ui.page.locator(".stb-markdown img")).to_have_count(0)
    ui.page.get_by_text("click me").click()
    assert pwned(ui) is None
    assert ui.page.url.endswith("/harness.html")


def test_safe_links_and_images_still_work(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            markdown=pb.Markdown(
                body='[docs](https://example.com/a?b=1&c="x") and [local](page#frag "T") '
                "![dot](data:image/png;base64,iVBORw0KGgo=)"
            ),
        )
    )
    docs = ui.page.get_by_role("link", name="docs")
    # The quote stays inside the attribute value (escaped), it cannot open a new attribute.
    expect(docs).to_have_attribute("href", 'https://example.com/a?b=1&c="x"')
    expect(docs).to_have_attribute("target", "_blank")
    expect(docs).to_have_attribute("rel", "noopener noreferrer")
    local = ui.page.get_by_role("link", name="local")
    expect(local).to_have_attribute("href", "page#frag")
    expect(local).to_have_attribute("title", "T")
    expect(ui.page.locator(".stb-markdown img")).to_have_attribute("alt", "dot")


def test_allow_html_and_html_element_render_raw_html(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0], markdown=pb.Markdown(body="<span class='ok'>raw</span> **md**", allow_html=True)
        ),
        el([0, 1], markdown=pb.Markdown(body="<span class='no'>escaped</span>")),
        el([0, 2], html=pb.Html(body="<em class='html-el'>html element</em>")),
    )
    expect(ui.page.locator(".stb-markdown span.ok")).to_have_text("raw")
    expect(ui.page.locator(".stb-markdown strong")).to_have_text("md")
    expect(ui.page.locator("span.no")).to_have_count(0)
    expect(ui.page.get_by_text("<span class='no'>escaped</span>")).to_be_visible()
    expect(ui.page.locator("em.html-el")).to_have_text("html element")
