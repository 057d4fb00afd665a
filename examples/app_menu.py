"""The app menu (⋮, top right): "Get help" and "Report a bug" links and an "About" text set with
st.set_page_config(menu_items=...); "Rerun" runs the app again."""

import streamlit as st

st.set_page_config(
    page_title="App menu",
    menu_items={
        "Get help": "https://example.com/help",
        "Report a bug": "mailto:bugs@example.com",
        "About": "### About this app\nA demo of the **app menu**. <b id='raw'>Not HTML</b>",
    },
)
st.title("App menu")
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")
