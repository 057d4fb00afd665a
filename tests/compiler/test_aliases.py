"""Streamlit is recognised through every alias form, container and ``with`` block."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.compiler.helpers import model_of

# (source, expected widgets as (kind, root, in_form)) - one case per alias form
ALIAS_CASES: dict[str, tuple[str, list[tuple[str, str, bool]]]] = {
    "import-as": ('import streamlit as x\nx.button("a")\n', [("button", "main", False)]),
    "plain-import": ('import streamlit\nstreamlit.slider("a")\n', [("slider", "main", False)]),
    "from-import": ('from streamlit import button\nbutton("a")\n', [("button", "main", False)]),
    "from-import-as": (
        'from streamlit import text_input as ti\nti("a")\n',
        [("text_input", "main", False)],
    ),
    "sidebar-attribute": (
        'import streamlit as st\nst.sidebar.checkbox("a")\n',
        [("checkbox", "sidebar", False)],
    ),
    "sidebar-from-import": (
        'from streamlit import sidebar\nsidebar.radio("a", [1])\n',
        [("radio", "sidebar", False)],
    ),
    "with-sidebar": (
        'import streamlit as st\nwith st.sidebar:\n    st.toggle("a")\n',
        [("toggle", "sidebar", False)],
    ),
    "columns-tuple": (
        'import streamlit as st\na, b = st.columns(2)\na.button("x")\n'
        'with b:\n    st.button("y")\n',
        [("button", "main", False), ("button", "main", False)],
    ),
    "columns-subscript": (
        'import streamlit as st\ncols = st.columns(3)\ncols[0].number_input("x")\n',
        [("number_input", "main", False)],
    ),
    "columns-loop": (
        "import streamlit as st\nfor col in st.sidebar.columns(2):\n"
        '    col.checkbox("x", key=str(col))\n',
        [("checkbox", "sidebar", False)],
    ),
    "tabs": (
        'import streamlit as st\nt1, t2 = st.tabs(["a", "b"])\nwith t2:\n    st.date_input("d")\n',
        [("date_input", "main", False)],
    ),
    "container": (
        'import streamlit as st\nbox = st.sidebar.container()\nbox.color_picker("c")\n',
        [("color_picker", "sidebar", False)],
    ),
    "expander": (
        'import streamlit as st\nwith st.expander("more"):\n    st.text_area("t")\n',
        [("text_area", "main", False)],
    ),
    "form-variable": (
        'import streamlit as st\nf = st.form("f")\nf.text_input("t")\nf.form_submit_button()\n',
        [("text_input", "main", True), ("form_submit_button", "main", True)],
    ),
    "form-with-as": (
        'import streamlit as st\nwith st.form("f") as f:\n    st.slider("s")\n'
        "    f.form_submit_button()\n",
        [("slider", "main", True), ("form_submit_button", "main", True)],
    ),
    "columns-in-form": (
        'import streamlit as st\nwith st.form("f"):\n    c1, c2 = st.columns(2)\n'
        '    c1.slider("s")\n'
        "    st.form_submit_button()\n",
        [("slider", "main", True), ("form_submit_button", "main", True)],
    ),
    "empty": (
        'import streamlit as st\nph = st.empty()\nph.button("b")\n',
        [("button", "main", False)],
    ),
    "popover": (
        'import streamlit as st\nwith st.popover("p"):\n    st.multiselect("m", [1])\n',
        [("multiselect", "main", False)],
    ),
    "walrus": (
        'import streamlit as st\nif (go := st.button("go")):\n    st.write(go)\n',
        [("button", "main", False)],
    ),
    "not-streamlit": (
        'import other as st\nst.button("a")\nbutton = print\nbutton("x")\n',
        [],
    ),
    "shadowed-in-function": (
        'import streamlit as st\n\ndef f(st):\n    st.button("a")\n',
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(ALIAS_CASES))
def test_alias_forms(tmp_path: Path, name: str) -> None:
    source, expected = ALIAS_CASES[name]
    model = model_of(tmp_path, source)
    got = [(w.kind, w.root, w.form is not None) for w in model.widgets]
    assert got == expected


def test_session_state_aliases(tmp_path: Path) -> None:
    model = model_of(
        tmp_path,
        """
        import streamlit as st
        from streamlit import session_state as ss
        state = st.session_state
        ss.a = 1
        state["b"] = 2
        st.write(st.session_state.c)
        "d" in state
        st.session_state.get("e")
        del ss["f"]
        """,
    )
    ops = {(o.op, o.key) for o in model.state_ops}
    assert {("write", "a"), ("write", "b"), ("read", "c"), ("guard", "d"), ("guard", "e")} <= ops
    assert ("delete", "f") in ops


def test_alias_resolution_reaches_rules(tmp_path: Path) -> None:
    model = model_of(
        tmp_path,
        """
        import streamlit as s
        from streamlit import button as b
        side = s.sidebar
        if b("A"):
            side.text_input("x")
        """,
    )
    assert [d.code for d in model.diagnostics] == ["XST102"]


def test_local_module_and_components(tmp_path: Path) -> None:
    model = model_of(
        tmp_path,
        """
        import streamlit.components.v1 as components
        import widgets
        from widgets import pick
        components.html("<b>x</b>")
        widgets.pick()
        pick()
        """,
        extra={
            "widgets.py": (
                "import streamlit as st\n\ndef pick():\n    return st.selectbox('s', [1])\n"
            )
        },
    )
    assert [w.file for w in model.widgets] == ["widgets.py"]
    assert model.widgets[0].repeats == "helper"
    assert any(c.name == "components.v1.html" for c in model.calls)
    assert json.dumps(model.to_manifest())
