"""A long-running app: a 3-second count with a progress bar, a 20-second loop, a spinner.

"Say hello" comes first, so a stopped loop leaves it on the page.
"""

import time

import streamlit as st

st.title("Long runs")

if st.button("Say hello"):
    st.write("Hello from the app")

if st.button("Count for 3 seconds"):
    bar = st.progress(0, text="Starting")
    for step in range(1, 31):
        time.sleep(0.1)
        bar.progress(step / 30, text=f"Step {step} of 30")
    st.toast("Counting done")
    st.write("Counted to 30")

if st.button("Loop for 20 seconds"):
    note = st.empty()
    for second in range(20):
        note.write(f"Looped {second} s")
        time.sleep(1)
    st.write("Loop finished")

if st.button("Crunch"):
    with st.spinner("Crunching numbers"):
        total = 0
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:  # busy: no element, no sleep
            total += 1
    st.write("Crunched")
