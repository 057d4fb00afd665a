"""A multi-step wizard: state machine in session_state, callbacks, match statement."""

import streamlit as st

STEPS = ("account", "profile", "done")
st.session_state.setdefault("step", 0)
st.session_state.setdefault("answers", {})


def next_step() -> None:
    st.session_state.step = min(st.session_state.step + 1, len(STEPS) - 1)


def previous_step() -> None:
    st.session_state.step = max(st.session_state.step - 1, 0)


st.progress((st.session_state.step + 1) / len(STEPS))
match STEPS[st.session_state.step]:
    case "account":
        st.text_input("Email", key="email")
        st.text_input("Password", type="password", key="password")
    case "profile":
        st.text_input("Display name", key="display_name")
        st.selectbox("Theme", ["light", "dark"], key="theme")
    case _:
        st.success("All set!")
        st.json(st.session_state.answers)

back, forward = st.columns(2)
back.button("Back", on_click=previous_step, disabled=st.session_state.step == 0)
forward.button("Next", on_click=next_step, disabled=st.session_state.step == len(STEPS) - 1)
