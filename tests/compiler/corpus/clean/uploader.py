"""File upload and processing: uploader, spinner, status, try/except with st.stop."""

import io
import json

import streamlit as st

uploaded = st.file_uploader("Upload a JSON file", type=["json"], key="upload")
if uploaded is None:
    st.info("Waiting for a file.")
    st.stop()

try:
    data = json.load(io.TextIOWrapper(uploaded, encoding="utf-8"))
except (ValueError, UnicodeDecodeError) as exc:
    st.error(f"Not valid JSON: {exc}")
    st.stop()

with st.status("Processing", expanded=False) as status:
    keys = sorted(data) if isinstance(data, dict) else list(range(len(data)))
    status.update(label=f"Found {len(keys)} entries", state="complete")

choice = st.multiselect("Entries", keys, key="entries")
for entry in choice:
    with st.container(border=True):
        st.subheader(str(entry))
        st.json(data[entry])
