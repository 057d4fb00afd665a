"""Browser checks for text and feedback commands (examples/echo.py, examples/celebrate.py):
st.echo shows its block's source above or below its output; st.balloons and st.snow play an
overlay that never takes clicks, and hold still for people who prefer reduced motion."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def echo(page: Page) -> None:
    expect(page.get_by_role("heading", name="Echo")).to_be_visible()
    first = page.locator("pre").filter(has_text="total = sum(range(5))")
    expect(first).to_contain_text('st.write(f"The total is {total}")')
    output = page.get_by_text("The total is 10")
    expect(output).to_be_visible()
    below = page.locator("pre").filter(has_text='st.write("Code below this line")')
    expect(below).to_be_visible()
    line = page.get_by_text("Code below this line", exact=True)
    code_top = first.bounding_box()
    out_top = output.bounding_box()
    below_top = below.bounding_box()
    line_top = line.bounding_box()
    assert code_top and out_top and below_top and line_top
    assert code_top["y"] < out_top["y"]  # above: the code comes first
    assert line_top["y"] < below_top["y"]  # below: the output comes first


def celebrate(page: Page) -> None:
    expect(page.get_by_role("heading", name="Celebrate")).to_be_visible()
    badge = page.locator(".stb-badge").filter(has_text="Launched")
    expect(badge).to_have_text("🚀 Launched")
    assert badge.evaluate("e => getComputedStyle(e).color") == "rgb(21, 130, 55)"
    page.get_by_role("button", name="Balloons").click()
    expect(page.get_by_text("Hooray!")).to_be_visible()
    layer = page.locator(".stb-celebration.stb-balloons")
    expect(layer).to_have_count(1)
    expect(layer).to_have_attribute("aria-hidden", "true")
    # The overlay never takes clicks: the page stays usable while it plays.
    page.get_by_role("button", name="Snow").click()
    expect(page.get_by_text("Brr!")).to_be_visible()
    expect(page.locator(".stb-celebration.stb-snow")).to_have_count(1)
    moving = page.locator(".stb-snow .stb-celebration-piece").first
    assert moving.evaluate("e => getComputedStyle(e).animationName") == "stb-fall"
    # A person who prefers reduced motion gets still emoji that fade instead.
    page.emulate_media(reduced_motion="reduce")
    page.get_by_role("button", name="Snow").click()
    still = page.locator(".stb-snow .stb-celebration-piece").last
    assert still.evaluate("e => getComputedStyle(e).animationName") == "stb-fade"
    expect(page.locator(".stb-celebration")).to_have_count(0, timeout=10_000)


def markdown_extras(page: Page) -> None:
    """Red text, a background, an icon, emoji, a table, a task list and formulas, as a person
    sees them; the formulas carry MathML for screen readers."""
    failing = page.get_by_text("failing", exact=True)
    expect(failing).to_be_visible()
    assert failing.evaluate("e => getComputedStyle(e).color") == "rgb(224, 40, 46)"
    expect(page.get_by_text("passing", exact=True)).to_be_visible()
    icon = page.locator(".stb-icon")
    expect(icon).to_have_text("check_circle")
    page.wait_for_function("() => document.fonts.check('20px \"Material Symbols Rounded\"', 'x')")
    expect(page.get_by_text("Thanks 👍 (fine print) → done")).to_be_visible()
    expect(page.get_by_role("cell", name="42")).to_be_visible()
    expect(page.get_by_role("checkbox")).to_have_count(2)
    expect(page.get_by_role("checkbox").first).to_be_checked()
    display = page.locator(".katex-display annotation")
    expect(display).to_have_text(r"\int_0^1 x^2\,dx = \frac{1}{3}")
    expect(page.locator("p .katex annotation")).to_have_text(r"e^{i\pi} + 1 = 0")
    expect(page.get_by_text("prices $5 and $10 stay text.", exact=False)).to_be_visible()
    # The font is fetched when the formula is first laid out: wait for it, as the
    # Material Symbols check above does (an immediate check failed in CI under load).
    page.wait_for_function("() => document.fonts.check('20px KaTeX_Main')")
