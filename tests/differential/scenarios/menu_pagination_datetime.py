"""Differential scenarios for st.datetime_input, st.menu_button and st.pagination: values,
defaults, keys and session-state writes, callbacks, bounds, trigger life, and Streamlit's
errors for bad arguments."""

from __future__ import annotations

from datetime import datetime

from tests.differential.scenario import Scenario

DATETIME_INPUT = Scenario(
    name="datetime_input",
    script="""
import datetime as dt
import streamlit as st
if "calls" not in st.session_state:
    st.session_state.calls = 0
def changed():
    st.session_state.calls += 1
when = st.datetime_input("When", dt.datetime(2024, 5, 17, 9, 30, 45), key="when",
                         on_change=changed)
st.write("when:", str(when), st.session_state.calls)
empty = st.datetime_input("Empty", None, step=dt.timedelta(minutes=5))
st.write("empty:", str(empty))
bounded = st.datetime_input("Bounded", "2024-01-10 12:00", min_value=dt.date(2024, 1, 1),
                            max_value="2024-01-31", key="bounded")
st.write("bounded:", str(bounded))
day = st.datetime_input("Day only", dt.date(2023, 3, 1))
st.write("day:", str(day))
def move():
    st.session_state.when = dt.datetime(2030, 1, 2, 3, 4)
st.button("move", on_click=move)
""",
    steps=[
        lambda at: at.datetime_input(key="when").set_value(datetime(2024, 6, 1, 18, 15)).run(),
        lambda at: at.datetime_input[1].set_value(datetime(2022, 2, 2, 2, 2)).run(),
        lambda at: at.datetime_input(key="bounded").set_value(datetime(2025, 1, 1, 0, 0)).run(),
        lambda at: at.datetime_input(key="bounded").set_value(datetime(2024, 1, 20, 8, 0)).run(),
        lambda at: at.button[0].click().run(),
        lambda at: at.run(),
    ],
)

DATETIME_INPUT_ERRORS = Scenario(
    name="datetime_input_errors",
    script="""
import datetime as dt
import streamlit as st
for call in [
    lambda: st.datetime_input("a", 5),
    lambda: st.datetime_input("b", "not a date"),
    lambda: st.datetime_input("c", dt.datetime(2024, 1, 1), min_value=dt.datetime(2024, 2, 1)),
    lambda: st.datetime_input("d", dt.datetime(2024, 1, 1), max_value=dt.datetime(2023, 2, 1)),
    lambda: st.datetime_input("e", None, min_value="2024-02-01", max_value="2024-01-01"),
    lambda: st.datetime_input("h", None, step=30),
    lambda: st.datetime_input("i", None, step=1.5),
    lambda: st.datetime_input("j", None, on_change="sometimes"),
]:
    try:
        call()
    except Exception as e:
        st.write(type(e).__name__, str(e))
""",
)

MENU_BUTTON = Scenario(
    name="menu_button",
    script="""
import streamlit as st
if "log" not in st.session_state:
    st.session_state.log = []
def chose(tag):
    st.session_state.log.append((tag, st.session_state.export))
action = st.menu_button("Export", ["CSV", "JSON", "PDF"], key="export", on_click=chose,
                        args=("cb",), type="primary", help="Save it")
st.write("action:", action, st.session_state.log)
n = st.menu_button("Number", [1, 2, 3], format_func=lambda v: f"#{v}", icon="🔢")
st.write("number:", n)
st.menu_button("Off", ["x"], disabled=True)
""",
    steps=[
        lambda at: at.menu_button(key="export").click("JSON").run(),
        lambda at: at.run(),
        lambda at: at.menu_button[1].click(2).run(),
        lambda at: at.menu_button[1].click_index(2).run(),
        lambda at: at.run(),
    ],
)

MENU_BUTTON_ERRORS = Scenario(
    name="menu_button_errors",
    script="""
import streamlit as st
for call in [
    lambda: st.menu_button("a", []),
    lambda: st.menu_button("b", ["x", "y"], format_func=lambda v: "same"),
    lambda: st.menu_button("c", ["x"], type="danger"),
    lambda: st.menu_button("d", ["x"], on_click="rerun"),
    lambda: st.menu_button("e", ["x"], on_click=5),
]:
    try:
        call()
    except Exception as e:
        st.write(type(e).__name__, str(e))
with st.form("f"):
    try:
        st.menu_button("in form", ["x"])
    except Exception as e:
        st.write(type(e).__name__, str(e))
    st.form_submit_button()
try:
    st.menu_button("k", ["x"], key="dup")
    st.menu_button("k2", ["y"], key="dup")
except Exception as e:
    st.write(type(e).__name__, str(e))
""",
)

PAGINATION = Scenario(
    name="pagination",
    script="""
import streamlit as st
if "calls" not in st.session_state:
    st.session_state.calls = 0
def turned():
    st.session_state.calls += 1
pages = st.session_state.get("pages", 10)
page = st.pagination(pages, key="page", on_change=turned)
st.write("page:", page, st.session_state.calls)
other = st.pagination(3, default=2, max_visible_pages=None)
st.write("other:", other)
def last():
    st.session_state.page = pages
st.button("last", on_click=last)
def fewer():
    st.session_state.pages = 4
st.button("fewer", on_click=fewer)
with st.form("f"):
    in_form = st.pagination(5, key="form_page")
    st.form_submit_button()
st.write("in form:", in_form)
""",
    steps=[
        lambda at: at.pagination(key="page").select(7).run(),
        lambda at: at.pagination[1].set_value(3).run(),
        lambda at: at.button[0].click().run(),
        lambda at: at.button[1].click().run(),
        lambda at: at.pagination(key="form_page").select(4).run(),
        lambda at: at.button[2].click().run(),
    ],
)

PAGINATION_ERRORS = Scenario(
    name="pagination_errors",
    script="""
import streamlit as st
for call in [
    lambda: st.pagination(0),
    lambda: st.pagination(True),
    lambda: st.pagination(5, default=6),
    lambda: st.pagination(5, default="2"),
    lambda: st.pagination(5, default=True),
    lambda: st.pagination(5, max_visible_pages=-1),
    lambda: st.pagination(5, on_change="later"),
    lambda: st.pagination(5, bind="query-params"),
]:
    try:
        call()
    except Exception as e:
        st.write(type(e).__name__, str(e))
""",
)

SCENARIOS = [
    DATETIME_INPUT,
    DATETIME_INPUT_ERRORS,
    MENU_BUTTON,
    MENU_BUTTON_ERRORS,
    PAGINATION,
    PAGINATION_ERRORS,
]
