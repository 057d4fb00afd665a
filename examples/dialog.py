"""Dialogs: a vote cast in a modal that reruns on its own, one whose dismissal runs a callback,
embedded HTML whose script runs inside its sandboxed frame only, and a note in st.bottom."""

import streamlit as st
import streamlit.components.v1 as components

st.header("Dialog")
st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1
st.session_state.setdefault("votes", [])


@st.dialog("Cast your vote", width="medium")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...")
    st.write(f"Reason so far: {reason or '(none)'}")
    if st.button("Submit"):
        st.session_state.votes.append(f"{item} ({reason})")
        st.rerun()


def dismissed():
    st.session_state.dismissals = st.session_state.get("dismissals", 0) + 1


@st.dialog("Terms", icon="📜", on_dismiss=dismissed)
def terms():
    st.write("Read the terms carefully.")


if st.button("Vote for A"):
    vote("A")
if st.button("Show terms"):
    terms()
st.write(f"Votes: {', '.join(st.session_state.votes) or 'none'}")
st.write(f"Terms dismissed {st.session_state.get('dismissals', 0)} times")
st.write(f"Full runs: {st.session_state.full_runs}")
if st.button("Ping"):
    st.write("Pong")
st.bottom.caption("Pinned to the bottom of the page")

st.subheader("Embedded")
components.html(
    "<p id='msg'>Waiting</p><script>"
    "document.getElementById('msg').textContent = 'Script ran in the frame';"
    "try { parent.document.body.textContent = 'HACKED' } catch (e) {}"
    "</script>",
    height=60,
)
st.iframe("<h3>Inline frame</h3><p>Sized to its content.</p>", alt="Inline frame demo")
st.space("medium")
st.skeleton(height=40)
