"""Popovers: settings in a floating panel, and one whose content runs only while it is open."""

import streamlit as st

st.header("Popover")
with st.popover("Settings", help="Change your name", icon="⚙️"):
    name = st.text_input("Your name")
    loud = st.checkbox("Shout")
greeting = f"Hello {name or 'stranger'}"
st.write(greeting.upper() if loud else greeting)

details = st.popover("Details", on_change="rerun")
with details:
    if details.open:
        st.write("Expensive details loaded")
st.write(f"Details open: {details.open}")
