"""Differential scenarios for st.feedback: thumbs, faces and stars, defaults, clearing,
keys written through session state, callbacks, and Streamlit's errors for bad options."""

from __future__ import annotations

from tests.differential.scenario import Scenario

FEEDBACK = Scenario(
    name="feedback",
    script="""
import streamlit as st
if "calls" not in st.session_state:
    st.session_state.calls = 0
def rated():
    st.session_state.calls += 1
thumbs = st.feedback()
st.write("thumbs:", thumbs)
faces = st.feedback("faces", default=2, key="faces", on_change=rated)
st.write("faces:", faces)
stars = st.feedback("stars", key="stars", disabled=False)
st.write("stars:", stars, st.session_state.calls)
def five_stars():
    st.session_state.stars = 4
st.button("five stars", on_click=five_stars)
if st.button("write after"):
    st.session_state.stars = 0
""",
    steps=[
        lambda at: at.feedback[0].set_value(1).run(),
        lambda at: at.feedback(key="faces").set_value(4).run(),
        lambda at: at.feedback(key="faces").set_value(None).run(),
        lambda at: at.button[0].click().run(),
        lambda at: at.run(),
        lambda at: at.feedback[0].set_value(None).run(),
        lambda at: at.button[1].click().run(),
    ],
)

FEEDBACK_ERRORS = Scenario(
    name="feedback_errors",
    script="""
import streamlit as st
for call in [
    lambda: st.feedback("hearts"),
    lambda: st.feedback("thumbs", default=2),
    lambda: st.feedback("stars", default=-1),
]:
    try:
        call()
    except Exception as e:
        st.write(type(e).__name__, str(e))
""",
)

SCENARIOS = [FEEDBACK, FEEDBACK_ERRORS]
