import time

import streamlit as st

st.title("Echo chat")
if "messages" not in st.session_state:
    st.session_state.messages = []
for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])


def reply_words(prompt):
    for word in f"You said: {prompt}".split(" "):
        time.sleep(0.05)
        yield word + " "


if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        reply = st.write_stream(reply_words(prompt))
    st.session_state.messages.append({"role": "assistant", "content": reply})
