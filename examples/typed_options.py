import streamlit as st

st.title("Typed options")
# accept_new_options: what the user types becomes the value (an option in any case is that option).
fruit = st.selectbox(
    "Fruit", ["Apple", "Banana", "Cherry"], index=None, accept_new_options=True, key="fruit"
)
st.write(f"Fruit: {fruit}")
# filter_mode="prefix": typing shows the options that start with the text.
city = st.selectbox("City", ["Amsterdam", "Berlin", "Boston", "Cairo"], filter_mode="prefix")
st.write(f"City: {city}")
tags = st.multiselect("Tags", ["urgent", "bug", "feature"], accept_new_options=True, key="tags")
st.write(f"Tags: {tags}")
# A search box filters the rows; "Select all" / "Select N matches" picks what it shows.
langs = st.multiselect("Languages", ["Python", "TypeScript", "Rust", "Go"], filter_mode="contains")
st.write(f"Languages: {langs}")
