import streamlit as st

st.title("Named fragments")
st.session_state.setdefault("page_runs", 0)
st.session_state.page_runs += 1


@st.fragment(key="clock")
def clock():
    st.session_state.ticks = st.session_state.get("ticks", 0) + 1
    st.write(f"Clock ticked {st.session_state.ticks} time(s)")


clock()
st.write(f"Page ran {st.session_state.page_runs} time(s)")
# A callback's st.rerun(scope=key) reruns only the fragment with that key.
st.button("Tick the clock", on_click=lambda: st.rerun("clock"))
st.button("Run the page")
