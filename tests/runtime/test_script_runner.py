"""The script runner: top-to-bottom reruns, callbacks, st.rerun, st.stop, magic, errors."""

from __future__ import annotations

import sys
from pathlib import Path

from stbundle.testing import AppTest


def test_every_run_executes_the_whole_script_top_to_bottom() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("trace", [])
        st.session_state.trace.append("top")
        st.button("b")
        st.session_state.trace.append("bottom")
        """
    ).run()
    at.button[0].click().run()
    at.run()
    assert at.session_state.trace == ["top", "bottom"] * 3


def test_callbacks_run_before_the_script_in_widget_order_with_args() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def cb(name, *, suffix=""):
            st.session_state.log.append(name + suffix)
        st.session_state.log.append("script")
        st.checkbox("first", on_change=cb, args=("first",))
        st.text_input("second", on_change=cb, args=("second",), kwargs={"suffix": "!"})
        """
    ).run()
    at.checkbox[0].check()
    at.text_input[0].input("x")
    at.run()
    assert at.session_state.log == ["script", "first", "second!", "script"]


def test_callbacks_only_fire_when_the_value_changes() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def cb():
            st.session_state.calls = st.session_state.get("calls", 0) + 1
        st.slider("s", 0, 10, on_change=cb)
        """
    ).run()
    at.slider[0].set_value(5).run()
    at.run()
    at.slider[0].set_value(5).run()
    assert at.session_state.calls == 1


def test_st_rerun_starts_a_fresh_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write("runs", st.session_state.runs)
        if st.session_state.runs == 2:
            st.rerun()
        st.write("end")
        """
    ).run()
    assert at.markdown[0].value == "runs `1`"
    at.run()  # run 2 reruns itself into run 3
    assert [m.value for m in at.markdown] == ["runs `3`", "end"]


def test_st_rerun_in_a_callback_ends_the_callback_and_reruns_once() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        def cb():
            st.session_state.log.append("before")
            st.rerun()
            st.session_state.log.append("after")
        clicked = st.button("go", on_click=cb)
        st.write("clicked", clicked)
        """
    ).run()
    at.button[0].click().run()
    assert at.session_state.log == ["before"]
    assert at.session_state.runs == 2
    assert at.markdown[0].value == "clicked `False`"


def test_st_stop_ends_the_run_and_keeps_what_was_shown() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write("shown")
        st.stop()
        st.write("never")
        """
    ).run()
    assert [m.value for m in at.markdown] == ["shown"]
    assert not at.exception


def test_magic_shows_bare_expressions_but_not_calls_or_docstrings() -> None:
    at = AppTest.from_string(
        '''
        """Module docstring."""
        import streamlit as st
        value = 6 * 7
        value
        "a string"
        len("abc")
        def f():
            """Function docstring."""
            "inside f"
        f()
        for i in range(2):
            i
        '''
    ).run()
    assert [m.value for m in at.markdown] == ["`42`", "a string", "inside f", "`0`", "`1`"]


def test_an_exception_is_shown_with_its_traceback_and_the_session_lives_on(
    tmp_path: Path,
) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\n"
        "def helper():\n"
        "    raise ValueError('bad value')\n"
        "if st.checkbox('fail'):\n"
        "    helper()\n"
        "st.write('after')\n"
    )
    at = AppTest.from_file(app).run()
    at.checkbox[0].check().run()
    error = at.exception[0]
    assert (error.exception_type, error.value) == ("ValueError", "bad value")
    assert error.proto.filename == str(app) and error.proto.lineno == 3
    assert any(f'"{app}", line 5' in line for line in error.stack_trace)
    assert any(f'"{app}", line 3' in line for line in error.stack_trace)
    assert not any("stbundle" in line for line in error.stack_trace)
    assert not at.markdown  # the run ended at the error
    at.checkbox[0].uncheck().run()
    assert not at.exception
    assert at.markdown[0].value == "after"


def test_a_syntax_error_is_shown_and_fixing_the_file_recovers(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write('ok')\nx = (1,\n")
    at = AppTest.from_file(app).run()
    error = at.exception[0]
    assert error.exception_type == "SyntaxError"
    assert (error.proto.filename, error.proto.lineno, error.proto.col_offset) == (str(app), 3, 5)
    assert "'(' was never closed" in error.value
    app.write_text("import streamlit as st\nst.write('fixed')\n")
    at.run()
    assert not at.exception
    assert at.markdown[0].value == "fixed"


def test_import_streamlit_gives_stbundles_api_while_the_real_one_is_installed() -> None:
    import streamlit as real

    at = AppTest.from_string(
        """
        import streamlit as st
        import streamlit.errors
        st.text(st.__name__)
        st.text(streamlit.errors.StreamlitAPIException.__module__)
        """
    ).run()
    assert [t.value for t in at.text] == [
        "stbundle.runtime_py.api",
        "stbundle.runtime_py.errors",
    ]
    assert sys.modules["streamlit"] is real  # put back once the run ended
