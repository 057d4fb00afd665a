"""@st.fragment(key=...) and st.rerun(scope=key): what reruns, and what is refused."""

from __future__ import annotations

from stbundle.testing import AppTest

COUNTERS = """
import streamlit as st
for name in ("main", "a", "b"):
    st.session_state.setdefault(name, 0)
st.session_state.main += 1

@st.fragment(key="a")
def part_a():
    st.session_state.a += 1
    st.text(f"a {st.session_state.a}")
    st.button("From a", on_click=lambda: st.rerun("b"))

@st.fragment(key="b")
def part_b():
    st.session_state.b += 1
    st.text(f"b {st.session_state.b}")

part_a()
part_b()
st.checkbox("Plain callback", key="plain", on_change=lambda: None)
st.button("Rerun b", on_click=lambda: st.rerun("b"))
"""


def counts(at: AppTest) -> tuple[int, int, int]:
    return at.session_state.main, at.session_state.a, at.session_state.b


def test_a_keyed_rerun_runs_only_the_named_fragment() -> None:
    at = AppTest.from_string(COUNTERS).run()
    assert counts(at) == (1, 1, 1)
    at.button[1].click().run()  # outside any fragment
    assert counts(at) == (1, 1, 2)
    at.button[0].click().run()  # inside fragment a: its own rerun is replaced by b's
    assert counts(at) == (1, 1, 3)
    assert [t.value for t in at.text] == ["a 1", "b 3"]


def test_another_callback_wanting_the_app_rerun_wins() -> None:
    at = AppTest.from_string(COUNTERS).run()
    at.checkbox(key="plain").check()
    at.button[1].click().run()  # one interaction: a plain callback and a keyed rerun
    assert counts(at) == (2, 2, 2)


def test_fragment_keys_are_unique_per_function_and_shared_by_call_sites() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.fragment(key="k")
        def one(n):
            st.text(f"one {n}")
        one(1)
        one(2)
        @st.fragment(key="k")
        def two():
            st.text("two")
        two()
        """
    ).run()
    assert [t.value for t in at.text] == ["one 1", "one 2"]
    assert "There are multiple elements with the same `key='k'`" in at.exception[0].value


def test_a_key_outside_a_callback_is_refused() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.fragment(key="k")
        def part():
            st.rerun("k")
        part()
        """
    ).run()
    assert "only allowed from a widget callback" in at.exception[0].value
