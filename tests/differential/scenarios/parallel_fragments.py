"""Differential scenarios for @st.fragment(parallel=True): where the bodies' elements land, the
commands refused in a body during a full run, errors shown in place, st.rerun() from a body,
and the sequential fragment rerun after a click inside one. Streamlit 1.67's AppTest runs the
bodies in threads, as stbundle does."""

from __future__ import annotations

from tests.differential.scenario import Scenario

PLACEMENT = Scenario(
    name="parallel_fragments_placement_and_reruns",
    script="""
import time
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.title("Dashboard")

@st.fragment
def detail(name):
    st.caption(f"detail of {name}")

@st.fragment(parallel=True)
def card(name, delay):
    st.subheader(name)
    time.sleep(delay)
    with st.container(border=True):
        st.write(f"{name} loaded")
        cols = st.columns(2)
        cols[0].metric("value", len(name))
        cols[1].write("right")
    detail(name)
    if st.button(f"refresh {name}"):
        st.write(f"{name} refreshed")

card("alpha", 0.3)
st.write("between the cards")
card("beta", 0.1)
card("gamma", 0.0)
st.button("full rerun")
st.write("runs", st.session_state.runs)
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.button[1].click().run(),
        lambda at: at.button[3].click().run(),
    ],
)

REFUSED = Scenario(
    name="parallel_fragments_refused_commands",
    script="""
import streamlit as st

@st.dialog("Details")
def details():
    st.write("in the dialog")

@st.fragment(parallel=True)
def opens_dialog():
    st.write("before the dialog")
    details()

@st.fragment(parallel=True)
def switches_page():
    st.switch_page("other.py")

@st.fragment(parallel=True)
def writes_sidebar():
    st.sidebar.write("to the sidebar")

outside = st.container()

@st.fragment(parallel=True)
def writes_outside():
    outside.write("to a container made outside")

@st.fragment(parallel=True)
def toasts():
    st.toast("hello")

@st.fragment(parallel=True)
def opens_sidebar_container():
    box = st.sidebar.container()
    st.write("made a sidebar container")
    box.write("into it")

@st.fragment(parallel=True)
def reruns_itself():
    st.rerun(scope="fragment")

@st.fragment(parallel=True)
def raises():
    st.write("about to fail")
    raise ValueError("boom in a parallel fragment")

opens_dialog()
switches_page()
writes_sidebar()
writes_outside()
toasts()
opens_sidebar_container()
reruns_itself()
raises()
st.write("the rest of the app ran")
""",
)

RERUN_FROM_BODY = Scenario(
    name="parallel_fragment_st_rerun_reruns_the_app",
    script="""
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

@st.fragment(parallel=True)
def once():
    st.write("body", st.session_state.runs)
    if st.session_state.runs == 1:
        st.rerun()

once()
st.write("app run", st.session_state.runs)
""",
)

MAX_WORKERS_OPTION = Scenario(
    name="parallel_fragments_max_workers_option",
    script="""
import streamlit as st
st.write("max workers", st.get_option("runner.parallelMaxWorkers"))
""",
)

SCENARIOS = [PLACEMENT, REFUSED, RERUN_FROM_BODY, MAX_WORKERS_OPTION]
