"""Layout: sidebar, columns, container, expander, tabs, and forms with their rules."""

from __future__ import annotations

from stbundle.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string(script).run()


def test_sidebar_by_attribute_and_by_with() -> None:
    at = run(
        """
        import streamlit as st
        st.sidebar.header("Side")
        with st.sidebar:
            st.radio("Mode", ["a", "b"])
        st.text("main")
        """
    )
    assert at.sidebar.header[0].value == "Side"
    assert at.sidebar.radio[0].label == "Mode"
    assert not at.main.radio and at.main.text[0].value == "main"


def test_columns_with_weights_and_with_blocks() -> None:
    at = run(
        """
        import streamlit as st
        left, right = st.columns([3, 1])
        right.text("written first")
        with left:
            st.text("in left")
        """
    )
    left, right = at.columns
    assert (left.weight, right.weight) == (0.75, 0.25)
    assert [t.value for t in at.text] == ["in left", "written first"]
    assert right.text[0].value == "written first"


def test_container_written_to_later_keeps_its_place() -> None:
    at = run(
        """
        import streamlit as st
        box = st.container()
        st.text("after the box")
        box.text("inside the box")
        """
    )
    assert [t.value for t in at.text] == ["inside the box", "after the box"]
    assert at.container[0].text[0].value == "inside the box"


def test_expander_and_tabs() -> None:
    at = run(
        """
        import streamlit as st
        with st.expander("Details", expanded=True):
            st.text("hidden detail")
        first, second = st.tabs(["First", "Second"])
        second.text("two")
        first.text("one")
        """
    )
    assert at.expander[0].label == "Details" and at.expander[0].expanded
    assert at.expander[0].text[0].value == "hidden detail"
    assert [(t.label, t.text[0].value) for t in at.tabs] == [("First", "one"), ("Second", "two")]


def test_form_batches_values_until_submit() -> None:
    at = run(
        """
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        with st.form("f"):
            name = st.text_input("Name")
            level = st.slider("Level", 0, 10)
            sent = st.form_submit_button("Send")
        st.write(sent, name, level)
        """
    )
    at.text_input[0].input("Ann")
    at.slider[0].set_value(4)
    at.run()  # another interaction: the form's values stay in the browser
    assert at.markdown[0].value == "`False`  `0`"
    at.text_input[0].input("Ann")
    at.slider[0].set_value(4)
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "`True` Ann `4`"
    assert at.session_state.runs == 3


def test_clear_on_submit_resets_the_form_for_the_next_submit() -> None:
    at = run(
        """
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            text = st.text_input("Text", "initial")
            sent = st.form_submit_button()
        st.write(sent, text)
        """
    )
    at.text_input[0].input("typed")
    at.button[0].click().run()
    assert at.markdown[0].value == "`True` typed"
    at.button[0].click().run()
    assert at.markdown[0].value == "`True` initial"


def test_form_submit_callback_sees_the_submitted_values() -> None:
    at = run(
        """
        import streamlit as st
        def submitted():
            st.session_state.got = st.session_state.qty
        with st.form("f"):
            st.number_input("Qty", 0, 10, key="qty")
            st.form_submit_button(on_click=submitted)
        """
    )
    at.number_input[0].set_value(6)
    at.form_submit_button[0].click().run()
    assert at.session_state.got == 6


def test_a_form_without_submit_button_is_left_to_the_renderer() -> None:
    # As in Streamlit, the page (not the runtime) warns about the missing submit button.
    at = run(
        """
        import streamlit as st
        with st.form("lonely"):
            st.text_input("x")
        """
    )
    assert not at.exception and not at.error
    assert at.form[0].text_input[0].label == "x"


def test_a_plain_button_inside_a_form_is_an_error() -> None:
    at = run(
        """
        import streamlit as st
        with st.form("f"):
            st.button("nope")
            st.form_submit_button()
        """
    )
    assert at.exception[0].value.startswith("`st.button()` can't be used in an `st.form()`.")


def test_a_submit_button_outside_a_form_is_an_error() -> None:
    at = run("import streamlit as st\nst.form_submit_button()")
    assert at.exception[0].value.startswith(
        "`st.form_submit_button()` must be used inside an `st.form()`."
    )


def test_forms_cannot_nest() -> None:
    at = run(
        """
        import streamlit as st
        with st.form("outer"):
            with st.form("inner"):
                pass
        """
    )
    assert at.exception[0].value == "Forms cannot be nested in other forms."
