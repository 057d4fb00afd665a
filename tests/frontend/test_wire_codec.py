"""The renderer's table-driven protobuf codec (frontend/src/wire_codec.ts) against two oracles:
Python's protobuf runtime and ts-proto's generated per-message code for the same .proto.

Every message type of the protocol is filled with non-default values in every field (one
sample per oneof case), serialized by Python, then decoded by our codec and by ts-proto's: the
objects must be equal. Our encoding of each decoded object must parse, in Python, to the
original message; and messages at their defaults, packed and unpacked repeated numbers,
unknown fields, 64-bit extremes and truncated input are checked on their own.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from stbundle.proto import stbundle_pb2

from tests.browser_support import FRONTEND

F = FieldDescriptor

# A value per scalar type that is not its default, and a second one for repeated fields.
SCALARS: dict[int, tuple[Any, Any]] = {
    F.TYPE_DOUBLE: (1.5, -2.25e300),
    F.TYPE_FLOAT: (0.5, -3.0),
    F.TYPE_INT64: (-(2**53) + 1, 7),
    F.TYPE_UINT64: (2**53 - 1, 300),
    F.TYPE_INT32: (-5, 2**31 - 1),
    F.TYPE_UINT32: (2**32 - 1, 128),
    F.TYPE_SINT32: (-(2**31), 3),
    F.TYPE_SINT64: (-(2**53) + 1, 2**40),
    F.TYPE_FIXED32: (7, 2**32 - 1),
    F.TYPE_FIXED64: (2**53 - 1, 1),
    F.TYPE_SFIXED32: (-7, 9),
    F.TYPE_SFIXED64: (-(2**52), 4),
    F.TYPE_BOOL: (True, True),
    F.TYPE_STRING: ("héllo ✓ 🎈", ""),
    F.TYPE_BYTES: (b"\x00\xffab", b"z"),
}


def _scalar(field: FieldDescriptor, second: bool = False) -> Any:
    if field.type == F.TYPE_ENUM:
        assert field.enum_type is not None
        values = field.enum_type.values
        return values[-1].number if not second or len(values) < 2 else values[1].number
    return SCALARS[field.type][1 if second else 0]


def _fill(msg: Message, depth: int, case: dict[str, str]) -> None:
    """Sets every field of `msg` (the oneof members named in `case` only) to a non-default."""
    descriptor = msg.DESCRIPTOR
    for field in descriptor.fields:
        oneof = field.containing_oneof
        chosen = case.get(f"{descriptor.full_name}.{oneof.name}") if oneof is not None else None
        if oneof is not None and not _is_synthetic(field) and chosen != field.name:
            continue
        if field.type == F.TYPE_MESSAGE:
            if depth <= 0:
                continue
            if field.is_repeated:
                for _ in range(2):
                    _fill(getattr(msg, field.name).add(), depth - 1, case)
            else:
                child = getattr(msg, field.name)
                child.SetInParent()
                _fill(child, depth - 1, case)
        elif field.is_repeated:
            getattr(msg, field.name).extend([_scalar(field), _scalar(field, second=True)])
        else:
            setattr(msg, field.name, _scalar(field))


def _is_synthetic(field: FieldDescriptor) -> bool:
    oneof = field.containing_oneof
    return oneof is not None and len(oneof.fields) == 1 and oneof.name == f"_{field.name}"


def _messages() -> Iterator[Descriptor]:
    def walk(d: Descriptor) -> Iterator[Descriptor]:
        yield d
        for nested in d.nested_types:
            yield from walk(nested)

    for d in stbundle_pb2.DESCRIPTOR.message_types_by_name.values():
        yield from walk(d)


def _ts_name(d: Descriptor) -> str:
    return d.full_name.removeprefix(f"{stbundle_pb2.DESCRIPTOR.package}.").replace(".", "_")


def _samples() -> list[tuple[str, bytes]]:
    """(TypeScript message name, bytes): each message filled, once per case of each oneof."""
    samples: list[tuple[str, bytes]] = []
    for d in _messages():
        cls = stbundle_pb2.__dict__.get(d.name) if d.containing_type is None else None
        if cls is None:
            cls = _message_class(d)
        cases: list[dict[str, str]] = [{}]
        for oneof in d.oneofs:
            if len(oneof.fields) == 1 and oneof.name == f"_{oneof.fields[0].name}":
                continue
            cases = [
                {**c, f"{d.full_name}.{oneof.name}": f.name} for c in cases for f in oneof.fields
            ]
        # Nested messages' oneofs take their first case.
        for c in cases:
            msg = cls()
            _fill(msg, 3, {**_first_cases(), **c})
            samples.append((_ts_name(d), msg.SerializeToString()))
        samples.append((_ts_name(d), cls().SerializeToString()))  # all defaults
        optional = [f for f in d.fields if _is_synthetic(f) and f.type != F.TYPE_MESSAGE]
        if optional:  # proto3 `optional` fields present at their default value
            msg = cls()
            for f in optional:
                setattr(msg, f.name, f.default_value)
            samples.append((_ts_name(d), msg.SerializeToString()))
    return samples


def _first_cases() -> dict[str, str]:
    return {
        f"{d.full_name}.{o.name}": o.fields[0].name
        for d in _messages()
        for o in d.oneofs
        if not (len(o.fields) == 1 and o.name == f"_{o.fields[0].name}")
    }


def _message_class(d: Descriptor) -> type[Message]:
    from google.protobuf import message_factory

    return message_factory.GetMessageClass(d)


CHECK = Path(__file__).with_name("wire_codec_check.mjs")


@pytest.fixture(scope="module")
def node() -> str:
    node = shutil.which("node")
    if node is None or not (FRONTEND / "node_modules" / "esbuild").exists():
        pytest.fail("node and frontend/node_modules are needed for the codec tests")
    return node


@pytest.fixture(scope="module")
def full_codec(node: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ts-proto's generated encode/decode for the current .proto, the reference codec."""
    out = tmp_path_factory.mktemp("tsproto")
    env = {**os.environ, "PYTHON": sys.executable}
    subprocess.run(
        [node, "gen.mjs", "--full-codec", str(out)],
        cwd=FRONTEND,
        env=env,
        check=True,
        capture_output=True,
    )
    return out / "stbundle.ts"


def _node(node: str, *args: str) -> Any:
    out = subprocess.run([node, str(CHECK), str(FRONTEND), *args], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _run(node: str, full_codec: Path, samples: list[tuple[str, bytes]], tmp: Path) -> list[Any]:
    samples_path = tmp / "samples.json"
    samples_path.write_text(json.dumps([(n, base64.b64encode(b).decode()) for n, b in samples]))
    result: list[Any] = _node(node, "compare", str(full_codec), str(samples_path))
    return result


def test_every_message_decodes_like_ts_proto_and_reencodes_like_python(
    node: str, full_codec: Path, tmp_path: Path
) -> None:
    samples = _samples()
    assert len({name for name, _ in samples}) == len(list(_messages()))
    results = _run(node, full_codec, samples, tmp_path)
    for (name, data), r in zip(samples, results, strict=True):
        assert r["ours"] == r["theirs"], name
        cls = _message_class(next(d for d in _messages() if _ts_name(d) == name))
        original, ours = cls(), cls()
        original.ParseFromString(data)
        ours.ParseFromString(base64.b64decode(r["reencoded"]))
        assert ours == original, name


def test_unpacked_repeated_numbers_unknown_fields_and_int64_extremes(
    node: str, full_codec: Path, tmp_path: Path
) -> None:
    # SInt64Array's field 1 written unpacked (two varint records), plus an unknown field 99 of
    # each wire type, which must be skipped.
    def zigzag(n: int) -> int:
        return (n << 1) ^ (n >> 63)

    def varint(n: int) -> bytes:
        out = bytearray()
        while n > 0x7F:
            out.append((n & 0x7F) | 0x80)
            n >>= 7
        out.append(n)
        return bytes(out)

    big = 2**53 - 1
    unpacked = b"".join(b"\x08" + varint(zigzag(v)) for v in (-big, big))
    unknown = (
        varint(99 << 3) + varint(2**63)
        + varint(99 << 3 | 1) + b"\x01" * 8
        + varint(99 << 3 | 2) + b"\x03abc"
        + varint(99 << 3 | 5) + b"\x01" * 4
    )  # fmt: skip
    samples = [("SInt64Array", unpacked + unknown)]
    (r,) = _run(node, full_codec, samples, tmp_path)
    assert r["ours"] == r["theirs"] == {"data": [-big, big]}


def test_truncated_and_unsafe_input_is_refused(node: str, tmp_path: Path) -> None:
    cases = {
        # Text.body: 5 bytes announced, 1 present
        "truncatedString": ["Text", [0x0A, 0x05, 0x61]],
        # a varint that never ends
        "truncatedVarint": ["SInt64Array", [0x08, 0x80]],
        # zigzag 2^64-1 = -2^63, beyond a safe JavaScript integer
        "unsafeInteger": ["SInt64Array", [0x08, *([0xFF] * 9), 0x01]],
    }
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases))
    errors = _node(node, "errors", str(path))
    assert "truncated" in errors["truncatedString"]
    assert "truncated" in errors["truncatedVarint"]
    assert "MAX_SAFE_INTEGER" in errors["unsafeInteger"]
