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
