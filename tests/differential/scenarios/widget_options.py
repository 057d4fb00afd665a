"""Differential scenarios for parameters stbundle once accepted without honouring: chat submit
modes, typed options, filter modes, "select all" and fragment keys — values, session state and
refused arguments as Streamlit 1.67 has them."""

from __future__ import annotations

import datetime as dt

from tests.differential.scenario import Scenario

CHAT_SUBMIT_MODES = Scenario(
    name="chat_input_submit_mode",
    script="""
import streamlit as st
with st.container():
    a = st.chat_input("Ask", submit_mode="disable", key="a")
    b = st.chat_input("Stop me", submit_mode="stop", key="b")
st.text(f"a={a!r} b={b!r}")
try:
    st.chat_input("bad", submit_mode="later")
except Exception as e:
    st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[
        lambda at: at.chat_input[0].set_value("first").run(),
        lambda at: at.chat_input[1].set_value("second").run(),
        lambda at: at.run(),
    ],
)

# accept_new_options: a value that is no option (typed, or written to session state) is kept
# and returned as the string; without it the widget falls back to its default. Streamlit's
# AppTest can type a new multiselect value (its wire is labels), not a selectbox one.
NEW_OPTIONS = Scenario(
    name="select_accept_new_options",
    script="""
import streamlit as st
def write_state():
    st.session_state.fruit = "kiwi"
    st.session_state.plain = "z"
    st.session_state.tags = ["blue", "green"]
fruit = st.selectbox("Fruit", ["apple", "banana"], key="fruit", accept_new_options=True)
plain = st.selectbox("Plain", ["x", "y"], key="plain")
tags = st.multiselect("Tags", ["red", "green"], default=["red"], key="tags",
                      accept_new_options=True, max_selections=3)
nums = st.multiselect("Nums", [1, 2, 3], format_func=lambda n: f"#{n}", key="nums",
                      accept_new_options=True)
st.text(f"fruit={fruit!r} plain={plain!r} tags={tags!r} nums={nums!r}")
st.button("Write state", on_click=write_state)
""",
    steps=[
        lambda at: at.multiselect[0].select("purple").run(),
        lambda at: at.multiselect[0].select("green").run(),
        lambda at: at.multiselect[1].select(2).run(),
        lambda at: at.selectbox[0].select("banana").run(),
        # (Streamlit's AppTest cannot run again with a typed selectbox value in its tree.)
        lambda at: at.button[0].click().run(),
    ],
)

# filter_mode and select_all: accepted values, Streamlit's refusals (None with new options, a
# negative select_all, a wrong type) and the widgets' identity (select_all is part of it).
FILTER_AND_SELECT_ALL = Scenario(
    name="select_filter_mode_select_all",
    script="""
import streamlit as st
a = st.selectbox("A", ["one", "two"], filter_mode="prefix")
b = st.selectbox("B", ["one", "two"], filter_mode=None, index=None, placeholder="")
c = st.multiselect("C", ["x", "y", "z"], filter_mode="contains", select_all=True)
d = st.multiselect("D", ["x", "y"], select_all=2, filter_mode=None)
e = st.multiselect("E", [], accept_new_options=True)
st.text(f"{a!r} {b!r} {c!r} {d!r} {e!r}")
for bad in [
    lambda: st.selectbox("s", ["a"], filter_mode=None, accept_new_options=True),
    lambda: st.selectbox("t", ["a"], filter_mode="regex"),
    lambda: st.multiselect("u", ["a"], select_all=-1),
    lambda: st.multiselect("v", ["a"], select_all="all"),
    lambda: st.multiselect("w", ["a"], filter_mode=None, accept_new_options=True),
]:
    try:
        bad()
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[
        lambda at: at.multiselect[0].set_value(["z", "x"]).run(),
        lambda at: at.selectbox[1].select("two").run(),
        lambda at: at.multiselect[2].set_value(["new one"]).run(),
    ],
)

# @st.fragment(key=...) and st.rerun(scope=key) from a widget callback: only the named
# fragments rerun (every call site of a keyed function); an unknown key, a key outside a
# callback and malformed scopes are refused with Streamlit's messages.
FRAGMENT_KEYS = Scenario(
    name="fragment_key_rerun_scope",
    script="""
import streamlit as st
for name in ("main", "charts", "table"):
    st.session_state.setdefault(name, 0)
st.session_state.main += 1
@st.fragment(key="charts")
def charts(label):
    st.session_state.charts += 1
    st.text(f"{label} {st.session_state.charts}")
@st.fragment(key=7)
def table():
    st.session_state.table += 1
    st.text(f"table {st.session_state.table}")
charts("first chart")
charts("second chart")
table()
st.text(f"main {st.session_state.main}")
st.button("Charts", on_click=lambda: st.rerun("charts"))
st.button("Both", on_click=lambda: st.rerun(["charts", 7]))
st.button("Unknown", on_click=lambda: st.rerun("nope"))
for bad in ["", [], ["app"], [""], [1.5], b"x", 3.5]:
    try:
        st.rerun(bad)
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
try:
    st.rerun("charts")
except Exception as e:
    st.text(type(e).__name__ + ": " + str(e))
for key in ["app", ""]:
    try:
        st.fragment(lambda: None, key=key)
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
""",
    # Streamlit's AppTest holds only a fragment rerun's own elements: each keyed rerun is
    # followed by a full run before the trees are compared (the counters tell what ran).
    steps=[
        lambda at: at.button[0].click().run().run(),
        lambda at: at.button[1].click().run().run(),
        lambda at: at.button[2].click().run(),
    ],
)

# time_input(format=) and datetime_input(format=) are how the page shows the value: the values
# are the same in every format; bad formats are refused with Streamlit's messages.
TIME_FORMATS = Scenario(
    name="time_and_datetime_formats",
    script="""
import datetime as dt
import streamlit as st
a = st.time_input("A", dt.time(7, 30), format="12h")
b = st.time_input("B", dt.time(18, 5), format="localized")
c = st.datetime_input("C", dt.datetime(2024, 5, 17, 9, 30), format="DD.MM.YYYY")
d = st.datetime_input("D", dt.datetime(2024, 5, 17, 9, 30), format="MM-DD-YYYY", key="d")
st.text(f"{a} {b} {c} {d}")
for bad in [lambda: st.time_input("x", format="13h"),
            lambda: st.datetime_input("y", format="YYYY.DD.MM"),
            lambda: st.datetime_input("z", format=5)]:
    try:
        bad()
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[
        lambda at: at.time_input[0].set_value(dt.time(21, 15)).run(),
        lambda at: at.datetime_input[0].set_value(dt.datetime(2024, 12, 31, 23, 59)).run(),
    ],
)

# A multiselect (without accept_new_options) keeps the chosen values that are still options and
# drops the rest, whether the options changed or session state was written.
MULTISELECT_STALE_VALUES = Scenario(
    name="multiselect_drops_values_no_longer_options",
    script="""
import streamlit as st
def write():
    st.session_state.m = ["red", "purple"]
m = st.multiselect("M", ["red", "green"], key="m")
st.button("write", on_click=write)
opts = ["a", "b"] if st.session_state.get("shrink") else ["a", "b", "c"]
u = st.multiselect("U", opts, default=["b"], key="u")
st.checkbox("shrink", key="shrink")
st.text(f"m={m!r} u={u!r}")
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.multiselect[1].set_value(["c", "a"]).run(),
        lambda at: at.checkbox[0].check().run(),
    ],
)

SCENARIOS = [
    CHAT_SUBMIT_MODES,
    NEW_OPTIONS,
    FILTER_AND_SELECT_ALL,
    FRAGMENT_KEYS,
    TIME_FORMATS,
    MULTISELECT_STALE_VALUES,
]
