"""Repeated keyless widgets in a compiled app keep their state by call site and occurrence."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.compiler import analyse_app
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.element_tree import ElementTree

LOOP_APP = """
import streamlit as st

def row(label):
    return st.checkbox(label)

for i in range(3):
    st.checkbox("Done")
picked = [row("Pick"), row("Pick")]
st.write("picked", picked)
"""


def _session(path: Path, *, compiled: bool) -> tuple[AppSession, ElementTree]:
    tree = ElementTree()
    manifest = analyse_app(path).to_manifest() if compiled else None
    session = AppSession(path, tree.apply, manifest=manifest)
    if session.start():
        session.run_pending()
    return session, tree


def _checkboxes(tree: ElementTree) -> list[pb.Checkbox]:
    return [n.element.checkbox for n in tree.elements() if n.element and n.kind == "checkbox"]


def _set(session: AppSession, values: dict[str, bool]) -> None:
    msg = pb.BackMsg()
    for widget_id, value in values.items():
        state = msg.rerun.widget_states.widgets.add()
        state.id = widget_id
        state.bool_value = value
    if session.handle_back_msg(msg):
        session.run_pending()


def test_repeats_get_distinct_stable_ids_when_compiled(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(LOOP_APP)
    session, tree = _session(app, compiled=True)
    boxes = _checkboxes(tree)
    assert len(boxes) == 5
    ids = [b.common.id for b in boxes]
    assert len(set(ids)) == 5
    # Tick the second loop checkbox and the second helper checkbox: state follows position.
    _set(session, {ids[1]: True, ids[4]: True})
    boxes = _checkboxes(tree)
    assert [b.value for b in boxes] == [False, True, False, False, True]
    assert [b.common.id for b in boxes] == ids
    markdown = [n.element.json.body for n in tree.elements() if n.kind == "json"]
    assert markdown == ["[false, true]"]


def test_without_manifest_streamlit_duplicate_error_stands(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(LOOP_APP)
    session, tree = _session(app, compiled=False)
    errors = [n.element.exception for n in tree.elements() if n.kind == "exception"]
    assert len(errors) == 1
    assert errors[0].type == "streamlit.errors.StreamlitDuplicateElementId"
    assert "multiple `checkbox` elements with the same auto-generated ID" in errors[0].message
    assert session.last_status == pb.ScriptFinished.FINISHED_WITH_ERROR


@pytest.mark.parametrize("compiled", [True, False])
def test_explicit_duplicate_key_is_an_error_either_way(tmp_path: Path, compiled: bool) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.checkbox('a', key='k')\nst.checkbox('b', key='k')\n")
    _, tree = _session(app, compiled=compiled)
    errors = [n.element.exception for n in tree.elements() if n.kind == "exception"]
    assert [e.type for e in errors] == ["streamlit.errors.StreamlitDuplicateElementKey"]
