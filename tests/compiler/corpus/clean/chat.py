"""A chat app: history in session_state, chat_input, chat_message containers."""

import streamlit as st

if "messages" not in st.session_state:
    st.session_state.messages = [{"role": "assistant", "content": "How can I help?"}]


def reply(prompt: str) -> str:
    return f"You said: {prompt}"


for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    answer = reply(prompt)
    st.session_state.messages.append({"role": "assistant", "content": answer})
    with st.chat_message("assistant"):
        st.markdown(answer)

if st.sidebar.button("Clear history"):
    st.session_state.messages = []
    st.rerun()
