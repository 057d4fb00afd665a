"""Malformed widget values from a client, sent straight to AppSession.handle_back_msg.

Values of the wrong type, unknown ids and impossible indices are refused (the widget keeps its
value); numbers outside a widget's range go back to its default, as in Streamlit. Either way the
session carries on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.element_tree import ElementTree

APP = """
import streamlit as st
c = st.checkbox("c", value=True)
r = st.radio("r", ["a", "b", "c"], index=1)
m = st.multiselect("m", ["x", "y"], default=["y"])
s = st.slider("s", 0, 10, 4)
n = st.number_input("n", 0.0, 5.0, 2.5)
t = st.text_input("t", "hello", max_chars=5)
d = st.date_input("d", __import__("datetime").date(2024, 1, 2))
k = st.color_picker("k", "#112233")
st.text(repr((c, r, m, s, n, t, d.isoformat(), k)))
"""
START = "(True, 'b', ['y'], 4, 2.5, 'hello', '2024-01-02', '#112233')"


@pytest.fixture
def page(tmp_path: Path) -> Page:
    app = tmp_path / "app.py"
    app.write_text(APP)
    return Page(app)


class Page:
    def __init__(self, path: Path) -> None:
        self.tree = ElementTree()
        self.session = AppSession(path, self.tree.apply)
        if self.session.start():
            self.session.run_pending()

    def ids(self) -> dict[str, str]:
        """Widget label -> id, from the page."""
        out = {}
        for node in self.tree.elements():
            if node.element is None or node.kind == "text":
                continue
            common = getattr(node.element, node.kind).common
            out[common.label] = common.id
        return out

    def shown(self) -> str:
        texts = [n for n in self.tree.elements() if n.kind == "text" and n.element is not None]
        return str(texts[-1].element.text.body) if texts else ""

    def send(self, *states: pb.WidgetState) -> None:
        msg = pb.BackMsg()
        msg.rerun.widget_states.widgets.extend(states)
        if self.session.handle_back_msg(msg):
            self.session.run_pending()
        assert self.session.last_status == pb.ScriptFinished.FINISHED_SUCCESSFULLY


def test_the_app_starts_with_its_defaults(page: Page) -> None:
    assert page.shown() == START


def test_values_of_the_wrong_type_are_refused(page: Page) -> None:
    ids = page.ids()
    page.send(
        pb.WidgetState(id=ids["c"], string_value="yes"),
        pb.WidgetState(id=ids["r"], bool_value=True),
        pb.WidgetState(id=ids["m"], string_value="x"),
        pb.WidgetState(id=ids["s"], string_value="7"),
        pb.WidgetState(id=ids["n"], string_value="3"),
        pb.WidgetState(id=ids["t"], int_value=5),
        pb.WidgetState(id=ids["d"], string_value="2024-01-03"),
        pb.WidgetState(id=ids["k"], string_value="not a colour"),
    )
    assert page.shown() == START


def test_out_of_range_indices_and_unparseable_values_are_refused(page: Page) -> None:
    ids = page.ids()
    page.send(
        pb.WidgetState(id=ids["r"], int_value=7),
        pb.WidgetState(id=ids["m"], int_array_value=pb.SInt64Array(data=[0, 9])),
        pb.WidgetState(id=ids["d"], string_array_value=pb.StringArray(data=["not-a-date"])),
        pb.WidgetState(id=ids["n"], double_value=float("nan")),
    )
    assert page.shown() == START


def test_unknown_widget_ids_are_ignored(page: Page) -> None:
    ids = page.ids()
    page.send(
        pb.WidgetState(id="$$ID-nobody-None", bool_value=False),
        pb.WidgetState(id=ids["r"], int_value=2),
    )
    assert page.shown() == START.replace("'b'", "'c'")


def test_out_of_range_numbers_go_back_to_the_default(page: Page) -> None:
    ids = page.ids()
    page.send(
        pb.WidgetState(id=ids["s"], double_array_value=pb.DoubleArray(data=[8])),
        pb.WidgetState(id=ids["n"], double_value=4.0),
    )
    assert "8, 4.0" in page.shown()
    page.send(
        pb.WidgetState(id=ids["s"], double_array_value=pb.DoubleArray(data=[99])),
        pb.WidgetState(id=ids["n"], double_value=-1.0),
        pb.WidgetState(id=ids["d"], string_array_value=pb.StringArray(data=["1999-01-01"])),
    )
    assert page.shown() == START


def test_text_longer_than_max_chars_is_cut(page: Page) -> None:
    page.send(pb.WidgetState(id=page.ids()["t"], string_value="much too long"))
    assert "'much '" in page.shown()


def test_a_button_click_on_a_disabled_button_is_ignored(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.text(str(st.button('b', disabled=True)))\n")
    page = Page(app)
    page.send(pb.WidgetState(id=page.ids()["b"], trigger_value=True))
    assert page.shown() == "False"


def test_garbage_does_not_stop_later_good_values(page: Page) -> None:
    ids = page.ids()
    page.send(pb.WidgetState(id=ids["c"], int_value=3))
    page.send(pb.WidgetState(id=ids["c"], bool_value=False))
    assert page.shown().startswith("(False,")
