import time

import streamlit as st

st.title("Chat submit modes")
# submit_mode="disable": the box waits for the run its message started.
with st.container():
    slow = st.chat_input("Ask slowly", submit_mode="disable", key="slow")
# submit_mode="stop": while that run goes on, the send button stops it.
with st.container():
    long = st.chat_input("Ask at length", submit_mode="stop", key="long")
if slow:
    st.write(f"Working on {slow}")
    time.sleep(1.5)
    st.write(f"Done with {slow}")
if long:
    st.write(f"Thinking about {long}")
    progress = st.empty()
    for step in range(60):  # each write is a point where a stop takes effect
        time.sleep(0.5)
        progress.write(f"Step {step}")
    st.write("Never finished")
