"""st.number_input: an int or float field with step buttons, optionally empty (None)."""

from __future__ import annotations

import numbers
from collections.abc import Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from stbundle.runtime_py.session_state import Callback
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.registration import fill_common, register_widget, require_label


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


class NumberMixin(DeltaGeneratorBase):
    def number_input(
        self,
        label: Any,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = "min",
        step: Any = None,
        format: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callback | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        width: Any = "stretch",
        bind: Any = None,
        **_: Any,
    ) -> Any:
        label = require_label(label, "number_input")
        given_value = value
        if isinstance(value, str) and value == "min":
            value = min_value if min_value is not None else 0.0
            if (
                min_value is None
                and all(_is_int(a) for a in (max_value, step) if a is not None)
                and any(a is not None for a in (max_value, step))
            ):
                value = 0
        arguments = {"value": value, "min_value": min_value, "max_value": max_value, "step": step}
        present = [a for a in arguments.values() if a is not None]
        for a in present:
            if isinstance(a, bool) or not isinstance(a, numbers.Real):
                raise StreamlitAPIException(
                    f"Invalid `value` type. Expected one of: int, float, None. Provided type: "
                    f"{type(a).__name__}."
                )
        all_int = all(_is_int(a) for a in present)
        all_float = all(isinstance(a, float) for a in present)
        if not (all_int or all_float):
            raise StreamlitMixedNumericTypesError(**{**arguments, "value": given_value})
        is_int = all_int and bool(present)
        if step is None:
            step = 1 if is_int else 0.01
        if min_value is not None and max_value is not None and min_value > max_value:
            raise StreamlitInvalidMinMaxError(min_value, max_value)
        if value is not None:
            if min_value is not None and value < min_value:
                raise StreamlitValueBelowMinError(value, min_value)
            if max_value is not None and value > max_value:
                raise StreamlitValueAboveMaxError(value, max_value)
        default = value

        def deserialize(state: pb.WidgetState | None) -> Any:
            if state is None:
                return default
            if wire.is_null(state):
                return None
            number: Any = wire.get_int(state) if is_int else wire.get_float(state)
            if (min_value is not None and number < min_value) or (
                max_value is not None and number > max_value
            ):
                return default  # out of range: back to the default, as Streamlit does
            return number

        reg = register_widget(
            self,
            "number_input",
            key=key,
            params={
                "label": label,
                "min_value": min_value,
                "max_value": max_value,
                "value": value,
                "step": step,
                "format": format,
                "help": help,
                "placeholder": None if placeholder is None else str(placeholder),
            },
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        el = pb.Element()
        n = el.number_input
        fill_common(
            n.common, reg, label, help=help, disabled=disabled, label_visibility=label_visibility
        )
        n.data_type = pb.NumberInput.INT if is_int else pb.NumberInput.FLOAT
        if reg.display is not None:
            n.has_value = True
            n.value = float(reg.display)
        if min_value is not None:
            n.has_min, n.min = True, float(min_value)
        if max_value is not None:
            n.has_max, n.max = True, float(max_value)
        n.step = float(step)
        n.format = format or ("%d" if is_int else "%0.2f")
        if placeholder is not None:
            n.placeholder = str(placeholder)
        self._emit(el)
        result = reg.value
        if result is not None:
            result = int(result) if is_int else float(result)
        return result
