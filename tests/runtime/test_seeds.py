"""The examples in the project's seed documents behave as those documents describe."""

from __future__ import annotations

from stbundle.testing import AppTest


def test_counter_example_increments_and_decrements() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.title('Counter Example')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        increment = st.button('Increment')
        if increment:
            st.session_state.count += 1
        decrement = st.button('Decrement')
        if decrement:
            st.session_state.count -= 1
        st.write('Count = ', st.session_state.count)
        """
    ).run()
    assert at.title[0].value == "Counter Example"
    assert at.markdown[0].value == "Count =  `0`"
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Count =  `2`"
    at.button[1].click().run()
    assert at.markdown[0].value == "Count =  `1`"
    at.run()  # a rerun with no click keeps the count
    assert at.session_state.count == 1


def test_mirrored_widgets_follow_each_other() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def update_first():
            st.session_state.second = st.session_state.first
        def update_second():
            st.session_state.first = st.session_state.second
        st.title('Mirrored Widgets using Session State')
        st.text_input(label='Textbox 1', key='first', on_change=update_first)
        st.text_input(label='Textbox 2', key='second', on_change=update_second)
        """
    ).run()
    at.text_input(key="first").input("left").run()
    assert [t.value for t in at.text_input] == ["left", "left"]
    at.text_input(key="second").input("right").run()
    assert [t.value for t in at.text_input] == ["right", "right"]


def test_session_state_persists_a_counter_across_reruns() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        st.session_state.count += 1
        st.write(st.session_state.count)
        """
    ).run()
    at.run()
    at.run()
    assert at.markdown[0].value == "`3`"


def test_widget_key_holds_the_widget_value() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        name = st.text_input("Name", key="user_name")
        st.write(name == st.session_state.user_name, st.session_state.get("missing", "dflt"))
        """
    ).run()
    at.text_input[0].input("Kim").run()
    assert at.session_state.user_name == "Kim"
    assert at.markdown[0].value == "`True` dflt"


def test_callback_must_use_the_key_not_the_variable() -> None:
    bad = AppTest.from_string(
        """
        import streamlit as st
        def increment():
            slide_val += 1
        st.button("Add", on_click=increment)
        slide_val = st.slider("Value", 0, 10, key="slider")
        """
    ).run()
    bad.button[0].click().run()
    assert bad.exception[0].exception_type == "UnboundLocalError"

    good = AppTest.from_string(
        """
        import streamlit as st
        def increment():
            st.session_state.slider += 1
        st.button("Add", on_click=increment)
        slide_val = st.slider("Value", 0, 10, key="slider")
        st.write("value", slide_val)
        """
    ).run()
    good.button[0].click().run()
    assert good.slider[0].value == 1 and good.markdown[0].value == "value `1`"
    good.button[0].click().run()
    assert good.markdown[0].value == "value `2`"  # updated on every click, not every second


def test_button_is_true_only_in_the_rerun_its_click_caused() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.button("Load data"):
            st.write("loaded!")
        st.checkbox("something else")
        """
    ).run()
    at.button[0].click().run()
    assert at.markdown[0].value == "loaded!"
    at.checkbox[0].check().run()
    assert not at.markdown  # the content disappears on any other interaction


def test_store_button_results_in_session_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.button("Load data"):
            st.session_state.data = [1, 2, 3]
        if "data" in st.session_state:
            st.write(st.session_state.data)
        st.checkbox("something else")
        """
    ).run()
    at.button[0].click().run()
    at.checkbox[0].check().run()
    assert at.json[0].value == "[1, 2, 3]"


def test_nested_buttons_never_work() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.button("Outer"):
            if st.button("Inner"):
                st.write("never shown")
        """
    ).run()
    at.button[0].click().run()
    assert [b.label for b in at.button] == ["Outer", "Inner"]
    at.button[1].click().run()
    assert [b.label for b in at.button] == ["Outer"]
    assert not at.markdown


def test_button_state_is_not_settable() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.my_button = True
        st.button("Press", key="my_button")
        """
    ).run()
    assert "is read-only" in at.exception[0].value


def test_toggle_pattern_with_a_callback() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "show_details" not in st.session_state:
            st.session_state.show_details = False
        def toggle():
            st.session_state.show_details = not st.session_state.show_details
        st.button("Toggle details", on_click=toggle)
        if st.session_state.show_details:
            st.write("Details here...")
        """
    ).run()
    assert not at.markdown
    at.button[0].click().run()
    assert at.markdown[0].value == "Details here..."
    at.run()
    assert at.markdown[0].value == "Details here..."  # state, not the click, decides
    at.button[0].click().run()
    assert not at.markdown


def test_callback_result_is_available_in_the_same_rerun() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def on_change():
            st.session_state.processed = st.session_state.input_text.upper()
        st.text_input("Enter text", key="input_text", on_change=on_change)
        if "processed" in st.session_state:
            st.write(st.session_state.processed)
        """
    ).run()
    assert not at.markdown
    at.text_input[0].input("shout").run()
    assert at.markdown[0].value == "SHOUT"


def test_classes_defined_in_the_script_are_redefined_every_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        class User:
            def __init__(self, name):
                self.name = name
        if "user" not in st.session_state:
            st.session_state.user = User("ann")
        st.write(isinstance(st.session_state.user, User), st.session_state.user.name)
        """
    ).run()
    assert at.markdown[0].value == "`True` ann"
    at.run()
    assert at.markdown[0].value == "`False` ann"


def test_duplicate_widget_keys_are_an_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text_input("First", key="dup")
        st.text_input("Second", key="dup")
        """
    ).run()
    assert "multiple elements with the same `key='dup'`" in at.exception[0].value
