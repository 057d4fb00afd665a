"""Fragments: a fragment rerun runs only the fragment and leaves the rest of the page alone.

AppTest (Streamlit's and ours) reruns the whole app on every interaction, so fragment-scoped
runs are driven here the way the browser asks for them: a rerun BackMsg naming the fragment.
"""

from __future__ import annotations

from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.element_tree import ElementTree

from stbundle.testing import AppTest

APP = """
import streamlit as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.text(f"full runs {st.session_state.full}")

@st.fragment
def counter():
    st.session_state.frag = st.session_state.get("frag", 0) + 1
    st.text(f"fragment runs {st.session_state.frag}")
    st.button("inside")

counter()
st.text("after the fragment")
"""


class Page:
    """One browser tab: an AppSession and the page its messages build."""

    def __init__(self, path: Path) -> None:
        self.tree = ElementTree()
        self.session = AppSession(path, self.tree.apply)
        if self.session.start():
            self.session.run_pending()

    def texts(self) -> list[str]:
        return [
            n.element.text.body
            for n in self.tree.elements()
            if n.kind == "text" and n.element is not None
        ]

    def rerun(self, fragment_id: str = "", *states: pb.WidgetState) -> None:
        msg = pb.BackMsg()
        msg.rerun.widget_states.widgets.extend(states)
        msg.rerun.fragment_id = fragment_id
        if self.session.handle_back_msg(msg):
            self.session.run_pending()


def test_a_fragment_rerun_runs_only_the_fragment(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(APP)
    page = Page(app)
    assert page.texts() == ["full runs 1", "fragment runs 1", "after the fragment"]
    (fragment_id,) = page.session.fragments
    page.rerun(fragment_id)
    page.rerun(fragment_id)
    assert page.texts() == ["full runs 1", "fragment runs 3", "after the fragment"]
    assert page.session.state["full"] == 1
    page.rerun()
    assert page.texts() == ["full runs 2", "fragment runs 4", "after the fragment"]


def test_a_click_inside_a_fragment_reaches_its_widget(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(APP.replace('st.button("inside")', 'st.text(str(st.button("inside")))'))
    page = Page(app)
    (fragment_id,) = page.session.fragments
    button = next(
        n.element.button
        for n in page.tree.elements()
        if n.kind == "button" and n.element is not None
    )
    click = pb.WidgetState(id=button.common.id, trigger_value=True)
    page.rerun(fragment_id, click)
    assert page.texts() == ["full runs 1", "fragment runs 2", "True", "after the fragment"]


def test_rerun_scope_fragment_during_a_fragment_run(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        """
import streamlit as st
st.session_state.full = st.session_state.get("full", 0) + 1

@st.fragment
def part():
    st.session_state.frag = st.session_state.get("frag", 0) + 1
    if st.session_state.frag == 2:
        st.rerun(scope="fragment")
    st.text(f"frag {st.session_state.frag}")

part()
"""
    )
    page = Page(app)
    (fragment_id,) = page.session.fragments
    page.rerun(fragment_id)  # run 2 asks for another fragment run: run 3
    assert page.texts() == ["frag 3"]
    assert page.session.state["full"] == 1


def test_in_app_test_an_interaction_inside_a_fragment_reruns_the_app() -> None:
    at = AppTest.from_string(APP).run()
    at.button[0].click().run()
    assert [t.value for t in at.text] == ["full runs 2", "fragment runs 2", "after the fragment"]


def test_an_error_in_a_fragment_is_shown_inside_it() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.fragment
        def broken():
            st.text("before")
            raise RuntimeError("fragment failed")
        broken()
        """
    ).run()
    assert at.exception[0].value == "fragment failed"
    assert at.container[0].exception[0].value == "fragment failed"


OUTSIDE_APP = """
import streamlit as st
st.sidebar.text("sidebar top")
left, right = st.columns(2)
right.text("right column")

@st.fragment
def part():
    st.session_state.n = st.session_state.get("n", 0) + 1
    st.sidebar.text(f"sidebar from fragment {st.session_state.n}")
    left.text(f"left from fragment {st.session_state.n}")
    if st.session_state.get("grow"):
        st.sidebar.text("a second line")
    st.button("inside")

part()
st.sidebar.text("sidebar bottom")
"""


def _fragment_id(page: Page) -> str:
    (fragment_id,) = page.session.fragments
    return fragment_id


def test_a_fragment_rerun_rewrites_its_outside_output_in_place(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(OUTSIDE_APP)
    page = Page(app)
    first = page.texts()
    page.rerun(_fragment_id(page))
    assert page.session.last_status == pb.ScriptFinished.FRAGMENT_FINISHED
    assert page.texts() == [t.replace("fragment 1", "fragment 2") for t in first]
    sidebar = [
        n.element.text.body
        for n in page.tree.elements(pb.RootContainer.SIDEBAR)
        if n.element is not None
    ]
    assert sidebar == ["sidebar top", "sidebar from fragment 2", "sidebar bottom"]
    # The wrapper that holds the fragment's sidebar output has no box of its own.
    blocks = [n.kind for n in page.tree.elements(pb.RootContainer.SIDEBAR) if n.block]
    assert blocks == ["transparent"]


def test_more_outside_output_in_a_rerun_grows_the_wrapper_only(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(OUTSIDE_APP)
    page = Page(app)
    page.session.state["grow"] = True
    page.rerun(_fragment_id(page))
    sidebar = [
        n.element.text.body
        for n in page.tree.elements(pb.RootContainer.SIDEBAR)
        if n.element is not None
    ]
    assert sidebar == [
        "sidebar top", "sidebar from fragment 2", "a second line", "sidebar bottom",
    ]  # fmt: skip


def test_a_new_outside_container_in_a_fragment_rerun_is_an_error(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\n"
        "@st.fragment\n"
        "def part():\n"
        "    if st.session_state.get('later'):\n"
        "        st.sidebar.text('only in a rerun')\n"
        "    st.text('inside')\n"
        "part()\n"
    )
    page = Page(app)
    page.session.state["later"] = True
    page.rerun(_fragment_id(page))
    errors = [n.element.exception for n in page.tree.elements() if n.kind == "exception"]
    assert len(errors) == 1
    assert "already wrote to in the last full run" in errors[0].message
    assert page.texts() == []  # the error replaced the fragment's output, nothing else broke
