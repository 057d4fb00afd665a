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


def test_selectbox_typed_value_travels_as_text_and_is_kept() -> None:
    at = run(
        """
        import streamlit as st
        v = st.selectbox("Fruit", ["apple", "banana"], key="f", accept_new_options=True,
                         filter_mode="contains")
        st.selectbox("Plain", ["x"], filter_mode=None, placeholder="")
        st.selectbox("Empty", [], accept_new_options=True)
        st.selectbox("None", [])
        st.text(repr(v))
        """
    )
    box, plain = at.selectbox[0], at.selectbox[1]
    assert (box.proto.accept_new_options, box.proto.filter_mode) == (True, "contains")
    assert (plain.proto.accept_new_options, plain.proto.filter_mode) == (False, "")
    assert [b.proto.placeholder for b in at.selectbox] == [
        "Choose or add an option",
        " ",
        "Add an option",
        "No options to select",
    ]
    box.set_value("kiwi").run()  # what the renderer sends: the typed text
    assert at.text[0].value == "'kiwi'" and at.session_state.f == "kiwi"
    assert at.selectbox[0].proto.added_value == "kiwi" and not at.selectbox[0].proto.has_value
    at.selectbox[0].set_value("banana").run()  # an option's label is the option
    assert at.selectbox[0].proto.value == 1 and at.selectbox[0].proto.added_value == ""
    assert not at.warning


def test_a_selectbox_without_an_index_may_be_cleared() -> None:
    """index=None: the renderer offers to clear the choice (Streamlit's clear control)."""
    at = run(
        """
        import streamlit as st
        st.selectbox("Open", ["a", "b"], index=None, key="o")
        st.selectbox("Set", ["a", "b"])
        """
    )
    assert [b.proto.clearable for b in at.selectbox] == [True, False]
    at.selectbox[0].set_value("b").run()
    assert at.selectbox[0].proto.clearable and at.session_state.o == "b"
    at.selectbox[0].set_value(None).run()  # what the renderer sends when it is cleared
    assert at.session_state.o is None and not at.selectbox[0].proto.has_value


def test_multiselect_typed_values_follow_the_options_and_select_all_is_encoded() -> None:
    at = run(
        """
        import streamlit as st
        tags = st.multiselect("Tags", ["red", "green"], key="t", accept_new_options=True)
        st.multiselect("All", ["a", "b"], select_all=True)
        st.multiselect("Never", ["a", "b"], select_all=False, filter_mode="prefix")
        st.multiselect("Few", ["a", "b"], select_all=5_000_000_000)
        st.text(repr(tags))
        """
    )
    assert [m.proto.select_all for m in at.multiselect] == [1000, -1, 0, 2**31 - 1]
    assert [m.proto.filter_mode for m in at.multiselect] == ["fuzzy"] * 2 + ["prefix", "fuzzy"]
    at.multiselect[0].set_value(["blue", "green", "pink"]).run()
    assert at.text[0].value == "['blue', 'green', 'pink']"
    tags = at.multiselect[0]
    assert (list(tags.proto.value), list(tags.proto.added)) == ([2, 1, 3], ["blue", "pink"])
    assert list(tags.values) == ["blue", "green", "pink"]


def test_typed_values_bound_to_the_url() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.selectbox("Fruit", ["apple"], key="f", accept_new_options=True, bind="query-params")
        st.multiselect("Tags", ["red"], key="t", accept_new_options=True, bind="query-params")
        """
    )
    at.query_params["f"] = "kiwi"
    at.query_params["t"] = ["red", "blue"]
    at.run()
    assert at.selectbox[0].value == "kiwi"
    assert at.multiselect[0].value == ["red", "blue"]


def test_time_formats_reach_the_element() -> None:
    at = run(
        """
        import streamlit as st
        st.time_input("a", format="12h")
        st.time_input("b")
        st.datetime_input("c", format="DD.MM.YYYY")
        """
    )
    assert [t.proto.format for t in at.time_input] == ["12h", "24h"]
    assert at.datetime_input[0].proto.format == "DD.MM.YYYY"
    assert not at.warning
