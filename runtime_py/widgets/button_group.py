"""Choosing with a row of toggle buttons: st.pills and st.segmented_control.

Both are one widget drawn in two styles. The renderer speaks in option indices (a list, at
most one long in single mode); the script gets the option objects back: one option or None in
"single" mode, a list in "multi" mode. Options and identity follow the other choice widgets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.chat import is_emoji
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitDefaultNotInOptionsError,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.choice import (
    as_options,
    find_index,
    format_options,
    reset_to_default,
)
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    fill_common,
    register_widget,
    require_label,
)

_SELECTION_MODES = ("single", "multi")
_MATERIAL_ICON = re.compile(r":material/[a-z0-9_]+:")


def split_leading_icon(label: str) -> tuple[str, str]:
    """(icon, text) of an option label: as in Streamlit, a first space-separated word that is
    wholly one emoji or one `:material/name:` icon is drawn as the option's icon."""
    first, _, rest = label.partition(" ")
    if is_emoji(first.strip()) or _MATERIAL_ICON.fullmatch(first.strip()):
        return first.strip(), rest
    return "", label


def _default_indices(opts: list[Any], default: Any) -> list[int]:
    """The options `default` names (one value or a sequence of them), as indices."""
    if default is None:
        return []
    values = as_options(default) if isinstance(default, (list, tuple, set)) else [default]
    indices = []
    for value in values:
        i = find_index(opts, value)
        if i is None:
            raise StreamlitDefaultNotInOptionsError(
                f"The default value '{value}' is not part of the options. Please make sure "
                "that every default value also exists in the options."
            )
        indices.append(i)
    return indices


class ButtonGroupMixin(DeltaGeneratorBase):
    def _button_group(
        self,
        style: str,
        label: Any,
        options: Any,
        selection_mode: str,
        default: Any,
        required: bool,
        format_func: Callable[[Any], Any] | None,
        key: Any,
        help: str | None,
        on_change: OnChange,
        args: Iterable[Any] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
        label_visibility: str,
        width: int | str,
        wrap: bool | None,
        bind: str | None,
        persist_state: str | None,
    ) -> Any:
        label = require_label(label, style)
        if selection_mode not in _SELECTION_MODES:
            raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])
        multi = selection_mode == "multi"
        if required and multi:
            raise StreamlitIncompatibleParametersError(
                "`required=True` and `selection_mode='multi'` cannot be used together. "
                "`required` is only supported for single-select mode."
            )
        opts = as_options(options)
        labels = format_options(opts, format_func or str)
        default_indices = _default_indices(opts, default)
        if not multi and len(default_indices) > 1:
            raise StreamlitAPIException(
                f"The default argument to `st.{style}` must be a single value when "
                "`selection_mode='single'`."
            )
        default_value: Any = (
            [opts[i] for i in default_indices]
            if multi
            else (opts[default_indices[0]] if default_indices else None)
        )

        def deserialize(state: pb.WidgetState | None) -> Any:
            if state is None:
                return list(default_value) if multi else default_value
            if not multi and wire.is_null(state):
                return None
            picked = [opts[wire.option_index(i, len(opts))] for i in wire.get_ints(state)]
            if multi:
                return picked
            if len(picked) > 1:
                raise ValueError("more than one choice in single selection mode")
            return picked[0] if picked else None

        reg = register_widget(
            self,
            style,
            key=key,
            params={
                "options": labels,
                "default": default_indices,
                "click_mode": selection_mode,
                "style": style,
                "width": width,
                "label": label,
                "help": help,
            },
            key_as_main_identity=frozenset({"click_mode"}),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=(
                url_binding.options_list(opts, labels)
                if multi
                else url_binding.option(opts, labels, clearable=not required)
            ),
        )
        chosen = list(reg.display or []) if multi else [reg.display]
        shown = [find_index(opts, v) for v in chosen if v is not None]
        if any(i is None for i in shown):
            reg = reset_to_default(reg, default_value)
            shown = list(default_indices)
        el = pb.Element()
        group = el.button_group
        fill_common(
            group.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            required=required,
        )
        for icon, text in map(split_leading_icon, labels):
            group.options.append(text)
            group.option_icons.append(icon)
        group.value.extend(i for i in shown if i is not None)
        group.multi = multi
        group.style = style
        set_layout(el, width=width, allow_content_width=True, wrap=wrap)
        self._emit(el)
        return list(reg.value) if multi else reg.value

    def pills(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: str = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], str] | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "content",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> Any:
        """Show options as rounded toggle buttons; returns the chosen option (None if none),
        or the list of chosen options with `selection_mode="multi"`."""
        return self._button_group(
            "pills",
            label,
            options,
            selection_mode,
            default,
            required,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
            bind,
            persist_state,
        )

    def segmented_control(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: str = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], str] | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "content",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> Any:
        """Show options as one joined row of toggle buttons; returns what st.pills returns."""
        return self._button_group(
            "segmented_control",
            label,
            options,
            selection_mode,
            default,
            required,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
            bind,
            persist_state,
        )
