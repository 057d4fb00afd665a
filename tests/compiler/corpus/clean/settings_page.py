"""Settings with a form, popover and query params; a helper draws keyed fields."""

import streamlit as st

DEFAULTS = {"name": "", "notifications": True, "volume": 50}
for key, value in DEFAULTS.items():
    if key not in st.session_state:
        st.session_state[key] = value


def field(label: str, key: str) -> None:
    st.text_input(label, key=key)


with st.form("settings"):
    field("Name", "name")
    st.toggle("Notifications", key="notifications")
    st.slider("Volume", 0, 100, key="volume")
    saved = st.form_submit_button("Save")

if saved:
    st.toast("Saved")
    st.query_params["volume"] = str(st.session_state.volume)

with st.popover("Help"):
    st.markdown("Settings are kept for this session only.")
