"""A small multipage app: a home page (a function) and two file pages, in the sidebar menu."""

import streamlit as st


def home():
    st.title("Home page")
    st.session_state.setdefault("visits", 0)
    st.session_state.visits += 1
    st.write(f"Visits: {st.session_state.visits}")
    st.page_link("pages/reports.py", label="See the reports")


pg = st.navigation(
    {
        "Main": [st.Page(home, title="Home", icon="🏠")],
        "Tools": [st.Page("pages/reports.py", title="Reports"), st.Page("pages/settings.py")],
    }
)
pg.run()
