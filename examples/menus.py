"""A meeting planner: pick a date and time, act from a menu button, page through results, and
read what st.context knows about the browser."""

import datetime as dt

import streamlit as st

st.header("Plan")
when = st.datetime_input("Meeting time", dt.datetime(2024, 5, 17, 9, 30), key="when")
st.write(f"Meeting at {when:%Y-%m-%d %H:%M}")

action = st.menu_button("Export", ["CSV", "JSON", "PDF"], key="export")
if action:
    st.write(f"Exported as {action}")
else:
    st.write("Nothing exported this run")

st.header("Results")
page = st.pagination(12, key="page", max_visible_pages=5)
st.write(f"Showing results {(page - 1) * 10 + 1} to {page * 10}")

st.header("Browser")
c = st.context
st.write(f"Locale known: {bool(c.locale)}; timezone known: {bool(c.timezone)}")
st.write(f"URL: {c.url}")
st.write(f"Theme: {c.theme.type}; headers: {len(c.headers)}; cookies: {len(c.cookies)}")
