"""@st.dialog: a modal in the event root whose body reruns as a fragment.

Fragment-scoped runs are driven as the browser asks for them (a rerun BackMsg naming the
fragment), on the page the runtime's messages build; AppTest reruns the whole app each time.
"""

from __future__ import annotations

from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.element_tree import Node

from stbundle.testing import AppTest
from tests.runtime.test_fragments import Page

EVENT = pb.RootContainer.EVENT

APP = """
import streamlit as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.text(f"full runs {st.session_state.full}")

def dismissed():
    st.session_state.dismissed = st.session_state.get("dismissed", 0) + 1

@st.dialog("Edit name", width="large", icon="📝", on_dismiss=ON_DISMISS)
def edit(who):
    st.session_state.dialog_runs = st.session_state.get("dialog_runs", 0) + 1
    st.text(f"editing {who}, dialog runs {st.session_state.dialog_runs}")
    name = st.text_input("Name", key="name")
    st.text(f"typed {name}")
    if st.button("Save"):
        st.session_state.saved = name
        st.rerun()

if st.button("Open"):
    edit("Ada")
st.text(f"saved {st.session_state.get('saved')} dismissed {st.session_state.get('dismissed')}")
"""


def _page(tmp_path: Path, on_dismiss: str = '"ignore"') -> Page:
    app = tmp_path / "app.py"
    app.write_text(APP.replace("ON_DISMISS", on_dismiss))
    return Page(app)


def _texts(page: Page) -> list[str]:
    """st.text bodies in the main area, then in the event area (the dialogs)."""
    return [
        n.element.text.body
        for root in (pb.RootContainer.MAIN, EVENT)
        for n in page.tree.roots[root].walk()
        if n.element is not None and n.kind == "text"
    ]


def _dialogs(page: Page) -> list[Node]:
    return [c for c in page.tree.roots[EVENT].children if c is not None and c.kind == "dialog"]


def _widget(page: Page, kind: str, label: str) -> pb.Element:
    for root in (pb.RootContainer.MAIN, EVENT):
        for n in page.tree.roots[root].walk():
            if (
                n.element is not None
                and n.kind == kind
                and getattr(n.element, kind).common.label == label
            ):
                return n.element
    raise AssertionError(f"no {kind} {label!r}")


def _click(page: Page, label: str, fragment_id: str = "") -> None:
    state = pb.WidgetState(id=_widget(page, "button", label).button.common.id, trigger_value=True)
    page.rerun(fragment_id, state)


def _open(page: Page) -> str:
    _click(page, "Open")
    (fragment_id,) = page.session.fragments
    return fragment_id


def test_calling_the_function_opens_a_modal_holding_its_output(tmp_path: Path) -> None:
    page = _page(tmp_path)
    assert _dialogs(page) == []
    _open(page)
    (dialog,) = _dialogs(page)
    assert dialog.block is not None
    d = dialog.block.dialog
    assert (d.title, d.width, d.icon, d.is_open, d.dismissible) == (
        "Edit name",
        "large",
        "📝",
        True,
        True,
    )
    assert not d.HasField("common")  # on_dismiss="ignore": dismissing stays in the browser
    (body,) = [c for c in dialog.children if c is not None]
    assert body.kind == "vertical"  # the fragment's container, as Streamlit's flex_container
    assert "editing Ada, dialog runs 1" in _texts(page)


def test_a_widget_inside_reruns_only_the_dialog(tmp_path: Path) -> None:
    page = _page(tmp_path)
    fragment_id = _open(page)
    name_id = _widget(page, "text_input", "Name").text_input.common.id
    page.rerun(fragment_id, pb.WidgetState(id=name_id, string_value="Grace"))
    assert page.session.state["full"] == 2  # the click that opened it; no full run since
    assert "typed Grace" in _texts(page)
    assert "editing Ada, dialog runs 2" in _texts(page)
    (dialog,) = _dialogs(page)
    assert dialog.block is not None and dialog.block.dialog.is_open


def test_st_rerun_inside_closes_it(tmp_path: Path) -> None:
    page = _page(tmp_path)
    fragment_id = _open(page)
    name_id = _widget(page, "text_input", "Name").text_input.common.id
    save_id = _widget(page, "button", "Save").button.common.id
    page.rerun(
        fragment_id,
        pb.WidgetState(id=name_id, string_value="Grace"),
        pb.WidgetState(id=save_id, trigger_value=True),
    )
    assert _dialogs(page) == []
    assert "saved Grace dismissed None" in _texts(page)


def test_any_full_run_that_does_not_call_it_closes_it(tmp_path: Path) -> None:
    page = _page(tmp_path)
    _open(page)
    page.rerun()
    assert _dialogs(page) == []


def test_on_dismiss_rerun_and_callback_fire_its_trigger(tmp_path: Path) -> None:
    page = _page(tmp_path, '"rerun"')
    _open(page)
    (dialog,) = _dialogs(page)
    assert dialog.block is not None
    dismiss_id = dialog.block.dialog.common.id
    assert dismiss_id
    page.rerun("", pb.WidgetState(id=dismiss_id, trigger_value=True))
    assert _dialogs(page) == []
    assert page.session.state["full"] == 3

    page = _page(tmp_path, "dismissed")
    _open(page)
    (dialog,) = _dialogs(page)
    assert dialog.block is not None
    page.rerun("", pb.WidgetState(id=dialog.block.dialog.common.id, trigger_value=True))
    assert "saved None dismissed 1" in _texts(page)  # the callback ran before the script


def test_a_dialog_opened_from_a_fragment_reruns_on_its_own(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        """
import streamlit as st

@st.dialog("Inner")
def inner():
    st.text(f"checked {st.checkbox('Tick')}")

@st.fragment
def outer():
    if st.button("Open"):
        inner()

outer()
"""
    )
    page = Page(app)
    (outer_id,) = page.session.fragments
    _click(page, "Open", outer_id)
    assert len(_dialogs(page)) == 1
    dialog_id = next(f for f in page.session.fragments if f != outer_id)
    tick = _widget(page, "checkbox", "Tick").checkbox.common.id
    page.rerun(dialog_id, pb.WidgetState(id=tick, bool_value=True))
    assert "checked True" in _texts(page)
    assert len(_dialogs(page)) == 1
    page.rerun(outer_id)  # the fragment that opened it reruns without calling it
    assert _dialogs(page) == []


def test_a_dialog_nested_in_its_own_rerun_gets_streamlits_error(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        """
import streamlit as st

@st.dialog("Other")
def other():
    st.text("other")

@st.dialog("Outer")
def outer():
    if st.button("Nest"):
        other()

outer()
"""
    )
    page = Page(app)
    (fragment_id,) = page.session.fragments
    _click(page, "Nest", fragment_id)
    messages = [
        n.element.exception.message
        for n in page.tree.roots[EVENT].walk()
        if n.element is not None and n.kind == "exception"
    ]
    assert messages == ["Dialogs may not be nested inside other dialogs."]


def test_errors_for_two_dialogs_and_bad_parameters() -> None:
    script = """
import streamlit as st

@st.dialog("One")
def one():
    st.write("one")

one()
try:
    one()
except Exception as e:
    st.write(type(e).__name__)
for bad in [
    lambda: st.dialog("x", width=-3)(lambda: None)(),
    lambda: st.dialog("x", icon=":smile:")(lambda: None)(),
    lambda: st.dialog("x", on_dismiss=None)(lambda: None)(),
]:
    try:
        bad()
    except Exception as e:
        st.write(str(e))
"""
    at = AppTest.from_string(script).run()
    assert [m.value for m in at.main.markdown] == [
        "StreamlitDuplicateElementId",
        "Invalid `width` value. Supported values: 'small', 'medium', 'large', a positive "
        "integer. Got -3.",
        'The value ":smile:" is not a valid icon. Emoji shortcodes are not supported. Please '
        "use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`.",
        "Invalid `on_dismiss` value. Supported values: 'rerun', 'ignore', a callback function.",
    ]


def test_outside_a_run_the_function_just_runs() -> None:
    from stbundle.runtime_py.elements.dialog import dialog

    seen = []
    dialog("T")(seen.append)(1)
    assert seen == [1]
