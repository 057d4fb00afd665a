"""Streamlit 1.67 options: on_change modes, typed inputs, alert titles, layout, stateful tabs."""

import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.text(f"Runs: {st.session_state.runs}")

quiet = st.checkbox("Quiet option", on_change="ignore")
st.button("Apply")
st.text(f"Quiet is {quiet}")

email = st.text_input("Email", type="email", key="email")
st.text(f"Email: {email}")

st.error("The disk is full.", title="Upload failed", icon="🚨")
st.button("Narrow", width="content")
st.button("Wide", width="stretch")

overview, details = st.tabs(["Overview", "Details"], key="tab", on_change="rerun")
with details:
    st.text("Details content")
st.text(f"Tab: {st.session_state.tab}")

with st.form("login", enter_to_submit=False):
    name = st.text_input("Name")
    sent = st.form_submit_button("Log in")
st.text(f"Sent: {sent} {name}")

shared = st.checkbox("Shared option", key="shared", bind="query-params")
st.text(f"Shared is {shared}")

st.metric(
    "Revenue", 1234.567, -12.5, format="dollar", delta_description="vs May", chart_data=[1, 3, 2, 5]
)
if st.button("Save", shortcut="Ctrl+S"):
    st.text("Saved by shortcut or click")
