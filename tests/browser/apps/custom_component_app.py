"""A custom component declared from a folder beside the app (custom_component_ui/), and a frame
that forges component messages (they must be ignored)."""

import os

import streamlit as st
import streamlit.components.v1 as components

counter = components.declare_component(
    "counter", path=os.path.join(os.path.dirname(__file__), "custom_component_ui")
)

st.title("Custom component")
value = counter(name="World", blob=b"\x01\x02\x03", base_height=120, count=0, key="c", default=None)
if isinstance(value, bytes):
    st.write(f"Bytes from the frame: {list(value)}")
else:
    st.write(f"Clicks: {0 if value is None else value['count']}")
components.html(
    "<script>setInterval(() => parent.postMessage({isStreamlitMessage: true, "
    "type: 'streamlit:setComponentValue', value: {count: 99}, dataType: 'json'}, '*'), 100)"
    "</script>",
    height=10,
)
