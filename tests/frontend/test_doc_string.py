"""st.help's doc string element: name, type, value, doc string and members, all as text."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, el


def test_doc_string_element(ui: Harness) -> None:
    members = [
        pb.DocStringMember(name="legs", type="int", value="4"),
        pb.DocStringMember(name="bark", type="method", doc_string="Say <b>woof</b>."),
    ]
    doc = pb.DocString(
        name="fido",
        type="Dog",
        value="Dog(breed='poodle')",
        doc_string="A dog.\n\n  Indented.",
        members=members,
    )
    ui.send(el([0, 0], help_info=doc), el([0, 1], help_info=pb.DocString(type="int", value="5")))
    first, second = ui.page.locator(".stb-doc").all()
    expect(first.locator(".stb-doc-header")).to_have_text("fidoDogDog(breed='poodle')")
    assert first.locator(".stb-doc-string").inner_text() == "A dog.\n\n  Indented."
    rows = first.get_by_role("listitem")
    expect(rows).to_have_text(["legsint4", "barkmethodSay <b>woof</b>."])  # text, not markup
    expect(first.locator("b")).to_have_count(0)
    expect(second.locator(".stb-doc-name")).to_be_hidden()
    expect(second.locator(".stb-doc-string")).to_have_text("No docs available")
    expect(second.get_by_role("list")).to_be_hidden()
