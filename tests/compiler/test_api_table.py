"""The compiler's table of Streamlit's widget parameters agrees with the runtime's signatures.

The compiler knows Streamlit's surface as data (it must not import the runtime's API while
analysing); the runtime implements the same signatures. For every widget the runtime provides,
the positions the compiler assumes for label, key, callback, args, kwargs, options and defaults
must be the positions the runtime's method really has.
"""

from __future__ import annotations

import inspect

import pytest
from stbundle.compiler.streamlit_api import WIDGETS, WidgetSpec
from stbundle.runtime_py.delta_generator import DeltaGenerator

IMPLEMENTED = sorted(name for name in WIDGETS if hasattr(DeltaGenerator, name))


def _positional(name: str) -> list[str]:
    signature = inspect.signature(getattr(DeltaGenerator, name))
    return [
        p.name
        for p in signature.parameters.values()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name != "self"
    ]


def _position(params: list[str], name: str) -> int | None:
    return params.index(name) if name in params else None


def test_the_runtime_implements_the_widgets_the_issue_names() -> None:
    assert set(IMPLEMENTED) >= {
        "button", "checkbox", "toggle", "radio", "selectbox", "multiselect", "slider",
        "select_slider", "text_input", "text_area", "number_input", "date_input",
        "time_input", "color_picker", "form_submit_button",
    }  # fmt: skip


@pytest.mark.parametrize("name", IMPLEMENTED)
def test_parameter_positions_match(name: str) -> None:
    spec: WidgetSpec = WIDGETS[name]
    params = _positional(name)
    if spec.label is not None:
        assert params[spec.label] == spec.label_kw
    assert spec.key == _position(params, "key")
    assert spec.callback_pos == _position(params, spec.callback)
    assert spec.args_pos == _position(params, "args")
    assert spec.kwargs_pos == _position(params, "kwargs")
    if spec.options_pos is not None:
        assert params[spec.options_pos] == "options"
    for default, position in zip(spec.defaults, spec.default_pos, strict=True):
        assert params[position] == default
