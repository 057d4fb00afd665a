"""Every widget: default, key, interaction, value type, callbacks, disabled, help, visibility."""

from __future__ import annotations

import datetime as dt

import pytest

from stbundle.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string(script).run()


def test_button_and_callback_with_args() -> None:
    at = run(
        """
        import streamlit as st
        def cb(step, *, scale):
            st.session_state.total = st.session_state.get("total", 0) + step * scale
        st.write(st.button("Add", key="add", on_click=cb, args=(2,), kwargs={"scale": 10},
                           help="adds", type="primary"))
        """
    )
    button = at.button(key="add")
    assert (button.label, button.help, button.type, button.proto.type) == (
        "Add",
        "adds",
        "button",
        "primary",
    )
    button.click().run()
    assert at.session_state.total == 20
    assert at.markdown[0].value == "`True`"


def test_checkbox_and_toggle() -> None:
    at = run(
        """
        import streamlit as st
        st.checkbox("Check", value=True, key="c")
        st.toggle("Switch", help="flip it")
        """
    )
    assert at.checkbox[0].value is True and at.toggle[0].value is False
    assert at.toggle[0].help == "flip it" and at.toggle[0].type == "toggle"
    at.checkbox[0].uncheck()
    at.toggle[0].set_value(True)
    at.run()
    assert (at.session_state.c, at.toggle[0].value) == (False, True)


def test_radio_keeps_option_objects_and_formats_labels() -> None:
    at = run(
        """
        import streamlit as st
        st.radio("Size", [1, 2, 3], index=2, format_func=lambda n: f"size {n}",
                 horizontal=True, key="size")
        st.radio("Nothing", ["a", "b"], index=None)
        """
    )
    size = at.radio(key="size")
    assert size.options == ["size 1", "size 2", "size 3"]
    assert (size.value, size.index, size.horizontal) == (3, 2, True)
    assert at.radio[1].value is None and at.radio[1].index is None
    size.set_value(1).run()
    assert at.radio(key="size").value == 1 and at.radio(key="size").index == 0
    with pytest.raises(ValueError, match="is not in list"):
        at.radio(key="size").set_value(9).run()


def test_selectbox_select_by_value_and_index_and_none() -> None:
    at = run(
        """
        import streamlit as st
        st.selectbox("Fruit", ["apple", "pear"], index=None, placeholder="pick one")
        """
    )
    box = at.selectbox[0]
    assert (box.value, box.index, box.placeholder) == (None, None, "pick one")
    box.select("pear").run()
    assert at.selectbox[0].value == "pear"
    at.selectbox[0].select_index(0).run()
    assert at.selectbox[0].value == "apple"
    at.selectbox[0].set_value(None).run()
    assert at.selectbox[0].value is None


def test_multiselect_select_unselect_and_indices() -> None:
    at = run(
        """
        import streamlit as st
        st.multiselect("Tags", ["a", "b", "c"], default=["b"], max_selections=2)
        """
    )
    tags = at.multiselect[0]
    assert (tags.value, tags.indices, tags.max_selections) == (["b"], [1], 2)
    tags.select("c").run()
    assert at.multiselect[0].value == ["b", "c"]
    at.multiselect[0].unselect("b").run()
    assert at.multiselect[0].value == ["c"] and at.multiselect[0].values == ["c"]


@pytest.mark.parametrize(
    ("args", "new", "expected"),
    [
        ("0, 100, 10", 55, 55),
        ("0.0, 1.0, 0.25", 0.5, 0.5),
        ("0, 10, (2, 5)", (1, 9), (1, 9)),
        (
            "datetime.date(2024, 1, 1), datetime.date(2024, 1, 31), datetime.date(2024, 1, 5)",
            dt.date(2024, 1, 20),
            dt.date(2024, 1, 20),
        ),
        ("value=datetime.time(10, 0)", dt.time(14, 15), dt.time(14, 15)),
    ],
)
def test_slider_kinds(args: str, new: object, expected: object) -> None:
    at = run(f"import streamlit as st\nimport datetime\nst.slider('S', {args})")
    at.slider[0].set_value(new).run()
    value = at.slider[0].value
    assert value == expected and type(value) is type(expected)


def test_slider_set_range_and_out_of_range_values() -> None:
    at = run("import streamlit as st\nst.slider('R', 0, 10, (3, 4))")
    at.slider[0].set_range(2, 5).run()
    assert at.slider[0].value == (2, 5)
    at.slider[0].set_range(-50, 50).run()  # outside the bounds: back to the default
    assert at.slider[0].value == (3, 4)


def test_select_slider_single_and_range() -> None:
    at = run(
        """
        import streamlit as st
        st.select_slider("One", ["lo", "mid", "hi"], value="mid")
        st.select_slider("Two", [1, 2, 3, 4], value=(2, 3))
        """
    )
    assert at.select_slider[0].value == "mid" and at.select_slider[1].value == (2, 3)
    at.select_slider[0].set_value("hi")
    at.select_slider[1].set_range(1, 4)
    at.run()
    assert at.select_slider[0].value == "hi" and at.select_slider[1].value == (1, 4)


def test_text_input_password_max_chars_placeholder() -> None:
    at = run(
        """
        import streamlit as st
        st.text_input("Code", max_chars=4, placeholder="1234", key="code")
        st.text_input("Secret", type="password")
        st.text_input("Empty", value=None)
        """
    )
    code, secret, empty = at.text_input
    assert (code.max_chars, code.placeholder, secret.proto.type) == (4, "1234", "password")
    assert empty.value is None
    code.input("too long").run()  # more than max_chars: the browser would not accept it
    assert at.text_input[0].value == ""
    at.text_input[0].input("12").run()
    at.text_input[1].set_value("hunter2").run()
    assert (at.session_state.code, at.text_input[1].value) == ("12", "hunter2")


def test_text_area() -> None:
    at = run("import streamlit as st\nst.write(st.text_area('Bio', 'hello', height=120))")
    assert at.text_area[0].value == "hello"
    at.text_area[0].input("line 1\nline 2").run()
    assert at.markdown[0].value == "line 1\nline 2"


def test_number_input_int_float_step_bounds_none() -> None:
    at = run(
        """
        import streamlit as st
        st.number_input("Int", min_value=0, max_value=10, value=9, step=1)
        st.number_input("Float", value=0.5, step=0.25)
        st.number_input("None", value=None)
        """
    )
    whole, frac, none = at.number_input
    assert (whole.value, type(whole.value)) == (9, int)
    assert (frac.value, frac.step) == (0.5, 0.25)
    assert none.value is None
    whole.increment().run()
    at.number_input[0].increment().run()  # clamped at max_value
    assert at.number_input[0].value == 10
    at.number_input[1].decrement().run()
    assert at.number_input[1].value == 0.25
    at.number_input[2].set_value(3.5).run()
    assert at.number_input[2].value == 3.5


def test_date_input_single_and_range() -> None:
    at = run(
        """
        import streamlit as st
        import datetime
        st.date_input("Day", datetime.date(2024, 1, 10), min_value=datetime.date(2024, 1, 1))
        st.date_input("Span", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 3)))
        """
    )
    day, span = at.date_input
    assert day.value == dt.date(2024, 1, 10) and day.min == dt.date(2024, 1, 1)
    assert span.value == (dt.date(2024, 1, 1), dt.date(2024, 1, 3)) and span.is_range
    day.set_value(dt.date(2024, 2, 2))
    span.set_value((dt.date(2024, 3, 1), dt.date(2024, 3, 9)))
    at.run()
    assert at.date_input[0].value == dt.date(2024, 2, 2)
    assert at.date_input[1].value == (dt.date(2024, 3, 1), dt.date(2024, 3, 9))


def test_time_input_step_and_increment() -> None:
    at = run(
        """
        import streamlit as st
        import datetime
        st.time_input("At", datetime.time(9, 0), step=1800)
        """
    )
    assert at.time_input[0].value == dt.time(9, 0) and at.time_input[0].step == 1800
    at.time_input[0].increment().run()
    assert at.time_input[0].value == dt.time(9, 30)
    at.time_input[0].set_value(dt.datetime(2024, 1, 1, 17, 45)).run()
    assert at.time_input[0].value == dt.time(17, 45)


def test_color_picker() -> None:
    at = run("import streamlit as st\nst.color_picker('Ink', '#123456')")
    assert at.color_picker[0].value == "#123456"
    at.color_picker[0].pick("abcdef").run()
    assert at.color_picker[0].value == "#abcdef"


def test_on_change_with_args_kwargs_for_value_widgets() -> None:
    at = run(
        """
        import streamlit as st
        def cb(name, *, tag):
            st.session_state.changes = st.session_state.get("changes", []) + [f"{tag}{name}"]
        st.selectbox("S", ["a", "b"], on_change=cb, args=("select",), kwargs={"tag": "#"})
        st.number_input("N", on_change=cb, args=("number",), kwargs={"tag": "!"})
        """
    )
    at.selectbox[0].select("b")
    at.number_input[0].increment()
    at.run()
    assert at.session_state.changes == ["#select", "!number"]


def test_disabled_help_and_label_visibility_are_shown() -> None:
    at = run(
        """
        import streamlit as st
        st.slider("Hidden", disabled=True, help="cannot move", label_visibility="hidden")
        st.color_picker("Gone", label_visibility="collapsed")
        """
    )
    slider = at.slider[0]
    assert (slider.disabled, slider.help, slider.label_visibility) == (
        True,
        "cannot move",
        "hidden",
    )
    assert at.color_picker[0].label_visibility == "collapsed"


def test_form_submit_button_in_its_form() -> None:
    at = run(
        """
        import streamlit as st
        with st.form("order"):
            qty = st.number_input("Qty", 1, 9)
            sent = st.form_submit_button("Order", help="sends")
        st.write(sent, qty)
        """
    )
    submit = at.form_submit_button[0]
    assert (submit.key, submit.form_id, submit.help) == (
        "FormSubmitter:order-Order",
        "order",
        "sends",
    )
    at.number_input[0].increment()
    submit.click().run()
    assert at.markdown[0].value == "`True` `2`"
