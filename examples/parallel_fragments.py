"""Cards that load side by side: @st.fragment(parallel=True).

In `bundle serve` each card's body runs in a thread while the rest of the script goes on; a
static build has no threads, so there the cards load one after the other. A click inside a card
reruns only that card. A parallel fragment may not write outside itself (the sidebar card shows
Streamlit's error).
"""

import time

import streamlit as st

st.title("Parallel cards")
st.session_state.runs = st.session_state.get("runs", 0) + 1


@st.fragment(parallel=True)
def card(name: str, seconds: float) -> None:
    with st.container(border=True):
        st.subheader(name)
        time.sleep(seconds)
        st.write(f"{name} loaded")
        if st.button(f"Reload {name}"):
            st.write(f"{name} reloaded")


@st.fragment(parallel=True)
def sidebar_card() -> None:
    st.sidebar.write("Never shown")


card("Sales", 0.4)
card("Costs", 0.2)
sidebar_card()
st.write(f"Full runs: {st.session_state.runs}")
