"""Widget parameters that change how the renderer behaves reach it in the element: icon sides
and keyboard shortcuts of download/link buttons and page links, chat submit modes, ..."""

from __future__ import annotations

from stbundle.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string(script).run()


def test_button_like_icon_position_and_shortcut_reach_the_element() -> None:
    at = run(
        """
        import streamlit as st
        st.download_button("Save", "x", icon="💾", icon_position="right", shortcut="Ctrl+Shift+S")
        st.download_button("Plain", "y")
        st.link_button("Docs", "https://example.com", icon_position="right", shortcut="Alt+D")
        st.link_button("Go", "https://example.com", on_click="rerun", shortcut="cmd+g")
        st.page_link("https://example.com", label="Out", icon="🌍", icon_position="right")
        """
    )
    saves = at.get("download_button")
    assert [(b.proto.icon_position, b.proto.shortcut) for b in saves] == [
        ("right", "ctrl+shift+s"),
        ("left", ""),
    ]
    links = at.get("link_button")
    assert [(b.proto.icon_position, b.proto.shortcut) for b in links] == [
        ("right", "alt+d"),
        ("left", "cmd+g"),
    ]
    assert at.get("page_link")[0].proto.icon_position == "right"
    assert not at.warning  # nothing is reported as not honoured


def test_chat_input_submit_mode_reaches_the_element() -> None:
    at = run(
        """
        import streamlit as st
        with st.container():
            st.chat_input("a", submit_mode="stop", key="a")
            st.chat_input("b", key="b")
        """
    )
    assert [c.proto.submit_mode for c in at.chat_input] == ["stop", "submit"]
    assert not at.warning
