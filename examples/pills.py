"""Pills, a segmented control and a star rating: choose a size, toggle tags, pick a view, rate."""

import streamlit as st

st.header("Pills")
size = st.pills("Size", ["Small", "Medium", "Large"], default="Medium")
st.write(f"Size: {size}")
tags = st.pills("Tags", ["red", "green", "blue"], selection_mode="multi", key="tags")
st.write(f"Tags: {', '.join(tags) or 'none'}")
view = st.segmented_control(
    "View", ["list", "grid"], format_func=lambda v: v.title(), required=True, default="list"
)
st.write(f"View: {view}")

st.header("Feedback")
rating = st.feedback("stars")
st.write(f"Rating: {rating}")
