"""Inferred site keys, repeat detection (loops, helpers, branches) and call positions."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.compiler.helpers import model_of, write_app


def _widgets(
    tmp: Path, source: str, extra: dict[str, str] | None = None
) -> list[dict[str, object]]:
    return list(model_of(tmp, source, extra).to_manifest()["widgets"])  # type: ignore[arg-type]


def test_site_keys_are_per_scope_and_kind(tmp_path: Path) -> None:
    widgets = _widgets(
        tmp_path,
        """
        import streamlit as st
        st.button("a")
        st.slider("s")
        st.button("b")

        def panel():
            st.button("c")

        class Page:
            def show(self):
                st.button("d")
        """,
    )
    assert [w["site_key"] for w in widgets] == [
        "app:<module>:button:0",
        "app:<module>:slider:0",
        "app:<module>:button:1",
        "app:panel:button:0",
        "app:Page.show:button:0",
    ]


def test_site_keys_survive_edits_elsewhere(tmp_path: Path) -> None:
    before = _widgets(
        tmp_path,
        'import streamlit as st\n\ndef a():\n    st.button("x")\n\ndef b():\n    st.button("y")\n',
    )
    after = _widgets(
        tmp_path,
        'import streamlit as st\n\ndef a():\n    st.button("new")\n    st.button("x")\n\n'
        'def b():\n    st.button("y")\n',
    )
    assert before[-1]["site_key"] == after[-1]["site_key"] == "app:b:button:0"


def test_positions_match_ast_call_offsets(tmp_path: Path) -> None:
    source = (
        "import streamlit as st\n"
        'label = "héllo 🎈"; st.button(label)\n'
        "x = (\n"
        '    st.sidebar.text_input("t")\n'
        ")\n"
        'if st.checkbox("c"): st.write(1)\n'
    )
    app = write_app(tmp_path, source)
    calls = [
        n
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr in ("button", "text_input", "checkbox")
    ]
    expected = sorted((c.lineno, c.col_offset) for c in calls)
    widgets = _widgets(tmp_path, source)
    assert sorted((w["line"], w["col"]) for w in widgets) == expected
    assert app.read_text(encoding="utf-8") == source  # compiling never rewrites the app


def test_keyless_widget_in_loop_repeats(tmp_path: Path) -> None:
    widgets = _widgets(
        tmp_path,
        """
        import streamlit as st
        for item in ["a", "b"]:
            st.checkbox("Done")
            st.checkbox(f"Done {item}")
            label = item.upper()
            st.button(label)
            st.text_input("Note", key=f"note_{item}")
        """,
    )
    assert [(w["kind"], w["repeats"], w["identity"]) for w in widgets] == [
        ("checkbox", "loop", "site"),
        ("checkbox", None, "streamlit"),
        ("button", None, "streamlit"),
        ("text_input", None, "streamlit"),
    ]
    assert all(w["in_loop"] for w in widgets)


def test_helpers_called_twice_repeat(tmp_path: Path) -> None:
    widgets = _widgets(
        tmp_path,
        """
        import streamlit as st

        def fixed():
            st.number_input("Qty")

        def labelled(name):
            st.number_input(name)

        def inner():
            st.toggle("On")

        def outer():
            inner()

        def once():
            st.radio("Pick", [1, 2])

        def either():
            st.slider("s")

        fixed()
        fixed()
        labelled("a")
        labelled("b")
        for _ in range(2):
            outer()
        once()
        if st.checkbox("x"):
            either()
        else:
            either()
        """,
    )
    repeats = {(w["scope"], w["kind"]): w["repeats"] for w in widgets}
    assert repeats[("fixed", "number_input")] == "helper"
    assert repeats[("labelled", "number_input")] is None
    assert repeats[("inner", "toggle")] == "loop"
    assert repeats[("once", "radio")] is None
    assert repeats[("either", "slider")] is None


def test_form_context_and_callbacks(tmp_path: Path) -> None:
    model = model_of(
        tmp_path,
        """
        import streamlit as st

        def save():
            pass

        with st.form("signup"):
            st.text_input("Email")
            st.form_submit_button("Join", on_click=save)
        st.button("Outside", on_click=save)
        """,
    )
    widgets = model.to_manifest()["widgets"]
    forms = model.to_manifest()["forms"]
    assert forms[0]["key"] == "signup" and forms[0]["has_submit"]
    assert [w["form"] for w in widgets] == [forms[0]["id"], forms[0]["id"], None]
    assert [w["callback"] for w in widgets] == [None, "save", "save"]
    assert widgets[0]["label"] == "Email" and widgets[0]["key"] is None


def test_dynamic_labels_and_keys(tmp_path: Path) -> None:
    widgets = _widgets(
        tmp_path,
        'import streamlit as st\nn = 3\nst.slider(f"N {n}", key=f"k{n}")\n'
        'st.slider("Fixed", key="fixed")\n',
    )
    assert widgets[0]["label"] is None and widgets[0]["label_dynamic"]
    assert widgets[0]["key"] is None and widgets[0]["key_dynamic"]
    assert widgets[1]["label"] == "Fixed" and widgets[1]["key"] == "fixed"
    assert widgets[0]["conditional"] is False
