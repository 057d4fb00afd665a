"""Differential scenarios for st.download_button: its click is a one-run trigger with the
callback first, data of each kind is accepted, and bad arguments are refused with Streamlit's
messages."""

from __future__ import annotations

from tests.differential.scenario import Scenario

DOWNLOADS = Scenario(
    name="download_button",
    script="""
import io
import streamlit as st
st.session_state.setdefault("clicks", 0)
def count():
    st.session_state.clicks += 1
a = st.download_button("Text", "hello", file_name="hello.txt", on_click=count)
b = st.download_button("Bytes", b"\\x00\\x01", file_name="b.bin", mime="application/x-test")
c = st.download_button("File", io.BytesIO(b"abc"), key="filelike", on_click="ignore")
d = st.download_button("Lazy", lambda: "made on demand", type="primary", disabled=True)
st.text(f"{a} {b} {c} {d} clicks={st.session_state.clicks}")
for bad in [dict(label="x", data=object()), dict(label="y", data="z", type="huge")]:
    try:
        st.download_button(**bad)
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[
        lambda at: at.download_button[0].click().run(),
        lambda at: at.run(),
        lambda at: at.download_button[1].click().run(),
        lambda at: at.download_button[2].click().run(),
    ],
)

# icon_position and shortcut: accepted (a shortcut is normalised into the widget's identity),
# and bad values refused with Streamlit's messages.
DOWNLOAD_ICON_SHORTCUT = Scenario(
    name="download_button_icon_shortcut",
    script="""
import streamlit as st
r = st.download_button("Save", "x", icon="💾", icon_position="right", shortcut="Ctrl+S")
st.download_button("Other", "y", icon_position=None, shortcut="alt+shift+d")
st.text(f"returned {r!r}")
for bad in [dict(icon_position="middle"), dict(shortcut="Ctrl+Shift"), dict(shortcut="ctrl+c")]:
    try:
        st.download_button("z", "z", **bad)
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[lambda at: at.download_button[0].click().run()],
)

SCENARIOS = [DOWNLOADS, DOWNLOAD_ICON_SHORTCUT]
