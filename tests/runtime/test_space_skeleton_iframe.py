"""st.space, st.skeleton, st.iframe and streamlit.components.v1 (html, iframe)."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb

from stbundle.testing import AppTest
from tests.app_runs import new_elements, run_app


def _messages(tmp_path: Path, script: str) -> list[pb.ForwardMsg]:
    return run_app(tmp_path, script)[1]


def _elements(msgs: list[pb.ForwardMsg]) -> list[tuple[bool, list[int], pb.Element]]:
    return [
        (m.metadata.transient, list(m.metadata.delta_path), m.delta.new_element)
        for m in new_elements(msgs)
    ]


def test_space_sizes_reach_the_renderer_and_apptest() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.space()\nst.space('xxlarge')\nst.space(30)\n"
        "st.space('stretch')\n"
    ).run()
    assert [s.value for s in at.space] == ["small", "xxlarge", 30, "stretch"]
    protos = [s.proto for s in at.space]
    assert [(p.rem, p.pixels) for p in protos] == [(0.75, 0), (8.0, 0), (0.0, 30), (0.0, 0)]


def test_a_standalone_skeleton_is_a_slot_replaced_by_what_is_written_to_it() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nslot = st.skeleton(height=90, width=200)\nst.write('below')\n"
        "slot.write('loaded')\n"
    ).run()
    assert [(n.type, n.value) for n in at.main.children.values()] == [
        ("markdown", "loaded"),
        ("markdown", "below"),
    ]


def test_the_with_form_shows_a_delayed_transient_and_clears_it(tmp_path: Path) -> None:
    msgs = _messages(
        tmp_path,
        "import streamlit as st\nwith st.skeleton(height=50):\n    st.write('inside')\n"
        "st.write('after')\n",
    )
    seen = [
        (transient, path, e.WhichOneof("type"), e.skeleton.delayed, e.layout.height_pixels)
        for transient, path, e in _elements(msgs)
    ]
    assert seen == [
        (False, [0, 0], "skeleton", False, 50),  # the slot, until the block starts
        (False, [0, 0], "empty", False, 0),
        (True, [0, 0], "skeleton", True, 50),  # shown after 0.5 s by the renderer
        (False, [0, 1], "markdown", False, 0),  # what the block writes goes to the parent
        (True, [0, 0], "empty", False, 0),  # cleared when the block ends
        (False, [0, 2], "markdown", False, 0),
    ]


def test_the_skeleton_clears_even_when_the_block_raises(tmp_path: Path) -> None:
    msgs = _messages(
        tmp_path, "import streamlit as st\nwith st.skeleton():\n    raise ValueError('boom')\n"
    )
    transients = [e.WhichOneof("type") for transient, _, e in _elements(msgs) if transient]
    assert transients == ["skeleton", "empty"]


def test_iframe_sources_are_told_apart_as_in_streamlit(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<h1>from a file</h1>")
    script = f"""
import pathlib
import streamlit as st
st.iframe("https://example.com/x")
st.iframe("/app/static/report.html")
st.iframe("<b>inline</b>", width="content")
st.iframe(pathlib.Path({str(page)!r}), height=200)
st.iframe("data:text/html,hi", width="content")
"""
    msgs = _messages(tmp_path, script)
    frames = [e for _, _, e in _elements(msgs) if e.WhichOneof("type") == "iframe"]
    assert [(f.iframe.src, f.iframe.srcdoc) for f in frames] == [
        ("https://example.com/x", ""),
        ("/app/static/report.html", ""),
        ("", "<b>inline</b>"),
        ("", "<h1>from a file</h1>"),
        ("data:text/html,hi", ""),
    ]
    layouts = [(f.layout.WhichOneof("width"), f.layout.WhichOneof("height")) for f in frames]
    assert layouts[0] == ("width_stretch", "height_pixels")  # a URL cannot be measured: 400
    assert frames[0].layout.height_pixels == 400
    assert layouts[2] == ("width_content", "height_content")
    assert layouts[4] == ("width_stretch", "height_pixels")


def test_a_local_file_that_is_not_html_goes_through_the_media_channel(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 tiny")
    script = f"import pathlib, streamlit as st\nst.iframe(pathlib.Path({str(pdf)!r}))\n"
    session, sent = run_app(tmp_path, script)
    (frame,) = [e for _, _, e in _elements(sent) if e.WhichOneof("type") == "iframe"]
    kept = session.media.get(frame.iframe.file.media_id)
    assert kept is not None and (kept.data, kept.mimetype) == (b"%PDF-1.4 tiny", "application/pdf")
    assert frame.iframe.src == frame.iframe.srcdoc == ""
    assert frame.layout.height_pixels == 400  # a file's content cannot be measured


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.html", None), ("missing.pdf", None), ("latin1.html", "caf\xe9".encode("latin-1"))],
)
def test_an_unreadable_local_file_names_it(
    tmp_path: Path, name: str, content: bytes | None
) -> None:
    path = tmp_path / name
    if content is not None:  # there, but not UTF-8 HTML
        path.write_bytes(content)
    at = AppTest.from_string(
        f"import pathlib, streamlit as st\nst.iframe(pathlib.Path({str(path)!r}))\n"
    ).run()
    assert at.exception[0].message.startswith(f"Unable to read file '{path}': ")


def test_components_v1_html_and_iframe_are_fixed_size_frames(tmp_path: Path) -> None:
    msgs = _messages(
        tmp_path,
        "import streamlit as st\nimport streamlit.components.v1 as components\n"
        "with st.sidebar:\n"
        "    components.html('<script>parent.document.title=1</script>', height=80)\n"
        "components.iframe('https://example.com', width=300, scrolling=True, tab_index=0)\n",
    )
    (html, frame) = [(p, e) for _, p, e in _elements(msgs) if e.WhichOneof("type") == "iframe"]
    assert html[0] == [pb.RootContainer.SIDEBAR, 0]  # follows `with` like any element
    assert html[1].iframe.srcdoc == "<script>parent.document.title=1</script>"
    assert html[1].layout.height_pixels == 80 and html[1].layout.width_stretch
    assert not html[1].iframe.scrolling and not html[1].iframe.HasField("tab_index")
    assert frame[1].iframe.src == "https://example.com"
    assert frame[1].layout.width_pixels == 300 and frame[1].layout.height_pixels == 150
    assert frame[1].iframe.scrolling and frame[1].iframe.tab_index == 0


def test_declare_component_declares_a_component_the_page_can_show() -> None:
    # Values, identity and errors: tests/runtime/test_custom_components.py and the
    # custom_component differential scenarios.
    at = AppTest.from_string(
        "import streamlit.components.v1 as c\nc.declare_component('x', url='http://h')()\n"
    ).run()
    assert not at.exception
    (node,) = at.main.children.values()
    assert node.type == "component_instance" and node.proto.url == "http://h"
