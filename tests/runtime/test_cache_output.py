"""What a cached function draws is drawn again on every cache hit, at the caller's place."""

from __future__ import annotations

from stbundle.testing import AppTest

NESTED = """
import streamlit as st

@st.cache_data
def inner_part(n):
    st.caption(f"inner {n}")
    return n

@st.cache_data
def outer_part(n):
    st.caption("outer")
    return inner_part(n) + 1

if "nested_init" not in st.session_state:
    inner_part.clear()
    outer_part.clear()
    st.session_state.nested_init = True
st.text(str(outer_part(1)))
st.text(str(inner_part(1)))
st.button("again")
"""


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def test_nested_cached_functions_replay_their_output_once_each() -> None:
    at = AppTest.from_string(NESTED).run()
    # outer (miss) draws its caption and the inner miss's; then inner alone (a hit) replays.
    assert captions(at) == ["outer", "inner 1", "inner 1"]
    at.button[0].click().run()
    assert captions(at) == ["outer", "inner 1", "inner 1"]
    assert [t.value for t in at.text] == ["2", "1"]


def test_clear_forgets_the_output_with_the_value() -> None:
    script = """
import streamlit as st
@st.cache_data
def noisy_clear():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
    st.caption("computed")
    return 1
if st.button("clear"):
    noisy_clear.clear()
noisy_clear()
st.text(str(st.session_state.calls))
"""
    at = AppTest.from_string(script).run()
    first_calls = int(at.text[0].value)
    assert captions(at) == ["computed"]
    at.button[0].click().run()  # cleared: computed again, drawn once
    assert captions(at) == ["computed"]
    assert int(at.text[0].value) == first_calls + 1


def test_a_failed_computation_caches_and_replays_nothing() -> None:
    script = """
import streamlit as st
@st.cache_data
def flaky_output(fail):
    st.caption("started")
    if fail:
        raise ValueError("no data")
    return 1
try:
    flaky_output(True)
except ValueError:
    st.text("failed")
st.button("again")
"""
    at = AppTest.from_string(script).run()
    assert captions(at) == ["started"]
    at.button[0].click().run()  # not cached: it runs (and fails) again, drawing once
    assert captions(at) == ["started"]
    assert [t.value for t in at.text] == ["failed"]


def test_a_widget_inside_a_cached_function_warns() -> None:
    script = """
import streamlit as st
@st.cache_resource
def resource_with_widget():
    st.slider("inside")
    return 1
resource_with_widget.clear()
resource_with_widget()
"""
    at = AppTest.from_string(script).run()
    (warning,) = at.exception
    assert warning.is_warning
    assert warning.value.startswith("Your script uses a widget command in a cached function")
    assert [s.label for s in at.slider] == ["inside"]
