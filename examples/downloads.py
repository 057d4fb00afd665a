import streamlit as st

st.title("Downloads")
st.session_state.setdefault("saved", 0)


def saved():
    st.session_state.saved += 1


st.download_button("Save notes", "line one\nline two é\n", file_name="notes.txt", on_click=saved)
st.download_button("Save bytes", bytes(range(256)), file_name="all.bin", on_click="ignore")
st.write(f"Saved {st.session_state.saved} time(s)")
st.link_button("Open docs", "https://docs.streamlit.io", type="primary")
st.link_button("Sneaky", "javascript:alert(1)")
