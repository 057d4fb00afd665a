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
# icon_position="right" puts the icon after the label; a shortcut clicks the button.
st.download_button(
    "Save table",
    "a,b\n1,2\n",
    file_name="table.csv",
    icon="💾",
    icon_position="right",
    shortcut="Alt+Shift+D",
    on_click=saved,
)
st.link_button("Read guide", "https://docs.streamlit.io/guide", icon="📖", shortcut="Alt+Shift+G")
st.page_link("https://streamlit.io", label="Streamlit site", icon="🌍", icon_position="right")
