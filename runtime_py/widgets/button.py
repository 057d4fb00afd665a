"""Buttons and on/off widgets: st.button, st.form_submit_button, st.checkbox, st.toggle.

A button's value is a trigger: True for exactly the run its click caused. Its key cannot be set
through session state (Streamlit refuses, and so do we).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.errors import (
    FORM_DOCS_INFO,
    StreamlitInvalidLayoutContextError,
)
from stbundle.runtime_py.param_checks import BUTTON_TYPES, check_icon_position, check_option
from stbundle.runtime_py.session_state import Callback
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    fill_common,
    register_widget,
    require_label,
)
from stbundle.runtime_py.widgets.shortcuts import normalize_shortcut


class ButtonMixin(DeltaGeneratorBase):
    def _button(
        self,
        kind: str,
        label: Any,
        key: Any,
        help: str | None,
        on_click: Callback | None,
        args: Iterable[Any] | None,
        kwargs: dict[str, Any] | None,
        type: str,
        icon: str | None,
        disabled: bool,
        use_container_width: bool | None,
        width: Any,
        wrap: bool | None,
        icon_position: str,
        shortcut: str | None,
    ) -> bool:
        label = require_label(label, kind)
        icon_position = check_icon_position(icon_position)
        keys = None if shortcut is None else normalize_shortcut(shortcut)
        submitter = kind == "form_submit_button"
        in_form = bool(self._current_form_id())
        if in_form and not submitter:
            raise StreamlitInvalidLayoutContextError(
                "`st.button()` can't be used in an `st.form()`. Use "
                f"`st.form_submit_button()` instead to submit the form.{FORM_DOCS_INFO}"
            )
        if submitter and not in_form:
            raise StreamlitInvalidLayoutContextError(
                f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS_INFO}"
            )
        check_option(type, "type", BUTTON_TYPES)
        reg = register_widget(
            self,
            kind,
            key=key,
            params={
                "label": label,
                "icon": icon,
                "help": help,
                "is_form_submitter": submitter,
                "type": type,
                "width": width,
                "icon_position": icon_position,
                "shortcut": keys,
            },
            key_as_main_identity=True,
            deserialize=wire.clicked,
            on_change=on_click,
            on_change_param="on_click",
            on_change_modes=(),  # a callback only, as in Streamlit 1.67
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            is_trigger=True,
            writes_allowed=False,
            allow_callback_in_form=submitter,
        )
        el = pb.Element()
        fill_common(
            el.button.common, reg, label, help=help, disabled=disabled, label_visibility="visible"
        )
        el.button.common.set_value = False
        el.button.type = type
        el.button.is_form_submitter = submitter
        if icon:
            el.button.icon = str(icon)
            el.button.icon_position = icon_position
        if keys:
            el.button.shortcut = keys
        width = effective_width(width, use_container_width)
        set_layout(el, width=width, allow_content_width=True, wrap=wrap)
        self._emit(el)
        return bool(reg.value)

    def button(
        self,
        label: Any,
        key: Any = None,
        help: str | None = None,
        on_click: Callback | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: str | None = None,
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: int | str = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        """Show a button; returns True only for the run its click caused.

        `on_click` runs before the script reruns; `shortcut` (e.g. "Ctrl+K") clicks it from
        the keyboard.
        """
        return self._button(
            "button",
            label,
            key,
            help,
            on_click,
            args,
            kwargs,
            type,
            icon,
            disabled,
            use_container_width,
            width,
            wrap,
            icon_position,
            shortcut,
        )

    def form_submit_button(
        self,
        label: Any = "Submit",
        help: str | None = None,
        on_click: Callback | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        key: Any = None,
        type: str = "secondary",
        icon: str | None = None,
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: int | str = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        """The button that submits its st.form; returns True for the run the submit caused.

        A click sends every value edited in the form at once and runs `on_click` first. Without
        a key it is keyed by its form and label, as in Streamlit.
        """
        if key is None or key == "":
            # Streamlit keys a submit button by its form and label, so it shows up in
            # st.session_state (and two same-label buttons in one form collide).
            key = f"FormSubmitter:{self._current_form_id()}-{label}"
        return self._button(
            "form_submit_button",
            label,
            key,
            help,
            on_click,
            args,
            kwargs,
            type,
            icon,
            disabled,
            use_container_width,
            width,
            wrap,
            icon_position,
            shortcut,
        )

    def _checkbox(
        self,
        kind: str,
        label: Any,
        value: bool,
        key: Any,
        help: str | None,
        on_change: OnChange,
        args: Iterable[Any] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
        label_visibility: str,
        width: Any,
        wrap: bool | None,
        persist_state: str | None,
        bind: str | None,
    ) -> bool:
        label = require_label(label, kind)
        default = bool(value)

        def deserialize(state: pb.WidgetState | None) -> bool:
            return default if state is None else wire.get_bool(state)

        reg = register_widget(
            self,
            kind,
            key=key,
            params={"label": label, "value": default, "help": help, "width": width},
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.boolean(),
        )
        el = pb.Element()
        fill_common(
            el.checkbox.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        )
        el.checkbox.value = bool(reg.display)
        el.checkbox.style = pb.Checkbox.TOGGLE if kind == "toggle" else pb.Checkbox.CHECKBOX
        set_layout(el, width=width, allow_content_width=True, wrap=wrap)
        self._emit(el)
        return bool(reg.value)

    def checkbox(
        self,
        label: Any,
        value: bool = False,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "content",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> bool:
        """Show a checkbox; returns whether it is ticked.

        `on_change` is a callback, "rerun" (default) or "ignore" (the page keeps the change and
        sends it with the next rerun). `bind="query-params"` (with a key) mirrors the value in
        the page URL as `?key=true`.
        """
        return self._checkbox(
            "checkbox",
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
            persist_state,
            bind,
        )

    def toggle(
        self,
        label: Any,
        value: bool = False,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "content",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> bool:
        """Show an on/off switch; returns whether it is on. Same parameters as st.checkbox."""
        return self._checkbox(
            "toggle",
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
            persist_state,
            bind,
        )
