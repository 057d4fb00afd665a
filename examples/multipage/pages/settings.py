import streamlit as st

st.title("Settings page")
st.checkbox("Dark mode", key="dark")
