"""st.menu_button: a button opening a menu of options. Choosing one reruns the script, which sees
that option for exactly that run (None on every other run), like st.button with a value.

The renderer sends the chosen option's label (format_func's text), so labels must be unique.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
)
from stbundle.runtime_py.param_checks import BUTTON_TYPES, check_option
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.choice import as_options, format_options
from stbundle.runtime_py.widgets.registration import (
    fill_common,
    on_change_callback,
    register_widget,
)

_FORM_DOCS = (
    "\n\nFor more information, refer to the\n[documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)


class MenuButtonMixin(DeltaGeneratorBase):
    def menu_button(
        self,
        label: str,
        options: Any,
        *,
        key: Any = None,
        help: str | None = None,
        on_click: Callable[..., Any] | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        width: int | str = "content",
        format_func: Callable[[Any], Any] = str,
        wrap: bool | None = None,
    ) -> Any:
        """A button with a drop-down of `options`; returns the option chosen on the run the
        choice caused, else None."""
        label = "" if label is None else str(label)
        on_change_callback(on_click, param="on_click", modes=())
        if self._current_form_id():
            raise StreamlitInvalidLayoutContextError(
                f"`st.menu_button()` can't be used in an `st.form()`.{_FORM_DOCS}"
            )
        check_option(type, "type", BUTTON_TYPES)
        opts = as_options(options)
        if not opts:
            raise StreamlitMissingRequiredParameterError(
                "options", detail="Provide at least one option."
            )
        labels = format_options(opts, format_func)
        if len(set(labels)) != len(labels):
            raise StreamlitAPIException(
                "The `format_func` produced duplicate labels for the menu button options. "
                "Each formatted option label must be unique."
            )
        index = {text: i for i, text in enumerate(labels)}

        def deserialize(state: pb.WidgetState | None) -> Any:
            if state is None or wire.kind(state) is None:
                return None
            chosen = index.get(wire.get_string_trigger(state))
            return None if chosen is None else opts[chosen]

        reg = register_widget(
            self,
            "menu_button",
            key=key,
            params={
                "label": label,
                "options": labels,
                "help": help,
                "type": type,
                "icon": icon,
                "width": width,
            },
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_click,
            on_change_param="on_click",
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            is_trigger=True,
            writes_allowed=False,
        )
        el = pb.Element()
        menu = el.menu_button
        fill_common(
            menu.common, reg, label, help=help, disabled=disabled, label_visibility="visible"
        )
        menu.common.icon = icon or ""
        menu.options.extend(labels)
        menu.type = type
        set_layout(el, width=width, allow_content_width=True, wrap=wrap)
        self._emit(el)
        return reg.value
