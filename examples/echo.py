"""st.echo: the code of a block shown next to what it draws."""

import streamlit as st

st.header("Echo")
with st.echo():
    total = sum(range(5))
    st.write(f"The total is {total}")

with st.echo(code_location="below"):
    st.write("Code below this line")
