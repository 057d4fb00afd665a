"""Balloons and snow on demand."""

import streamlit as st

st.header("Celebrate")
if st.button("Balloons"):
    st.balloons()
    st.write("Hooray!")
if st.button("Snow"):
    st.snow()
    st.write("Brr!")
