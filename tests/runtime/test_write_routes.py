"""st.write's routing table: objects go to the command Streamlit 1.67 uses, once it exists.

Commands stbundle lacks (only their not-yet stub exists) are skipped, so those objects show as
text until the command lands; these tests give a DeltaGenerator a command and check that
st.write then calls it, with no change to write.py.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pandas as pd
import pytest
from stbundle.runtime_py.delta_generator import DeltaGenerator
from stbundle.runtime_py.elements.write import ROUTES, is_dataframe_like, route_for
from stbundle.runtime_py.not_yet_commands import NotYetMixin


class _WithDataframe(DeltaGenerator):
    """A generator that has st.dataframe (recording its calls) and st.image."""

    calls: ClassVar[list[tuple[str, Any]]] = []

    def dataframe(self, data: Any) -> None:
        self.calls.append(("dataframe", data))

    def image(self, data: Any) -> None:
        self.calls.append(("image", data))


def test_dataframe_like_objects_are_recognised_without_importing_their_libraries() -> None:
    frame = pd.DataFrame({"a": [1, 2]})
    for value in (
        frame,
        frame["a"],
        frame.index,
        frame.to_numpy(),
        frame.style,
        pd.array([1]),
        {"a": frame["a"]},
    ):
        assert is_dataframe_like(value), type(value)
    for value in ({"a": [1]}, [1, 2], (1, 2), "text", None, 3):
        assert not is_dataframe_like(value), value


class _OnlyStubs(NotYetMixin):
    """A generator whose commands are all not-yet stubs."""


def test_missing_commands_are_skipped_and_present_ones_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frame = pd.DataFrame({"a": [1]})
    assert route_for(frame, DeltaGenerator()) == "dataframe"  # st.dataframe has landed
    picture = type("Image", (), {"__module__": "PIL.Image"})()
    assert route_for(picture, DeltaGenerator()) == "image"  # st.image has landed
    assert route_for(picture, _WithDataframe()) == "image"
    # A command that is only its not-yet stub is skipped: the object falls through to text.
    monkeypatch.setattr(NotYetMixin, "image", lambda self, *a, **k: None, raising=False)
    assert route_for(picture, _OnlyStubs()) is None
    assert route_for({"a": 1}, DeltaGenerator()) == "json"
    assert route_for(len, DeltaGenerator()) == "help"


def test_write_calls_the_command_once_it_exists() -> None:
    frame = pd.DataFrame({"a": [1]})
    dg = _WithDataframe()
    _WithDataframe.calls.clear()
    dg.write(frame)
    assert _WithDataframe.calls == [("dataframe", frame)]


def test_every_route_names_a_streamlit_command() -> None:
    import streamlit

    for route in ROUTES:
        assert hasattr(streamlit, route.command), route.command
