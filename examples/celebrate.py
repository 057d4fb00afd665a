"""A badge, and balloons and snow on demand."""

import streamlit as st

st.header("Celebrate")
st.badge("Launched", icon="🚀", color="green")
if st.button("Balloons"):
    st.balloons()
    st.write("Hooray!")
if st.button("Snow"):
    st.snow()
    st.write("Brr!")
