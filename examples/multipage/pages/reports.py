import streamlit as st

st.title("Reports page")
st.write(f"Visits so far: {st.session_state.get('visits', 0)}")
for quarter in ("Q1", "Q2", "Q3", "Q4"):
    st.metric(quarter, 100)
