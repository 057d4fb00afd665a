"""Differential scenarios for st.status: the state set on leaving its `with` block (complete,
or error when an exception escapes), `.update()` of label/state/expanded, writing into it
without `with`, updating a status from an earlier run, and Streamlit's errors for bad states."""

from __future__ import annotations

from tests.differential.scenario import Scenario

STATUS = Scenario(
    name="status",
    script="""
import streamlit as st
with st.status("Downloading data...", expanded=True) as status:
    st.write("Searching for data...")
    st.write("Found URL.")
    status.update(label="Download complete!", expanded=False)
st.write("state:", status.__class__.__name__)
try:
    with st.status("Failing") as failing:
        st.write("about to fail")
        raise ValueError("boom")
except ValueError:
    st.write("caught")
kept = st.status("Kept running")
kept.write("inside without with")
done = st.status("Done already", state="complete")
with done:
    st.write("still complete")
manual = st.status("Manual")
with manual:
    manual.update(state="error", label="Manual failed")
if "old" in st.session_state:
    st.session_state.old.update(label="Updated from a later run", state="complete")
if st.button("keep"):
    st.session_state.old = kept
with st.sidebar.status("Sidebar", state="error", expanded=True):
    st.write("side")
for bad in [lambda: st.status("x", state="paused"), lambda: kept.update(state="stopped")]:
    try:
        bad()
    except Exception as e:
        st.write(type(e).__name__, str(e))
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.run(),
    ],
    # The container object itself (its repr is each implementation's own).
    ignore_state=frozenset({"old"}),
)

SCENARIOS = [STATUS]
