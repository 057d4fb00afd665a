"""proto/encode.py and OutgoingDelta.wire_bytes against protobuf's own SerializeToString.

The one-pass serializer applies where protobuf is pure Python (static builds), so the checks run
in a child interpreter with PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python: every message type of
the protocol, each oneof case, filled with random values (defaults, negative and 64-bit numbers,
NaN and infinities, non-ASCII text, empty strings in repeated fields, empty submessages set
present, proto3 `optional` fields at their defaults), messages parsed with unknown fields, and
the deltas the runtime emits, must give the bytes SerializeToString gives.
"""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

REPO = Path(__file__).resolve().parents[2]
F = FieldDescriptor

_INTS = {
    F.TYPE_INT32: (-(2**31), 2**31 - 1),
    F.TYPE_SINT32: (-(2**31), 2**31 - 1),
    F.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    F.TYPE_UINT32: (0, 2**32 - 1),
    F.TYPE_FIXED32: (0, 2**32 - 1),
    F.TYPE_INT64: (-(2**63), 2**63 - 1),
    F.TYPE_SINT64: (-(2**63), 2**63 - 1),
    F.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    F.TYPE_UINT64: (0, 2**64 - 1),
    F.TYPE_FIXED64: (0, 2**64 - 1),
}
_TEXTS = ("", "a", "héllo ✓ 🎈", "x" * 200, "\x00")
_FLOATS = (0.0, -0.0, 1.5, -2.25e300, math.inf, -math.inf, math.nan, 1e-320)


def _value(field: FieldDescriptor, rng: random.Random) -> Any:
    if field.type == F.TYPE_ENUM:
        assert field.enum_type is not None
        return rng.choice(field.enum_type.values).number
    if field.type in _INTS:
        low, high = _INTS[field.type]
        return rng.choice((0, 1, 127, 128, 300, low, high, rng.randint(low, high)))
    if field.type in (F.TYPE_DOUBLE, F.TYPE_FLOAT):
        return rng.choice(_FLOATS)
    if field.type == F.TYPE_BOOL:
        return rng.random() < 0.5
    if field.type == F.TYPE_STRING:
        return rng.choice(_TEXTS)
    return rng.choice(_TEXTS).encode()


def _fill(msg: Message, rng: random.Random, depth: int, case: str | None) -> None:
    """Sets a random selection of fields (the oneof member `case` of the first real oneof)."""
    for field in msg.DESCRIPTOR.fields:
        oneof = field.containing_oneof
        real_oneof = oneof is not None and not (len(oneof.fields) == 1 and oneof.name[0] == "_")
        if real_oneof and field.name != case and (case is not None or rng.random() < 0.7):
            continue
        if not real_oneof and rng.random() < 0.3:
            continue
        if field.type == F.TYPE_MESSAGE:
            if depth <= 0:
                continue
            if field.is_repeated:
                for _ in range(rng.randint(0, 2)):
                    _fill(getattr(msg, field.name).add(), rng, depth - 1, None)
            else:
                child = getattr(msg, field.name)
                child.SetInParent()
                _fill(child, rng, depth - 1, None)
        elif field.is_repeated:
            getattr(msg, field.name).extend(_value(field, rng) for _ in range(rng.randint(0, 3)))
        else:
            setattr(msg, field.name, _value(field, rng))


def _messages(pb: Any) -> Iterator[Descriptor]:
    def walk(d: Descriptor) -> Iterator[Descriptor]:
        yield d
        for nested in d.nested_types:
            yield from walk(nested)

    for d in pb.DESCRIPTOR.message_types_by_name.values():
        yield from walk(d)


def _check() -> None:
    """Run in the pure-Python child: prints what was compared and any difference."""
    from google.protobuf import message_factory
    from stbundle.proto import encode
    from stbundle.proto import stbundle_pb2 as pb
    from stbundle.runtime_py.context import OutgoingDelta

    rng = random.Random(1367)
    checked, mismatches = 0, []

    def compare(msg: Message, what: str) -> None:
        nonlocal checked
        checked += 1
        if encode.serialize(msg) != msg.SerializeToString():
            mismatches.append(what)

    for d in _messages(pb):
        cls = message_factory.GetMessageClass(d)
        oneof = next((o for o in d.oneofs if not o.name.startswith("_")), None)
        cases: list[str | None] = [f.name for f in oneof.fields] if oneof else [None]
        compare(cls(), f"{d.full_name} empty")
        for case in cases:
            for depth in (1, 3):
                msg = cls()
                _fill(msg, rng, depth, case)
                compare(msg, f"{d.full_name} {case} depth {depth}")
        msg = cls()
        for f in d.fields:  # proto3 `optional` fields present at their default
            if f.containing_oneof is not None and f.containing_oneof.name == f"_{f.name}":
                setattr(msg, f.name, f.default_value)
        compare(msg, f"{d.full_name} optional defaults")
    # Unknown fields (a newer peer's message) are kept and written after the known ones.
    parsed = pb.Markdown()
    parsed.ParseFromString(b"\x0a\x02hi" + b"\xf8\x3e\x05" + b"\x9a\x3f\x01z")
    compare(parsed, "unknown fields")
    element = pb.Element()
    element.metric.label = "Q1"
    element.layout.width_stretch = True
    block = pb.Block()
    block.transparent.SetInParent()
    deltas = [
        OutgoingDelta((0, 3, 1), "page-12", "", False, element, None),
        OutgoingDelta((1,), "", "frag", True, pb.Element(), None),
        OutgoingDelta((0, 200, 70000), "r", "", False, None, block),
        OutgoingDelta((2, 0), "r", "f", False, None, None),
    ]
    for delta in deltas:
        checked += 1
        if delta.wire_bytes() != delta.forward_msg().SerializeToString():
            mismatches.append(f"delta {delta}")
    print(json.dumps({"pure": encode.PURE_PYTHON, "checked": checked, "mismatches": mismatches}))


def test_one_pass_serializer_gives_protobufs_bytes_for_every_message() -> None:
    env = {**os.environ, "PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION": "python"}
    result = subprocess.run(
        [sys.executable, "-c", "from tests.runtime.test_encode import _check; _check()"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["pure"], "the child did not run protobuf's pure-Python implementation"
    assert report["mismatches"] == []
    from stbundle.proto import stbundle_pb2

    assert report["checked"] > 2 * len(list(_messages(stbundle_pb2)))


def test_compiled_protobuf_keeps_its_own_serializer() -> None:
    """In serve mode and under the compiled implementation `serialize` is SerializeToString."""
    from stbundle.proto import encode
    from stbundle.proto import stbundle_pb2 as pb

    msg = pb.ForwardMsg()
    msg.script_started.run_id = "r-1"
    assert encode.serialize(msg) == msg.SerializeToString()


def test_varints() -> None:
    from stbundle.proto import encode

    assert encode.varint(0) == b"\x00"
    assert encode.varint(300) == b"\xac\x02"
    assert encode.varint(-1) == b"\xff" * 9 + b"\x01"
    assert encode.packed_varints([1, 300]) == b"\x01\xac\x02"
