"""Streamlit's markdown extras in the renderer (the lazy `markdown` chunk, and `katex` for
maths): coloured text and backgrounds, custom colours (checked, never raw CSS), small text,
Material Symbols, emoji shortcodes, arrows, GFM tables and task lists, and LaTeX drawn by
KaTeX with MathML for screen readers."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, el


def md(i: int, body: str) -> pb.ForwardMsg:
    return el([0, i], markdown=pb.Markdown(body=body))


def test_colours_backgrounds_and_small_text(ui: Harness) -> None:
    ui.send(
        md(0, "A :red[warning] and :blue-background[note] and :grey[dim **bold**]"),
        md(1, ":rainbow[all] :primary[main] :small[fine print] :violet[a \\[b\\]]"),
        md(2, ':color[custom]{foreground="#d50000" background="rgb(0,100,200)"}'),
        md(3, ':color[bad]{foreground="red;background:url(x)"} :pink[nope] :red[<b>x</b>]'),
    )
    red = ui.page.locator(".stb-fg-red").first
    expect(red).to_have_text("warning")
    assert red.evaluate("e => getComputedStyle(e).color") == "rgb(224, 40, 46)"
    expect(ui.page.locator(".stb-bg-blue")).to_have_text("note")
    expect(ui.page.locator(".stb-fg-gray strong")).to_have_text("bold")
    expect(ui.page.locator(".stb-fg-rainbow")).to_have_text("all")
    expect(ui.page.locator(".stb-fg-primary")).to_have_text("main")
    small = ui.page.locator(".stb-small")
    expect(small).to_have_text("fine print")
    expect(ui.page.locator(".stb-fg-violet")).to_have_text("a [b]")
    custom = ui.page.get_by_text("custom", exact=True)
    assert custom.evaluate("e => getComputedStyle(e).color") == "rgb(213, 0, 0)"
    assert custom.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(0, 100, 200)"
    bad = ui.page.get_by_text("bad", exact=True)
    assert bad.evaluate("e => e.getAttribute('style')") is None  # an unsafe value is dropped
    expect(ui.page.get_by_text(":pink[nope]")).to_be_visible()  # not a Streamlit colour
    expect(ui.page.locator(".stb-fg-red").nth(1)).to_have_text("<b>x</b>")
    expect(ui.page.locator(".stb-fg-red b")).to_have_count(0)


def test_icons_emoji_and_arrows(ui: Harness) -> None:
    ui.send(
        md(0, "Home :material/home: and :+1: :sunglasses: :notanemoji:"),
        md(1, "a -> b <- c <-> d -- e >= f <= g ~= h `x->y`"),
    )
    icon = ui.page.locator(".stb-icon")
    expect(icon).to_have_text("home")
    expect(icon).to_have_attribute("aria-hidden", "true")
    ui.page.wait_for_function(
        "() => [...document.fonts].some(f => f.family.includes('Material Symbols')"
        " && f.status === 'loaded')"
    )
    expect(ui.page.get_by_text("Home home and 👍 😎 :notanemoji:")).to_be_visible()
    expect(ui.page.get_by_text("a → b ← c ↔ d — e ≥ f ≤ g ≈ h")).to_be_visible()
    expect(ui.page.locator("code")).to_have_text("x->y")  # code keeps its characters


def test_tables_and_task_lists(ui: Harness) -> None:
    ui.send(md(0, "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo"))
    expect(ui.page.get_by_role("table")).to_be_visible()
    expect(ui.page.get_by_role("cell", name="2")).to_be_visible()
    boxes = ui.page.get_by_role("checkbox")
    expect(boxes).to_have_count(2)
    expect(boxes.nth(0)).to_be_checked()
    expect(boxes.nth(1)).not_to_be_checked()
    expect(boxes.nth(0)).to_be_disabled()


def test_latex_is_drawn_by_katex_with_mathml(ui: Harness) -> None:
    ui.send(
        md(0, "Inline $e^{i\\pi} + 1 = 0$ here, but $5 and $10 stay text."),
        el([0, 1], markdown=pb.Markdown(body="$$\n\\frac{a}{b}\n$$", kind=pb.Markdown.LATEX)),
        md(2, "Broken $\\frac{1}{$ math"),
    )
    math = ui.page.locator("math")
    expect(math).to_have_count(2)
    # MathML for screen readers: the semantics carry the TeX source.
    expect(ui.page.locator("annotation").first).to_have_text("e^{i\\pi} + 1 = 0")
    expect(ui.page.locator(".katex-display")).to_have_count(1)
    expect(ui.page.locator(".katex-display annotation")).to_have_text("\\frac{a}{b}")
    expect(ui.page.get_by_text("$5 and $10 stay text.", exact=False)).to_be_visible()
    # KaTeX's fonts come from beside the chunk, never a CDN.
    ui.page.wait_for_function("() => document.fonts.check('20px KaTeX_Main')")
    expect(ui.page.locator(".katex-error")).to_have_count(1)
