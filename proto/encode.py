"""Serialize messages in one pass where protobuf runs as pure Python (static builds, Pyodide).

Pyodide has no compiled protobuf we may ship, so a static build's runtime uses protobuf's
pure-Python implementation, whose `SerializeToString` walks every message twice (sizes, then
bytes) through generic per-field closures: most of a rerun's time in the page. `serialize` gives
the same bytes (tests/runtime/test_encode.py compares them over every message type) by reading
the message's present fields once, children first, with writers made per field from the
generated descriptors, the single schema. With the compiled implementation (serve mode, tests)
it is `SerializeToString` itself, which is faster there.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

from google.protobuf import descriptor as _descriptor
from google.protobuf.internal import api_implementation
from google.protobuf.message import Message

#: True where messages are protobuf's pure-Python objects and this module's writers apply.
PURE_PYTHON = api_implementation.Type() == "python"

_FD = _descriptor.FieldDescriptor
_SMALL = [bytes((n,)) for n in range(128)]
_number = attrgetter("number")

Out = list[bytes]
Writer = Callable[[Any, Out], None]


def varint(value: int) -> bytes:
    """A non-negative integer (or a negative one as its 64-bit two's complement) as a varint."""
    if 0 <= value < 128:
        return _SMALL[value]
    if value < 0:
        value += 1 << 64
    parts = bytearray()
    while value > 127:
        parts.append((value & 0x7F) | 0x80)
        value >>= 7
    parts.append(value)
    return bytes(parts)


def _zigzag(value: int) -> int:
    return (value << 1) ^ (value >> 63) if value < 0 else value << 1


def tag(number: int, wire_type: int) -> bytes:
    """A field's key: its number and wire type as one varint."""
    return varint((number << 3) | wire_type)


# Payload of one scalar value, by field type (wire type, function of the value).
_STRUCT = {
    _FD.TYPE_DOUBLE: (1, struct.Struct("<d").pack),
    _FD.TYPE_FLOAT: (5, struct.Struct("<f").pack),
    _FD.TYPE_FIXED64: (1, struct.Struct("<Q").pack),
    _FD.TYPE_SFIXED64: (1, struct.Struct("<q").pack),
    _FD.TYPE_FIXED32: (5, struct.Struct("<I").pack),
    _FD.TYPE_SFIXED32: (5, struct.Struct("<i").pack),
}
_VARINT: dict[int, Callable[[Any], bytes]] = {
    _FD.TYPE_INT32: varint,
    _FD.TYPE_INT64: varint,
    _FD.TYPE_UINT32: varint,
    _FD.TYPE_UINT64: varint,
    _FD.TYPE_ENUM: varint,
    _FD.TYPE_SINT32: lambda v: varint(_zigzag(v)),
    _FD.TYPE_SINT64: lambda v: varint(_zigzag(v)),
    _FD.TYPE_BOOL: lambda v: b"\x01" if v else b"\x00",
}


def _payload(field: Any) -> tuple[int, Callable[[Any], bytes]]:
    if field.type in _STRUCT:
        return _STRUCT[field.type]
    return 0, _VARINT[field.type]


def _writer(field: Any) -> Writer:
    """How one field's value (as the message holds it) is appended to the output."""
    number = field.number
    if field.type == _FD.TYPE_MESSAGE:
        key = tag(number, 2)
        if field.is_repeated:

            def messages(value: Any, out: Out) -> None:
                for item in value:
                    data = serialize_pure(item)
                    out += (key, varint(len(data)), data)

            return messages

        def message(value: Any, out: Out) -> None:
            if value._is_present_in_parent:
                data = serialize_pure(value)
                out += (key, varint(len(data)), data)

        return message
    if field.type in (_FD.TYPE_STRING, _FD.TYPE_BYTES):
        key = tag(number, 2)
        text = field.type == _FD.TYPE_STRING
        if field.is_repeated:

            def strings(value: Any, out: Out) -> None:
                for item in value:
                    data = item.encode("utf-8") if text else item
                    out += (key, varint(len(data)), data)

            return strings

        def string(value: Any, out: Out) -> None:
            data = value.encode("utf-8") if text else value
            out += (key, varint(len(data)), data)

        return string
    wire_type, encode = _payload(field)
    if field.is_repeated and field.is_packed:
        key = tag(number, 2)

        def packed(value: Any, out: Out) -> None:
            if value:
                data = b"".join([encode(item) for item in value])
                out += (key, varint(len(data)), data)

        return packed
    key = tag(number, wire_type)
    if field.is_repeated:

        def repeated(value: Any, out: Out) -> None:
            for item in value:
                out += (key, encode(item))

        return repeated

    def scalar(value: Any, out: Out) -> None:
        out += (key, encode(value))

    return scalar


_writers: dict[Any, Writer] = {}


def _write_fields(msg: Any, out: Out) -> None:
    fields = msg._fields
    for field in sorted(fields, key=_number) if len(fields) > 1 else fields:
        write = _writers.get(field)
        if write is None:
            write = _writers[field] = _writer(field)
        write(fields[field], out)
    for tag_bytes, value_bytes in msg._unknown_fields:
        out += (tag_bytes, value_bytes)


def serialize_pure(msg: Any) -> bytes:
    """The bytes of a pure-Python protobuf message (what its SerializeToString gives)."""
    out: Out = []
    _write_fields(msg, out)
    return b"".join(out)


def serialize(msg: Message) -> bytes:
    """A message's wire bytes, by the fastest route the protobuf implementation allows."""
    if PURE_PYTHON:
        return serialize_pure(msg)
    return msg.SerializeToString()


def length_delimited(number: int, data: bytes) -> bytes:
    """A field of wire type 2 (a submessage's or a string's bytes) with its tag and length."""
    return tag(number, 2) + varint(len(data)) + data


def packed_varints(values: Iterable[int]) -> bytes:
    """The payload of a packed repeated varint field."""
    return b"".join([varint(value) for value in values])
