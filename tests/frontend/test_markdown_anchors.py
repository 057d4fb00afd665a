"""Headings inside st.markdown: an id for URL fragments, and a link icon on hover unless the
element says anchors=False (Streamlit 1.67's `anchors`)."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, el


def test_markdown_headings_get_ids_and_hover_links(ui: Harness) -> None:
    ui.send(el([0, 0], markdown=pb.Markdown(body="## Quarterly *sales*\n\ntext")))
    heading = ui.page.get_by_role("heading", name="Quarterly sales")
    expect(heading).to_have_attribute("id", "quarterly-sales")
    link = heading.get_by_role("link", name="Link to this heading")
    expect(link).to_have_attribute("href", "#quarterly-sales")
    assert link.evaluate("a => getComputedStyle(a).opacity") == "0"
    heading.hover()
    expect(link).to_have_css("opacity", "1")


def test_anchors_false_keeps_the_id_and_hides_the_link(ui: Harness) -> None:
    ui.send(el([0, 0], markdown=pb.Markdown(body="### Plain title", hide_anchors=True)))
    heading = ui.page.get_by_role("heading", name="Plain title")
    expect(heading).to_have_attribute("id", "plain-title")
    expect(heading.get_by_role("link")).to_have_count(0)  # not shown, not in the a11y tree
