"""Reading values the renderer sent: strict about types, because they come from outside.

Every accessor raises TypeError when the WidgetState holds another kind of value, so a malformed
or hostile client is refused (see SessionState.set_widgets_from_client) instead of reaching the
script.
"""

from __future__ import annotations

import math

from stbundle.proto import stbundle_pb2 as pb


def kind(state: pb.WidgetState) -> str | None:
    return state.WhichOneof("value")


def _wrong(state: pb.WidgetState, expected: str) -> TypeError:
    return TypeError(f"expected {expected}, got {kind(state)}")


def is_null(state: pb.WidgetState) -> bool:
    return kind(state) == "null_value"


def get_bool(state: pb.WidgetState) -> bool:
    if kind(state) != "bool_value":
        raise _wrong(state, "bool_value")
    return state.bool_value


def get_trigger(state: pb.WidgetState) -> bool:
    if kind(state) != "trigger_value":
        raise _wrong(state, "trigger_value")
    return state.trigger_value


def clicked(state: pb.WidgetState | None) -> bool:
    """A trigger widget's value (a button, a dialog's dismissal): True only for the run the
    page's trigger started, False without one."""
    return False if state is None else get_trigger(state)


def get_int(state: pb.WidgetState) -> int:
    if kind(state) == "int_value":
        return int(state.int_value)
    if kind(state) == "double_value" and float(state.double_value).is_integer():
        return int(state.double_value)
    raise _wrong(state, "int_value")


def get_float(state: pb.WidgetState) -> float:
    if kind(state) == "double_value":
        value = float(state.double_value)
    elif kind(state) == "int_value":
        value = float(state.int_value)
    else:
        raise _wrong(state, "double_value")
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value}")
    return value


def get_string(state: pb.WidgetState) -> str:
    if kind(state) != "string_value":
        raise _wrong(state, "string_value")
    return state.string_value


def get_ints(state: pb.WidgetState) -> list[int]:
    if kind(state) == "int_array_value":
        return [int(v) for v in state.int_array_value.data]
    if kind(state) == "double_array_value":
        values = list(state.double_array_value.data)
        if all(float(v).is_integer() for v in values):
            return [int(v) for v in values]
    raise _wrong(state, "int_array_value")


def get_floats(state: pb.WidgetState) -> list[float]:
    if kind(state) == "double_array_value":
        values = [float(v) for v in state.double_array_value.data]
    elif kind(state) == "int_array_value":
        values = [float(v) for v in state.int_array_value.data]
    else:
        raise _wrong(state, "double_array_value")
    if not all(math.isfinite(v) for v in values):
        raise ValueError("not finite numbers")
    return values


def get_string_trigger(state: pb.WidgetState) -> str:
    """A one-run value (a chat message)."""
    if kind(state) != "string_trigger_value":
        raise _wrong(state, "string_trigger_value")
    return state.string_trigger_value


def get_files(state: pb.WidgetState) -> pb.UploadedFiles:
    """The files a file uploader (camera, audio input) holds."""
    if kind(state) != "file_uploader_state_value":
        raise _wrong(state, "file_uploader_state_value")
    return state.file_uploader_state_value


def get_strings(state: pb.WidgetState) -> list[str]:
    if kind(state) != "string_array_value":
        raise _wrong(state, "string_array_value")
    return list(state.string_array_value.data)


def option_index(index: int, count: int) -> int:
    if not 0 <= index < count:
        raise IndexError(f"option index {index} outside 0..{count - 1}")
    return index
