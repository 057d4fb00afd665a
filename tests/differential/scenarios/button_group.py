"""Differential scenarios for st.pills and st.segmented_control: single and multi selection,
defaults, format_func, keys written through session state, callbacks, disabled, the
`at.pills` / `at.segmented_control` / `at.button_group` collections, and Streamlit's errors
for bad defaults."""

from __future__ import annotations

from tests.differential.scenario import Scenario

PILLS_AND_SEGMENTS = Scenario(
    name="pills_and_segmented_control",
    script="""
import streamlit as st
if "log" not in st.session_state:
    st.session_state.log = []
def changed():
    st.session_state.log.append(("changed", st.session_state.tags))
size = st.pills("Size", ["S", "M", "L"], default="M")
st.write("size:", size)
tags = st.pills("Tags", ["red", "green", "blue"], selection_mode="multi",
                default=["blue"], key="tags", on_change=changed)
st.write("tags:", tags)
tool = st.segmented_control("Tool", [1, 2, 3], format_func=lambda n: f"tool {n}")
st.write("tool:", tool)
dirs = st.segmented_control("Directions", ["N", "E", "S", "W"], selection_mode="multi",
                            disabled=True, label_visibility="collapsed")
st.write("dirs:", dirs)
""",
    steps=[
        lambda at: at.pills[0].set_value("L").run(),
        lambda at: at.pills(key="tags").select("red").run(),
        lambda at: at.pills(key="tags").unselect("blue").run(),
        lambda at: at.segmented_control[0].set_value(3).run(),
        lambda at: at.button_group[2].set_value(None).run(),
        lambda at: at.pills[0].unselect("L").run(),
        lambda at: at.run(),
    ],
)

BUTTON_GROUP_STATE = Scenario(
    name="button_group_session_state",
    script="""
import streamlit as st
if "mode" not in st.session_state:
    st.session_state.mode = "b"
mode = st.segmented_control("Mode", ["a", "b", "c"], key="mode")
st.write("mode:", mode)
if st.button("clear"):
    st.session_state.picks = []
picks = st.pills("Picks", range(5), selection_mode="multi", key="picks")
st.write("picks:", picks)
""",
    steps=[
        lambda at: at.pills(key="picks").set_value([3, 1]).run(),
        lambda at: at.segmented_control(key="mode").set_value("c").run(),
        lambda at: at.button[0].click().run(),
        lambda at: at.run(),
    ],
)

BUTTON_GROUP_ERRORS = Scenario(
    name="button_group_errors",
    script="""
import streamlit as st
for call in [
    lambda: st.pills("A", ["x", "y"], default="z"),
    lambda: st.pills("B", ["x", "y"], default=["x", "y"]),
    lambda: st.segmented_control("C", ["x"], selection_mode="many"),
    lambda: st.segmented_control("D", ["x"], selection_mode="multi", required=True),
]:
    try:
        call()
    except Exception as e:
        st.write(type(e).__name__, str(e))
""",
)

SCENARIOS = [PILLS_AND_SEGMENTS, BUTTON_GROUP_STATE, BUTTON_GROUP_ERRORS]
