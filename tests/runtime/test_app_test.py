"""The AppTest harness itself: construction, queries, staging values, state and params views."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.runtime_py.testing.blocks import Block, Column, Expander, Tab
from stbundle.runtime_py.testing.errors import AppTestError

from stbundle.testing import AppTest

LAYOUT_APP = """
import streamlit as st
st.sidebar.button("side", key="side")
st.button("main", key="main")
a, b = st.columns(2)
b.text_input("in b", key="tb")
with st.expander("More"):
    st.checkbox("c", key="c")
t1, t2 = st.tabs(["One", "Two"])
t2.markdown("tab two")
with st.form("f"):
    st.text_input("in form", key="tf")
    st.form_submit_button("Go")
st.container().write("boxed")
st.toast("toasted")
"""


def test_from_string_runs_the_script() -> None:
    at = AppTest.from_string("import streamlit as st\nst.title('Hi')").run()
    assert at.title[0].value == "Hi"
    assert not at.exception


def test_from_string_dedents() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("indented source")
        """
    ).run()
    assert at.text[0].value == "indented source"


def test_from_function_passes_args_and_kwargs() -> None:
    def app(greeting: str, *, name: str) -> None:
        import streamlit as st

        st.write(f"{greeting}, {name}")

    at = AppTest.from_function(app, args=("Hello",), kwargs={"name": "Ann"}).run()
    assert at.markdown[0].value == "Hello, Ann"


def test_from_file_relative_to_the_calling_test(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.header('from file')\n")
    at = AppTest.from_file(app).run()
    assert at.header[0].value == "from file"
    with pytest.raises(FileNotFoundError, match="AppTest script not found"):
        AppTest.from_file("no_such_app.py")


def test_run_returns_the_app_test_and_takes_a_timeout() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text('x')")
    assert at.run(timeout=10) is at
    assert at.default_timeout == 3


def test_a_run_longer_than_the_timeout_raises() -> None:
    at = AppTest.from_string("import time\ntime.sleep(0.05)", default_timeout=0.01)
    with pytest.raises(RuntimeError, match=r"timed out after 0.01\(s\)"):
        at.run()


def test_queries_walk_main_then_sidebar_then_events() -> None:
    at = AppTest.from_string(LAYOUT_APP).run()
    assert [b.key for b in at.button] == ["main", "FormSubmitter:f-Go", "side"]
    assert [b.label for b in at.sidebar.button] == ["side"]
    assert [b.label for b in at.main.button] == ["main", "Go"]
    assert at.toast[0].value == "toasted"
    assert at.form_submit_button[0].label == "Go"


def test_containers_and_their_own_queries() -> None:
    at = AppTest.from_string(LAYOUT_APP).run()
    assert len(at.columns) == 2 and all(isinstance(c, Column) for c in at.columns)
    assert at.columns[1].text_input[0].label == "in b"
    assert len(at.columns[0].text_input) == 0
    assert isinstance(at.expander[0], Expander) and at.expander[0].label == "More"
    assert at.expander[0].checkbox[0].key == "c"
    assert [t.label for t in at.tabs] == ["One", "Two"]
    assert isinstance(at.tabs[1], Tab) and at.tabs[1].markdown[0].value == "tab two"
    assert at.form[0].key == "f" and at.form("f").text_input[0].key == "tf"
    assert [c.markdown[0].value for c in at.container] == ["boxed"]
    assert at.get("tab") == list(at.tabs)
    assert isinstance(at.main, Block) and at.main.type == "main"
    assert at.sidebar.type == "sidebar"


def test_lookup_by_key_and_by_type() -> None:
    at = AppTest.from_string(LAYOUT_APP).run()
    assert at.text_input(key="tb").label == "in b"
    with pytest.raises(KeyError):
        at.text_input(key="missing")
    assert at.get_by_key("c").label == "c"
    assert [n.type for n in at.get("text_input")] == ["text_input", "text_input"]
    assert at.button.len == 3 and len(at.button[1:]) == 2


def test_get_by_key_refuses_an_ambiguous_key() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text_input("a", key="k")
        with st.form("k"):
            st.form_submit_button()
        """
    ).run()
    with pytest.raises(AppTestError, match="Multiple elements have key 'k'"):
        at.get_by_key("k")


def test_element_attributes_come_from_the_element() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.code("x = 1", language="python")
        st.text_input("Name", help="tip", placeholder="you", max_chars=9)
        """
    ).run()
    assert at.code[0].language == "python"
    name = at.text_input[0]
    assert (name.help, name.placeholder, name.max_chars) == ("tip", "you", 9)
    assert name.disabled is False and name.form_id == ""


def test_interactions_chain_into_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write(st.checkbox("c"), st.text_input("t"))
        """
    ).run()
    at.checkbox[0].check()
    assert at.checkbox[0].value is True  # staged, not yet run
    at.text_input[0].input("hi").run()
    assert at.markdown[0].value == "`True` hi"


def test_disabled_widgets_refuse_interaction() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.checkbox('off', disabled=True, key='d')"
    ).run()
    with pytest.raises(AppTestError, match="Cannot update a disabled checkbox widget"):
        at.checkbox[0].check()


def test_display_elements_refuse_interaction() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text('t')").run()
    with pytest.raises(AppTestError, match=r"set_value\(\) is not supported for text"):
        at.text[0].set_value("x")


def test_session_state_view_before_and_after_runs() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.seen = st.session_state.get("seed", "none")
        st.text_input("t", key="t")
        st.text_input("no key")
        """
    )
    at.session_state["seed"] = "planted"
    at.session_state.other = 1
    at.run()
    assert at.session_state.seen == "planted"
    assert at.session_state["t"] == ""
    assert "t" in at.session_state and "nope" not in at.session_state
    assert sorted(at.session_state) == ["other", "seed", "seen", "t"]
    assert len(at.session_state) == 4
    assert at.session_state.to_dict()["other"] == 1
    assert at.session_state.get("nope", 5) == 5
    del at.session_state.other
    assert "other" not in at.session_state
    with pytest.raises(AttributeError, match="nope not found in session_state"):
        _ = at.session_state.nope


def test_query_params_go_in_and_come_back() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write(st.query_params.get("page", "none"))
        st.query_params["seen"] = "yes"
        """
    )
    at.query_params["page"] = "3"
    at.run()
    assert at.markdown[0].value == "3"
    assert at.query_params == {"page": "3", "seen": "yes"}
    at.query_params["page"] = ["4", "5"]
    at.run()
    assert at.markdown[0].value == "5"


def test_secrets_given_to_the_test() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write(st.secrets.db.user)")
    at.secrets["db"] = {"user": "ann"}
    at.run()
    assert at.markdown[0].value == "ann"
    at.secrets["db"] = {"user": "bob"}
    at.run()
    assert at.markdown[0].value == "bob"


def test_exception_lists_the_shown_errors() -> None:
    at = AppTest.from_string("raise KeyError('missing thing')").run()
    assert len(at.exception) == 1
    assert at.exception[0].value == "'missing thing'"
    assert at.exception[0].exception_type == "KeyError"


def test_button_value_is_true_only_for_the_run_it_caused() -> None:
    at = AppTest.from_string("import streamlit as st\nst.button('b')").run()
    assert at.button[0].value is False
    at.button[0].click()
    assert at.button[0].value is True
    at.run()
    assert at.button[0].value is True
    at.run()
    assert at.button[0].value is False


def test_form_values_wait_for_the_submit_button() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            name = st.text_input("name")
            st.form_submit_button()
        st.write("name:", name)
        """
    ).run()
    at.text_input[0].input("Zoe").run()
    assert at.markdown[0].value == "name:"
    at.text_input[0].input("Zoe")
    at.button[0].click().run()
    assert at.markdown[0].value == "name: Zoe"
