"""Display elements: what each command shows, as a test reads it."""

from __future__ import annotations

from stbundle.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string(script).run()


def test_headings_markdown_caption_text_code() -> None:
    at = run(
        """
        import streamlit as st
        st.title("The title", anchor="top")
        st.header("A header", divider="blue")
        st.subheader("A subheader", help="sub help")
        st.markdown("**bold** <b>html</b>", unsafe_allow_html=True)
        st.markdown("plain")
        st.caption("small print")
        st.text("  fixed width  ")
        st.code("def f():\\n    return 1", language="python", line_numbers=True)
        """
    )
    assert at.title[0].value == "The title" and at.title[0].anchor == "top"
    assert at.header[0].value == "A header" and at.header[0].divider == "blue"
    assert at.subheader[0].help == "sub help"
    assert [m.value for m in at.markdown] == ["**bold** <b>html</b>", "plain"]
    assert [m.allow_html for m in at.markdown] == [True, False]
    assert at.caption[0].value == "small print" and at.caption[0].is_caption
    assert at.text[0].value == "fixed width"
    assert at.code[0].value == "def f():\n    return 1"
    assert at.code[0].language == "python" and at.code[0].show_line_numbers


def test_json_metric_latex_divider_html() -> None:
    at = run(
        """
        import streamlit as st
        st.json({"a": [1, 2], "b": None}, expanded=False)
        st.metric("Speed", 42, -3, help="km/h")
        st.metric("Text", "1.5 kg", "+0.2 kg", delta_color="inverse")
        st.latex(r"e^{i\\pi} + 1 = 0")
        st.divider()
        st.html("<p>raw</p>")
        """
    )
    assert at.json[0].value == '{"a": [1, 2], "b": null}' and not at.json[0].expanded
    speed, text = at.metric
    assert (speed.label, speed.value, speed.delta, speed.help) == ("Speed", "42", "-3", "km/h")
    # A rise shown inverted is red: Streamlit's MetricColor 0 (what its AppTest gives).
    assert (text.value, text.delta, text.color) == ("1.5 kg", "+0.2 kg", 0)
    assert at.latex[0].value == "$$\ne^{i\\pi} + 1 = 0\n$$"
    assert at.divider[0].value == "---"
    assert at.html[0].value == "<p>raw</p>"


def test_alerts_and_exceptions() -> None:
    at = run(
        """
        import streamlit as st
        st.success("yay", icon="✅")
        st.info("fyi")
        st.warning("hmm")
        st.error("oops")
        st.exception(ZeroDivisionError("division by zero"))
        """
    )
    assert (at.success[0].value, at.success[0].icon) == ("yay", "✅")
    assert [at.info[0].value, at.warning[0].value, at.error[0].value] == ["fyi", "hmm", "oops"]
    shown = at.exception[0]
    assert (shown.exception_type, shown.message) == ("ZeroDivisionError", "division by zero")
    assert not shown.is_warning


def test_write_chooses_the_element_like_streamlit() -> None:
    at = run(
        """
        import streamlit as st
        st.write("Count = ", 1)
        st.write(2.5, True, None)
        st.write({"k": 1})
        st.write([1, "two"])
        st.write(ValueError("as exception"))
        st.write("a", "b", {"c": 3}, "d")
        st.write("has `ticks`", 7)
        """
    )
    assert [m.value for m in at.markdown] == [
        "Count =  `1`",
        "`2.5` `True` `None`",
        "a b",
        "d",
        "has `ticks` `7`",
    ]
    assert [j.value for j in at.json] == ['{"k": 1}', '[1, "two"]', '{"c": 3}']
    assert at.exception[0].value == "as exception"


def test_empty_is_replaced_in_place() -> None:
    at = run(
        """
        import streamlit as st
        st.text("before")
        slot = st.empty()
        st.text("after")
        slot.text("first")
        slot.markdown("second")
        """
    )
    nodes = [n for n in at.main if n is not at.main]
    assert [(n.type, n.value) for n in nodes] == [
        ("text", "before"),
        ("markdown", "second"),
        ("text", "after"),
    ]


def test_progress_updates_in_place_and_keeps_its_text() -> None:
    at = run(
        """
        import streamlit as st
        bar = st.progress(0, text="starting")
        bar.progress(0.75, text="nearly")
        st.progress(100)
        """
    )
    assert [(p.value, p.text) for p in at.progress] == [(75, "nearly"), (100, "")]


def test_spinner_shows_its_content_and_leaves_no_element() -> None:
    at = run(
        """
        import streamlit as st
        with st.spinner("Working..."):
            st.text("done inside")
        st.text("after")
        """
    )
    assert [t.value for t in at.text] == ["done inside", "after"]
    assert not at.get("spinner")


def test_toast_goes_to_the_event_area() -> None:
    at = run(
        """
        import streamlit as st
        st.toast("Saved!", icon="💾")
        st.text("page")
        """
    )
    assert (at.toast[0].value, at.toast[0].icon) == ("Saved!", "💾")
    assert not at.main.toast


def test_element_handles_replace_their_element() -> None:
    at = run(
        """
        import streamlit as st
        note = st.info("loading")
        note.success("loaded")
        """
    )
    assert not at.info
    assert at.success[0].value == "loaded"


def test_markdown_anchors_travel_to_the_page() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.markdown('# A')\nst.markdown('# B', anchors=False)"
    ).run()
    assert [m.proto.hide_anchors for m in at.markdown] == [False, True]
    assert not at.warning  # honoured: no "not honoured yet" notice
