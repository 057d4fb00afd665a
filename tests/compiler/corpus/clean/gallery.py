"""An image gallery: columns from a list, pagination state, keyed buttons per item."""

import streamlit as st

IMAGES = [f"https://picsum.photos/id/{i}/200" for i in range(24)]
PER_PAGE = 6
st.session_state.setdefault("page", 0)
pages = (len(IMAGES) + PER_PAGE - 1) // PER_PAGE


def go(delta: int) -> None:
    st.session_state.page = (st.session_state.page + delta) % pages


start = st.session_state.page * PER_PAGE
cols = st.columns(3)
for i, url in enumerate(IMAGES[start : start + PER_PAGE]):
    with cols[i % 3]:
        st.image(url)
        st.button("♥", key=f"like_{start + i}")

prev_col, info_col, next_col = st.columns([1, 2, 1])
prev_col.button("◀", on_click=go, args=(-1,))
info_col.write(f"Page {st.session_state.page + 1} of {pages}")
next_col.button("▶", on_click=go, args=(1,))
