"""A long task shown with st.status: running while it works, then complete or failed."""

import time

import streamlit as st

st.header("Status")
if st.button("Download"):
    with st.status("Downloading data...", expanded=True) as status:
        st.write("Searching for data...")
        time.sleep(1.5)
        st.write("Found URL.")
        status.update(label="Download complete!")
if st.button("Break"):
    try:
        with st.status("Trying"):
            st.write("Attempt one")
            raise RuntimeError("no network")
    except RuntimeError:
        st.write("The download failed.")
