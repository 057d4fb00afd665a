"""Every display element renders the right DOM from real ForwardMsg bytes."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, el, text

M = pb.Metric


def test_headings_markdown_text_code(ui: Harness) -> None:
    ui.send(
        el([0, 0], heading=pb.Heading(tag="h1", body="Big *title*", help="Tip", divider="blue")),
        el([0, 1], heading=pb.Heading(tag="h2", body="Sub", anchor="custom-anchor")),
        el([0, 2], heading=pb.Heading(tag="h3", body="Small")),
        el([0, 3], markdown=pb.Markdown(body="Hello **bold** and `code`\n\n- one\n- two")),
        el([0, 4], markdown=pb.Markdown(body="small print", kind=pb.Markdown.CAPTION)),
        el([0, 5], markdown=pb.Markdown(body="$$\ne^{i\\pi} + 1 = 0\n$$", kind=pb.Markdown.LATEX)),
        el([0, 6], markdown=pb.Markdown(kind=pb.Markdown.DIVIDER)),
        text([0, 7], "  spaced\n  text"),
        el([0, 8], code=pb.Code(code_text="print('hi')\nx = 1", language="python")),
        el([0, 9], code=pb.Code(code_text="a\nb", show_line_numbers=True)),
    )
    page = ui.page
    h1 = page.get_by_role("heading", level=1)
    expect(h1).to_have_text("Big title")
    expect(h1).to_have_attribute("id", "big-title")
    expect(h1.locator("em")).to_have_text("title")
    expect(page.get_by_role("img", name="Help: Tip")).to_have_attribute("title", "Tip")
    expect(page.locator(".stb-heading hr").first).to_be_visible()
    expect(page.get_by_role("heading", level=2)).to_have_attribute("id", "custom-anchor")
    expect(page.get_by_role("heading", level=3)).to_have_text("Small")
    md = page.locator(".stb-markdown").first
    expect(md.locator("strong")).to_have_text("bold")
    expect(md.locator("li")).to_have_text(["one", "two"])
    expect(page.locator(".stb-caption")).to_have_text("small print")
    # st.latex sends a $$ block: KaTeX draws it (MathML keeps the source for screen readers).
    expect(page.locator(".katex-display annotation")).to_have_text(r"e^{i\pi} + 1 = 0")
    expect(page.locator(".stb-markdown hr")).to_have_count(1)
    assert page.locator(".stb-text pre").text_content() == "  spaced\n  text"
    code = page.locator("pre.stb-code code.language-python")
    expect(code).to_have_text("print('hi')\nx = 1")
    expect(page.locator(".stb-numbered .stb-line")).to_have_count(2)


def test_json_is_a_collapsible_tree(ui: Harness) -> None:
    body = '{"name": "stb", "items": [1, 2, 3], "nested": {"ok": true, "none": null}}'
    ui.send(
        el([0, 0], json=pb.Json(body=body, expanded=True)),
        el([0, 1], json=pb.Json(body='{"hidden": 1}', expanded=False)),
        el([0, 2], json=pb.Json(body="not json {")),
    )
    page = ui.page
    first = page.locator(".stb-json").nth(0)
    expect(first).to_contain_text('"name": "stb"')
    expect(first).to_contain_text('"ok": true')
    assert first.locator("details").first.evaluate("d => d.open")
    collapsed = page.locator(".stb-json").nth(1).locator("details")
    assert not collapsed.evaluate("d => d.open")
    expect(page.get_by_text('"hidden": 1')).to_be_hidden()
    collapsed.locator("summary").click()
    expect(page.get_by_text('"hidden": 1')).to_be_visible()
    expect(page.locator(".stb-json").nth(2)).to_have_text("not json {")


def test_metric_deltas_and_colours(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            metric=M(label="Up", body="10", delta="+2", delta_direction=M.UP, delta_tone="green"),
        ),
        el(
            [0, 1],
            metric=M(label="Down", body="8", delta="-2", delta_direction=M.DOWN, delta_tone="red"),
        ),
        el(
            [0, 2],
            metric=M(label="Inv", body="5", delta="+1", delta_direction=M.UP, delta_tone="red"),
        ),
        el(
            [0, 3],
            metric=M(label="Off", body="5", delta="-1", delta_direction=M.DOWN, delta_tone="gray"),
        ),
        el([0, 4], metric=M(label="Plain", body="42")),
    )
    metrics = ui.page.locator(".stb-metric")
    expect(metrics.nth(0).locator(".stb-metric-value")).to_have_text("10")
    expect(metrics.nth(0).locator(".stb-metric-delta")).to_have_text("↑ +2")
    expect(metrics.nth(0).locator(".stb-metric-delta")).to_have_class(
        "stb-metric-delta stb-delta-green"
    )
    expect(metrics.nth(1).locator(".stb-metric-delta")).to_have_text("↓ -2")
    expect(metrics.nth(1).locator(".stb-metric-delta")).to_have_class(
        "stb-metric-delta stb-delta-red"
    )
    expect(metrics.nth(2).locator(".stb-metric-delta")).to_have_class(
        "stb-metric-delta stb-delta-red"
    )
    expect(metrics.nth(3).locator(".stb-metric-delta")).to_have_class(
        "stb-metric-delta stb-delta-gray"
    )
    expect(metrics.nth(4).locator(".stb-metric-delta")).to_be_hidden()
    expect(metrics.nth(4).locator(".stb-metric-label")).to_have_text("Plain")


def test_alerts_and_exceptions(ui: Harness) -> None:
    A = pb.Alert
    ui.send(
        el([0, 0], alert=A(body="bad **thing**", format=A.ERROR)),
        el([0, 1], alert=A(body="careful", format=A.WARNING, icon="⚠️")),
        el([0, 2], alert=A(body="fyi", format=A.INFO)),
        el([0, 3], alert=A(body="yay", format=A.SUCCESS)),
        el(
            [0, 4],
            exception=pb.Exception(
                type="ZeroDivisionError",
                message="division by zero",
                stack_trace=['File "app.py", line 3, in <module>', "    1 / 0"],
            ),
        ),
        el([0, 5], exception=pb.Exception(type="UserWarning", message="hmm", is_warning=True)),
        el(
            [0, 6],
            exception=pb.Exception(type="SyntaxError", message="bad", filename="app.py", lineno=7),
        ),
    )
    page = ui.page
    expect(page.locator(".stb-alert-error")).to_have_attribute("role", "alert")
    expect(page.locator(".stb-alert-error strong")).to_have_text("thing")
    expect(page.locator(".stb-alert-warning")).to_contain_text("⚠️")
    expect(page.locator(".stb-alert-info")).to_have_text("fyi")
    expect(page.locator(".stb-alert-success")).to_have_text("yay")
    exc = page.locator(".stb-exception").nth(0)
    expect(exc.locator(".stb-exc-head")).to_have_text("ZeroDivisionError: division by zero")
    expect(exc.locator("pre")).to_have_text('File "app.py", line 3, in <module>\n    1 / 0')
    expect(exc).to_have_attribute("role", "alert")
    expect(page.locator(".stb-exception").nth(1)).to_have_class("stb-exception stb-exc-warning")
    expect(page.locator(".stb-exception").nth(2)).to_contain_text('File "app.py", line 7')


def test_html_empty_progress_spinner(ui: Harness) -> None:
    ui.send(
        el([0, 0], html=pb.Html(body="<b id='raw'>raw html</b>")),
        el([0, 1], empty=pb.Empty()),
        el([0, 2], progress=pb.Progress(value=42, text="Loading")),
        el([0, 3], spinner=pb.Spinner(text="Working hard")),
    )
    page = ui.page
    expect(page.locator("#raw")).to_have_text("raw html")
    expect(page.locator(".stb-empty")).to_have_text("")
    bar = page.get_by_role("progressbar", name="Loading")
    expect(bar).to_have_attribute("aria-valuenow", "42")
    expect(page.locator(".stb-progress-text")).to_have_text("Loading")
    assert page.locator(".stb-progress-fill").evaluate("e => e.style.width") == "42%"
    expect(page.locator(".stb-spinner")).to_have_text("Working hard")
    expect(page.locator(".stb-spinner .stb-spin")).to_be_visible()
    ui.send(el([0, 2], progress=pb.Progress(value=100, text="Done")))
    expect(page.get_by_role("progressbar", name="Done")).to_have_attribute("aria-valuenow", "100")


def test_toast_stack_auto_dismisses(context: Any, harness_url: str) -> None:
    page = context.new_page()
    page.clock.install()
    page.goto(harness_url)
    ui = Harness(page)
    page.wait_for_function("() => window.fake.onMessage")
    ui.send(el([2, 0], toast=pb.Toast(body="Saved!", icon="🎉", duration_seconds=4)))
    toast = page.locator(".stb-toasts .stb-toast")
    expect(toast).to_be_visible()
    expect(toast).to_contain_text("Saved!")
    box = toast.bounding_box()
    viewport = page.viewport_size
    assert (
        box and viewport and box["x"] > viewport["width"] / 2 and box["y"] > viewport["height"] / 2
    )
    page.clock.run_for(3000)
    expect(toast).to_be_visible()
    page.clock.run_for(1500)
    expect(toast).to_be_hidden()
    # The next run's toast call shows it again.
    ui.send(el([2, 0], run="r2", toast=pb.Toast(body="Saved again", duration_seconds=4)))
    expect(toast).to_be_visible()
    expect(toast.locator(".stb-toast-body")).to_have_text("Saved again")
    expect(toast.locator(".stb-icon")).to_be_hidden()


def test_toast_duration_long_and_infinite(context: Any, harness_url: str) -> None:
    page = context.new_page()
    page.clock.install()
    page.goto(harness_url)
    ui = Harness(page)
    page.wait_for_function("() => window.fake.onMessage")
    ui.send(el([2, 0], toast=pb.Toast(body="Long", duration_seconds=10)))
    ui.send(el([2, 1], toast=pb.Toast(body="Forever", duration_seconds=0)))
    long = page.locator(".stb-toast", has_text="Long")
    forever = page.locator(".stb-toast", has_text="Forever")
    page.clock.run_for(9000)
    expect(long).to_be_visible()
    page.clock.run_for(1500)
    expect(long).to_be_hidden()
    page.clock.run_for(60_000)
    expect(forever).to_be_visible()
    forever.get_by_role("button", name="Close").click()
    expect(forever).to_be_hidden()
