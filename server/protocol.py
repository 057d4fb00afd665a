"""The wire rules of serve mode: one binary BackMsg per frame from the page, within limits;
ForwardMsgBatch frames to it.

Every violation raises ProtocolError carrying the WebSocket close code and a reason a person can
read; the endpoint closes only the offending connection with them. Widget values are checked
before they reach the session: an id this session never showed, or a value of the wrong type,
cannot come from the renderer. A value that no longer fits (a widget removed or changed by a
run the page has not seen yet) is left to the runtime, which refuses it quietly.
"""

from __future__ import annotations

from collections.abc import Callable

from google.protobuf.message import DecodeError
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.session_state import WidgetMetadata

# RFC 6455 close codes.
CLOSE_UNSUPPORTED_DATA = 1003
CLOSE_INVALID_PAYLOAD = 1007
CLOSE_POLICY_VIOLATION = 1008
CLOSE_TOO_BIG = 1009
CLOSE_INTERNAL_ERROR = 1011
CLOSE_TRY_AGAIN_LATER = 1013
# Application code (4000-4999): this tab's session was taken over by a newer connection.
CLOSE_REPLACED = 4001

_MAX_REASON_BYTES = 123  # a close frame's reason must fit in 125 bytes with the code


class ProtocolError(Exception):
    """A frame the server refuses; closes the connection with `code` and `reason`."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def close_reason(text: str) -> str:
    """Trim a reason to what a close frame can carry, without splitting a character."""
    data = text.encode("utf-8")
    if len(data) <= _MAX_REASON_BYTES:
        return text
    return data[: _MAX_REASON_BYTES - 3].decode("utf-8", "ignore") + "..."


def widget_kinds() -> frozenset[str]:
    """Element fields that are widgets (their message has a `common` WidgetCommon)."""
    return frozenset(
        f.name
        for f in pb.Element.DESCRIPTOR.fields
        if f.message_type is not None and "common" in f.message_type.fields_by_name
    )


WIDGET_KINDS = widget_kinds()


def widget_id_of(msg: pb.ForwardMsg) -> str | None:
    """The widget id a ForwardMsg shows to the page, if it is a widget element (or a tabs or
    expander block made a widget by its on_change)."""
    if msg.WhichOneof("type") != "delta":
        return None
    if msg.delta.WhichOneof("type") == "add_block":
        block = msg.delta.add_block
        inner = getattr(block, block.WhichOneof("type") or "", None)
        if inner is not None and "common" in inner.DESCRIPTOR.fields_by_name:
            return inner.common.id if inner.HasField("common") else None
        return None
    if msg.delta.WhichOneof("type") != "new_element":
        return None
    element = msg.delta.new_element
    kind = element.WhichOneof("type")
    if kind not in WIDGET_KINDS:
        return None
    widget_id: str = getattr(element, kind).common.id
    return widget_id


def decode_back_msg(frame: bytes | str | None, *, max_bytes: int) -> pb.BackMsg:
    """Parse one frame into a BackMsg that names what it asks for."""
    if frame is None:
        raise ProtocolError(CLOSE_UNSUPPORTED_DATA, "empty WebSocket message")
    if isinstance(frame, str):
        raise ProtocolError(
            CLOSE_UNSUPPORTED_DATA,
            "text frames are not accepted: send binary protobuf BackMsg frames",
        )
    if len(frame) > max_bytes:
        raise ProtocolError(
            CLOSE_TOO_BIG, f"BackMsg frame of {len(frame)} bytes exceeds the {max_bytes}-byte limit"
        )
    msg = pb.BackMsg()
    try:
        msg.ParseFromString(frame)
    except DecodeError as exc:
        raise ProtocolError(
            CLOSE_INVALID_PAYLOAD, f"malformed or truncated BackMsg: {exc}"
        ) from None
    kind = msg.WhichOneof("type")
    if kind is None:
        raise ProtocolError(CLOSE_POLICY_VIOLATION, "BackMsg carries neither rerun nor stop")
    return msg


def check_widget_states(
    msg: pb.BackMsg,
    *,
    was_shown: Callable[[str], bool],
    metadata: Callable[[str], WidgetMetadata | None],
) -> None:
    """Refuse widget ids the page was never shown and values of the wrong type."""
    if msg.WhichOneof("type") != "rerun":
        return
    for state in msg.rerun.widget_states.widgets:
        if not was_shown(state.id):
            raise ProtocolError(CLOSE_POLICY_VIOLATION, f"unknown widget id {state.id!r}")
        if state.WhichOneof("value") is None:
            raise ProtocolError(CLOSE_POLICY_VIOLATION, f"no value for widget {state.id!r}")
        meta = metadata(state.id)
        if meta is None:
            continue  # removed by a run the page has not seen yet: the runtime ignores it
        try:
            meta.deserialize(state)
        except TypeError as exc:
            raise ProtocolError(
                CLOSE_POLICY_VIOLATION, f"wrong value type for {meta.kind} {state.id!r}: {exc}"
            ) from None
        except Exception:
            continue  # out of range now: maybe stale, the runtime refuses it and logs why


def batch_frame(messages: list[bytes]) -> bytes:
    """One WebSocket frame (a ForwardMsgBatch) from serialized ForwardMsgs, without re-encoding:
    each message goes behind the tag of field 1 (length-delimited) and its varint length."""
    parts: list[bytes] = []
    for data in messages:
        parts.append(_BATCH_TAG)
        parts.append(_varint(len(data)))
        parts.append(data)
    return b"".join(parts)


_BATCH_TAG = bytes([(1 << 3) | 2])  # ForwardMsgBatch.msgs: field 1, wire type 2


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
