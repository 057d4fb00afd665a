"""Differential scenarios for st.write_stream: text runs merged into one Markdown element, other
chunks written with st.write, callables called, async generators, OpenAI-style chunk objects,
the cursor, the return value, st.write of a generator, and refused inputs."""

from __future__ import annotations

from tests.differential.scenario import Scenario

WRITE_STREAM = Scenario(
    name="write_stream",
    script="""
import asyncio
import streamlit as st

def words():
    for w in ["Hello", " ", "streaming", "", " world"]:
        yield w

got = st.write_stream(words)
st.text(repr(got))

def mixed():
    yield "before "
    yield "table"
    yield {"a": 1}
    yield 42
    yield lambda: st.caption("called")
    yield "after"

got = st.write_stream(mixed())
st.text(repr(got))

async def agen():
    for w in ["async ", "text"]:
        await asyncio.sleep(0)
        yield w

st.text(repr(st.write_stream(agen)))
st.text(repr(st.write_stream(iter([]))))
st.text(repr(st.write_stream(["a", "b"], cursor="▌")))

class Delta:
    def __init__(self, content):
        self.content = content
class Choice:
    def __init__(self, content):
        self.delta = Delta(content)
class ChatCompletionChunk:
    def __init__(self, content):
        self.choices = [] if content is None else [Choice(content)]
ChatCompletionChunk.__module__ = "openai.types.chat.chat_completion_chunk"
st.text(repr(st.write_stream(ChatCompletionChunk(c) for c in ["Open", None, "AI", ""])))

st.write((w for w in ["via ", "st.write"]))
for bad in ["plain text", 5]:
    try:
        st.write_stream(bad)
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
""",
)

SCENARIOS = [WRITE_STREAM]
