"""st.number_input: an int or float field with step buttons, optionally empty (None)."""

from __future__ import annotations

import numbers
from collections.abc import Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidNumberFormatError,
    StreamlitJSNumberBoundsError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    fill_common,
    register_widget,
    require_label,
)

_MAX_SAFE_INTEGER = (1 << 53) - 1  # the largest int a JavaScript number holds exactly
_MAX_FLOAT = 1.7976931348623157e308


def check_int_bounds(value: Any, name: str) -> None:
    """Streamlit's check that the browser can hold an int exactly."""
    if value < -_MAX_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > _MAX_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= (1 << 53) - 1")


def check_float_bounds(value: Any, name: str) -> None:
    """Streamlit's check that a float is one the browser can hold (numpy float32 is not)."""
    if not isinstance(value, (numbers.Integral, float)):
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) is not a float")
    number: Any = value  # an Integral compares with a float, whatever its size
    if number < -_MAX_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -1.797e+308")
    if number > _MAX_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= 1.797e+308")


def _checked_numbers(
    min_value: Any, max_value: Any, value: Any, step: Any, format: str | None
) -> tuple[bool, Any, Any]:
    """(is an int input, value, step) after Streamlit 1.67's checks, in its order and with its
    messages: numpy numbers and bools count as the numbers they are, Decimal does not."""
    given = (min_value, max_value, value, step)
    all_int_args = all(isinstance(a, (numbers.Integral, type(None), str)) for a in given)
    all_float_args = all(isinstance(a, (float, type(None), str)) for a in given)
    if not all_int_args and not all_float_args:
        raise StreamlitMixedNumericTypesError(
            value=value, min_value=min_value, max_value=max_value, step=step
        )
    if isinstance(value, str) and value == "min":
        if min_value is not None:
            value = min_value
        else:
            value = 0 if all_int_args and not all_float_args else 0.0
    int_value = isinstance(value, numbers.Integral)
    if value is None:
        int_value = all_int_args and not all_float_args
    number_format = format if format is not None else ("%d" if int_value else "%0.2f")
    if step is None:
        step = 1 if int_value else 0.01
    try:
        float(number_format % 2)
    except (TypeError, ValueError):
        raise StreamlitInvalidNumberFormatError(number_format) from None
    all_ints = int_value and all_int_args
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitInvalidMinMaxError(min_value, max_value)
    if value is not None:
        if min_value is not None and min_value > value:
            raise StreamlitValueBelowMinError(value, min_value)
        if max_value is not None and max_value < value:
            raise StreamlitValueAboveMaxError(value, max_value)
    check = check_int_bounds if all_ints else check_float_bounds
    for name, number in (("min_value", min_value), ("max_value", max_value), ("step", step)):
        if number is not None:
            check(int(number) if all_ints else number, f"`{name}`")
    if value is not None:
        check(int(value) if all_ints else value, "`value`")
    return all_ints, value, step


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
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> Any:
        """Show a number field with -/+ steps; returns an int or float (None when empty).

        The type follows the arguments (all ints: int; any float: float). `required` keeps an
        emptied field from being sent; `bind="query-params"` mirrors it in the URL.
        """
        label = require_label(label, "number_input")
        is_int, value, step = _checked_numbers(min_value, max_value, value, step, format)
        default = int(value) if is_int and value is not None else value

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
                "icon": icon,
                "width": width,
                "required": required,
            },
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.number(is_int, min_value, max_value, clearable=True),
        )
        el = pb.Element()
        n = el.number_input
        fill_common(
            n.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            required=required,
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
        if icon:
            n.common.icon = str(icon)
        set_layout(el, width=width)
        self._emit(el)
        result = reg.value
        return int(result) if is_int and result is not None else result
