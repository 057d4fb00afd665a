"""Widget identity: what makes two calls the same widget, and Streamlit's duplicate errors."""

from __future__ import annotations

from stbundle.testing import AppTest

DUPLICATE_ID_MESSAGE = (
    "There are multiple `{kind}` elements with the same auto-generated ID. When this element "
    "is created, it is assigned an internal ID based on the element type and provided "
    "parameters. Multiple elements with the same type and parameters will cause this error."
    "\n\nTo fix this error, please pass a unique `key` argument to the `{kind}` element."
)


def test_duplicate_keys_raise_streamlits_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text_input("a", key="same")
        st.slider("b", key="same")
        st.write("not reached")
        """
    ).run()
    assert at.exception[0].value == (
        "There are multiple elements with the same `key='same'`. To fix this, please make sure "
        "that the `key` argument is unique for each element you create."
    )
    assert at.exception[0].exception_type == "streamlit.errors.StreamlitDuplicateElementKey"
    assert not at.markdown


def test_duplicate_auto_ids_raise_streamlits_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.checkbox("Same")
        st.checkbox("Same")
        """
    ).run()
    assert at.exception[0].value == DUPLICATE_ID_MESSAGE.format(kind="checkbox")
    assert at.exception[0].exception_type == "streamlit.errors.StreamlitDuplicateElementId"


def test_same_label_is_fine_with_different_keys_or_parameters() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.checkbox("Same", key="one")
        st.checkbox("Same", key="two")
        st.slider("S", 0, 10)
        st.slider("S", 0, 20)
        st.sidebar.button("B")
        st.button("B")
        """
    ).run()
    assert not at.exception
    assert len(at.checkbox) == 2 and len(at.slider) == 2 and len(at.button) == 2


def test_changing_a_keyed_widgets_label_keeps_its_value() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        label = "Second label" if st.checkbox("flip") else "First label"
        st.text_input(label, key="kept")
        st.text_input(label)
        """
    ).run()
    at.text_input[0].input("stays")
    at.text_input[1].input("goes")
    at.run()
    at.checkbox[0].check().run()
    assert [t.label for t in at.text_input] == ["Second label", "Second label"]
    assert at.text_input[0].value == "stays"
    assert at.text_input[1].value == ""


def test_changing_a_keyed_sliders_range_resets_it() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        top = 20 if st.checkbox("wider") else 10
        st.slider("S", 0, top, key="s")
        """
    ).run()
    at.slider[0].set_value(7).run()
    at.checkbox[0].check().run()
    assert at.slider[0].value == 0


def test_widget_ids_are_stable_across_runs() -> None:
    at = AppTest.from_string("import streamlit as st\nst.radio('R', ['a', 'b'])").run()
    first = at.radio[0].id
    at.radio[0].set_value("b").run()
    assert at.radio[0].id == first
    assert at.radio[0].value == "b"
