"""st.bottom: writes go to the BOTTOM root, only from the main area."""

from __future__ import annotations

from stbundle.testing import AppTest


def test_bottom_takes_any_command_and_with() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.bottom.write('pinned')\nwith st.bottom:\n"
        "    st.button('Go')\nst.write('main')\n"
    ).run()
    bottom = at._tree.children[3]
    assert [n.type for n in bottom.children.values()] == ["markdown", "button"]
    assert [m.value for m in at.main.markdown] == ["main"]


def test_bottom_refuses_the_sidebar_and_dialogs() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nwith st.sidebar:\n    st.bottom.write('x')\n"
    ).run()
    assert at.exception[0].message == (
        "`st.bottom` cannot be used inside `st.sidebar`. The bottom container is only "
        "available in the main app area."
    )
