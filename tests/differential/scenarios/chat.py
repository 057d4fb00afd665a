"""Differential scenarios for chat: st.chat_input's one-run value (with max_chars, on_submit,
inline in containers and the sidebar, written through session state) and st.chat_message's
names and avatars."""

from __future__ import annotations

from typing import Any

from tests.differential.scenario import Scenario


def _say(text: str, index: int = 0) -> Any:
    def step(at: Any) -> Any:
        return at.chat_input[index].set_value(text).run()

    return step


CHAT_HISTORY = Scenario(
    name="chat_history",
    script="""
import streamlit as st
if "messages" not in st.session_state:
    st.session_state.messages = []
for m in st.session_state.messages:
    with st.chat_message(m["role"]):
        st.markdown(m["content"])
prompt = st.chat_input("Say something", max_chars=12)
st.write("prompt:", repr(prompt))
if prompt:
    st.session_state.messages.append({"role": "user", "content": prompt})
    st.session_state.messages.append({"role": "assistant", "content": "Echo: " + prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        st.markdown("Echo: " + prompt)
""",
    steps=[
        _say("hi"),
        lambda at: at.run(),
        _say("a message longer than twelve"),
        _say("third"),
    ],
)

CHAT_AVATARS = Scenario(
    name="chat_avatars",
    script="""
import streamlit as st
for name, avatar in [("user", None), ("human", None), ("ai", None), ("assistant", None),
                     ("Bob", None), ("🦖", None), ("x", "🧑‍💻"), ("y", "assistant"), ("z", "user")]:
    with st.chat_message(name, avatar=avatar):
        st.write(name)
m = st.chat_message("assistant")
m.write("written on the handle")
""",
)

CHAT_CALLBACK_AND_CONTAINERS = Scenario(
    name="chat_callback_containers",
    script="""
import streamlit as st
st.session_state.setdefault("log", [])
def sent():
    st.session_state.log.append(st.session_state.box)
with st.container():
    inline = st.chat_input("Inline", key="box", on_submit=sent)
side = st.sidebar.chat_input("Side")
bottom = st.chat_input("Bottom")
st.write("inline", repr(inline), "side", repr(side), "bottom", repr(bottom))
st.write("log", st.session_state.log)
""",
    steps=[
        _say("one", 0),
        _say("two", 2),
        _say("three", 1),
        lambda at: at.run(),
    ],
)

CHAT_DISABLED_AND_STATE_WRITE = Scenario(
    name="chat_disabled_state",
    script="""
import streamlit as st
if st.button("prefill"):
    st.session_state.box = "prefilled"
got = st.chat_input("Type", key="box")
st.write("got", repr(got))
st.chat_input("Off", disabled=True)
""",
    steps=[
        lambda at: at.button[0].click().run(),
        _say("sent"),
    ],
)

CHAT_AUDIO_VALUE = Scenario(
    name="chat_audio_value",
    script="""
import streamlit as st
voice = st.chat_input("Speak", accept_audio=True, audio_sample_rate=None, key="v")
both = st.chat_input("Both", accept_audio=True, accept_file=True, key="b")
for value in (voice, both):
    st.text(repr(value))
    if value is not None:
        st.text(repr(sorted(value)) + " " + repr(value.audio) + " " + repr(value["text"]))
        try:
            value.files
        except AttributeError as exc:
            st.text(str(exc))
        try:
            value["files"] = []
        except KeyError as exc:
            st.text(repr(exc))
try:
    st.chat_input("Bad", accept_audio=True, audio_sample_rate=12345)
except st.errors.StreamlitAPIException as exc:
    st.text(f"{type(exc).__name__}: {exc}")
""",
    steps=[_say("hello"), _say("both", 1), lambda at: at.run()],
)

SCENARIOS = [
    CHAT_HISTORY,
    CHAT_AVATARS,
    CHAT_CALLBACK_AND_CONTAINERS,
    CHAT_DISABLED_AND_STATE_WRITE,
    CHAT_AUDIO_VALUE,
]
