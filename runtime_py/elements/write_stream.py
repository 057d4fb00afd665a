"""st.write_stream: text chunks from a generator (sync or async, or an OpenAI/LangChain stream)
painted as they arrive.

Runs of text chunks grow one Markdown element in place (an st.empty slot updated per chunk, so
the page repaints it as each message lands); any other chunk ends the run and is shown with
st.write, a callable chunk is called. Returns the full text, or a list of what was written when
the stream held more than text, as Streamlit 1.67 does.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.elements.write import is_dataframe_like
from stbundle.runtime_py.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_OPENAI_CHUNK = re.compile(r"^openai\..+\.ChatCompletionChunk$")
_OPENAI_EVENT = re.compile(r"^openai\..+\.Response.+Event$")
_OPENAI_TEXT_EVENTS = frozenset({"response.output_text.delta", "response.refusal.delta"})
_LANGCHAIN_CHUNK = "langchain_core.messages.ai.AIMessageChunk"


def _type_name(value: object) -> str:
    kind = type(value)
    return f"{kind.__module__}.{kind.__qualname__}"


def _drain(stream: AsyncIterator[Any]) -> Iterator[Any]:
    """An async generator's items, one at a time, on a private event loop."""
    import asyncio  # only for async streams: importing it costs most of the runtime's start-up

    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(stream.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.close()


def text_of(chunk: Any) -> Any:
    """An OpenAI chat chunk, Responses event or LangChain chunk as its text; others as given."""
    name = _type_name(chunk)
    try:
        if _OPENAI_CHUNK.match(name):
            if len(chunk.choices) == 0 or chunk.choices[0].delta is None:
                return ""
            return chunk.choices[0].delta.content or ""
        if _OPENAI_EVENT.match(name):
            return (chunk.delta or "") if chunk.type in _OPENAI_TEXT_EVENTS else ""
        if name == _LANGCHAIN_CHUNK:
            return chunk.content or ""
    except AttributeError as err:
        raise StreamlitAPIException(
            f"Failed to read the text of a stream chunk of type {name}: its structure is not "
            "the one stbundle knows."
        ) from err
    return chunk


class StreamingOutput(list[Any]):
    """What write_stream returns when the stream held more than text."""


class WriteStreamMixin(DeltaGeneratorBase):
    def write_stream(self, stream: Any, *, cursor: str | None = None) -> Any:
        """Write a stream's chunks as they arrive; returns the text (or what was written).

        `cursor` is appended to the growing text from the second chunk on, and dropped when
        the text is complete.
        """
        if isinstance(stream, str) or is_dataframe_like(stream):
            raise StreamlitInvalidParameterTypeError(
                "stream",
                type(stream).__name__,
                ["generator", "stream-like object"],
                detail="Please use `st.write` instead for this data type.",
            )
        dg: Any = self
        if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
            stream = stream()
        if inspect.isasyncgen(stream):
            stream = _drain(stream)
        try:
            chunks = iter(stream)
        except TypeError as exc:
            raise StreamlitAPIException(
                f"The provided input (type: {type(stream)}) cannot be iterated. "
                "Please make sure that it is a generator, generator function or iterable."
            ) from exc
        tail = cursor or ""
        written: list[Any] = StreamingOutput()
        slot: Any = None
        text = ""

        def flush() -> None:
            nonlocal slot, text
            if slot is not None and text:
                slot.markdown(text)
                written.append(text)
            slot, text = None, ""

        for raw in chunks:
            chunk = text_of(raw)
            if isinstance(chunk, str):
                if not chunk:
                    continue
                first = slot is None
                if first:
                    slot = dg.empty()
                text += chunk
                slot.markdown(text if first else text + tail)
            elif callable(chunk):
                flush()
                chunk()
            else:
                flush()
                dg.write(chunk)
                written.append(chunk)
        flush()
        if not written:
            return ""
        if len(written) == 1 and isinstance(written[0], str):
            return written[0]
        return written
