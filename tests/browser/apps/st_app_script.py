"""The script tests/browser/apps/st_app_launcher.py's st.App runs."""

import streamlit as st

st.title("Orders")
count = st.number_input("Quantity", min_value=0, value=1)
st.write(f"You ordered {count}.")
if st.button("Check stock"):
    raise LookupError("the stock service is down")
