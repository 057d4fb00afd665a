"""Session state rules: the mapping API, widgets bound to keys, and what may not be written."""

from __future__ import annotations

from stbundle.testing import AppTest


def test_attribute_and_item_access_in_get_del_iteration_len() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.a = 1
        st.session_state["b"] = 2
        st.write(st.session_state["a"], st.session_state.b)
        st.write("a" in st.session_state, "zz" in st.session_state)
        st.write(st.session_state.get("zz", "fallback"))
        st.write(sorted(st.session_state), len(st.session_state))
        del st.session_state.a
        del st.session_state["b"]
        st.write(len(st.session_state))
        try:
            st.session_state.missing
        except AttributeError as err:
            st.text(str(err))
        try:
            st.session_state["missing"]
        except KeyError as err:
            st.text(str(err))
        """
    ).run()
    assert [m.value for m in at.markdown] == ["`1` `2`", "`True` `False`", "fallback", "`2`", "`0`"]
    assert at.json[0].value == '["a", "b"]'
    assert [t.value for t in at.text] == [
        'st.session_state has no attribute "missing". Did you forget to initialize it? '
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state"
        "#initialization",
        '\'st.session_state has no key "missing". Did you forget to initialize it? '
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state"
        "#initialization'",
    ]


def test_widget_value_is_bound_to_its_key() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        value = st.text_input("Name", key="name")
        st.write(value == st.session_state.name)
        """
    ).run()
    at.text_input[0].input("Ann").run()
    assert at.session_state.name == "Ann"
    assert at.markdown[0].value == "`True`"


def test_a_key_set_before_the_widget_becomes_its_value() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "level" not in st.session_state:
            st.session_state.level = 7
        st.write(st.slider("Level", 0, 10, key="level"))
        """
    ).run()
    assert at.slider[0].value == 7
    assert at.markdown[0].value == "`7`"
    at.session_state.level = 2  # from the test, as a callback would
    at.run()
    assert at.slider[0].value == 2


def test_writing_a_widget_key_after_the_widget_raises() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text_input("t", key="t")
        st.session_state.t = "late"
        """
    ).run()
    assert at.exception[0].value.startswith(
        "`st.session_state['t']` cannot be modified after the widget with that key is instantiated."
    )


def test_setting_a_button_key_raises() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.go = True
        st.button("Go", key="go")
        """
    ).run()
    assert at.exception[0].value == (
        "`st.session_state['go']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    )
    assert at.exception[0].exception_type == (
        "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    )


def test_state_of_widgets_not_rendered_in_a_completed_run_is_dropped() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.checkbox("show", value=True):
            st.text_input("inner", key="inner")
        """
    ).run()
    at.text_input[0].input("typed").run()
    assert at.session_state.inner == "typed"
    at.checkbox[0].uncheck().run()
    assert "inner" not in at.session_state
    at.checkbox[0].check().run()
    assert at.text_input[0].value == ""


def test_user_values_survive_while_widget_values_do_not() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("mine", 0)
        if st.session_state.mine == 0:
            st.number_input("n", key="n")
        st.session_state.mine += 1
        """
    ).run()
    at.run()
    assert at.session_state.mine == 2
    assert "n" not in at.session_state


def test_button_trigger_is_true_for_exactly_one_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("seen", [])
        st.session_state.seen.append(st.button("b", key="b"))
        st.checkbox("other")
        """
    ).run()
    at.button[0].click().run()
    at.checkbox[0].check().run()
    at.run()
    assert at.session_state.seen == [False, True, False, False]
    assert at.session_state.b is False


def test_callbacks_may_write_widget_keys() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def clear():
            st.session_state.text = ""
        st.text_input("Text", key="text")
        st.button("Clear", on_click=clear)
        """
    ).run()
    at.text_input[0].input("something").run()
    at.button[0].click().run()
    assert at.text_input[0].value == ""
    assert not at.exception


def test_widget_id_like_and_empty_keys_are_refused() -> None:
    at = AppTest.from_string("import streamlit as st\nst.session_state['$$ID-x'] = 1").run()
    assert at.exception[0].value == "Keys beginning with $$ID are reserved."
    at = AppTest.from_string("import streamlit as st\nst.session_state[''] = 1").run()
    assert at.exception[0].value == "Invalid `key` value. Supported values: a non-empty string."
    at = AppTest.from_string("import streamlit as st\nst.session_state['$$mine'] = 1").run()
    assert at.session_state.to_dict() == {"$$mine": 1}
