"""A form batches its inputs: nothing reruns until the submit button is pressed."""

import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1

st.title("Form")
with st.form("profile"):
    name = st.text_input("Name")
    age = st.number_input("Age", min_value=0, max_value=150, value=30, step=1)
    submitted = st.form_submit_button("Submit")

st.write(f"Runs: {st.session_state.runs}")
if submitted:
    st.success(f"Hello {name}, age {age}")
