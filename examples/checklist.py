"""A checklist drawn in a loop with keyless checkboxes.

Streamlit stops this app with a duplicate-ID error (the three checkboxes have the same label and
no key); compiled by stbundle, each checkbox is told apart by where it is drawn, and `bundle lint`
suggests a key. Which is why it is an example: the state follows the position.
"""

import streamlit as st

st.title("Checklist")
tasks = ["Write", "Test", "Ship"]
done = 0
for task in tasks:
    st.write(task)
    if st.checkbox("Done"):
        done += 1
st.write(f"{done} of {len(tasks)} done")
