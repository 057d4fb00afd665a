"""Choosing among options: st.radio, st.selectbox, st.multiselect.

The renderer speaks in option indices; the script gets the option objects back. A value that is
no longer among the options (the options changed, or session state was set to something else)
falls back to the widget's default, and the renderer is told. With `accept_new_options` a value
the user typed travels as its text and is returned as that string (an option's label chooses the
option), and values that are no options are kept, as in Streamlit 1.67.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from stbundle.runtime_py.param_checks import as_bool, check_type
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    Registered,
    fill_common,
    register_widget,
    require_label,
)


def as_options(options: Any) -> list[Any]:
    """Any iterable of options as a list (dict keys, pandas columns' first column, ...)."""
    if options is None:
        return []
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # a DataFrame
        return list(options.iloc[:, 0])
    if hasattr(options, "tolist"):
        return list(options.tolist())
    return list(options)


def find_index(options: Sequence[Any], value: Any) -> int | None:
    for i, option in enumerate(options):
        try:
            if option == value:
                return i
        except Exception:
            continue
    return None


def format_options(options: Sequence[Any], format_func: Callable[[Any], Any]) -> list[str]:
    return [str(format_func(option)) for option in options]


def reset_to_default(reg: Registered, default: Any) -> Registered:
    """The state held a value the options no longer have: replace it (with the default, or
    with what is left of a multiselect's choice)."""
    ctx = get_run_context()
    if ctx is not None:
        meta = ctx.session.state.widget_metadata(reg.id)
        if meta is not None:
            ctx.session.state.set_widget_value(reg.id, default)
    return dataclasses.replace(reg, value=default, display=default, set_value=True)


_FILTER_MODES = ("fuzzy", "contains", "prefix", None)
# select_all=True: the bulk action is always offered (the element's -1); ints are thresholds.
_SELECT_ALL_ALWAYS = -1
_INT32_MAX = 2**31 - 1


def check_filter_mode(filter_mode: Any, accept_new_options: Any) -> str:
    """The renderer's filter mode ("" for None: typing is off), refused as Streamlit refuses it."""
    if not (filter_mode is None or (isinstance(filter_mode, str) and filter_mode in _FILTER_MODES)):
        raise StreamlitValueError("filter_mode", ["fuzzy", "contains", "prefix", "None"])
    accept = as_bool(accept_new_options, "accept_new_options")
    if filter_mode is None and accept:
        raise StreamlitIncompatibleParametersError(
            "`filter_mode=None` and `accept_new_options=True` cannot be used together. "
            "`filter_mode` cannot be `None` when `accept_new_options=True`. Set `filter_mode` "
            "to `fuzzy`, `contains`, or `prefix`."
        )
    return filter_mode or ""


def select_all_threshold(select_all: Any) -> int:
    """`select_all` for the renderer: -1 always, 0 never, else the most selectable options for
    which "Select all" is offered."""
    if isinstance(select_all, bool):
        return _SELECT_ALL_ALWAYS if select_all else 0
    check_type(select_all, "select_all", (int,), ["bool", "int"])
    if select_all < 0:
        raise StreamlitValueError(
            "select_all",
            ["True", "False", "a non-negative integer"],
            detail="When using an int, `select_all` must be a non-negative integer.",
        )
    return min(int(select_all), _INT32_MAX)


def default_placeholder(placeholder: str | None, has_options: bool, accept_new: bool, *,
                        many: bool) -> str:  # fmt: skip
    """The text an empty box shows: the author's, else Streamlit's words for the situation."""
    if placeholder is not None:
        return placeholder or " "  # "" asks for an empty box
    if not has_options:
        return (
            ("Add options" if many else "Add an option") if accept_new else "No options to select"
        )
    if accept_new:
        return "Choose or add options" if many else "Choose or add an option"
    return "Choose options" if many else "Choose an option"


def typed_text(value: Any, format_func: Callable[[Any], Any]) -> str:
    """How a value that is no option reads in the box (format_func's text when it takes it)."""
    try:
        return str(format_func(value))
    except Exception:
        return str(value)


def typed_or_option(text: str, options: Sequence[Any], labels: Sequence[str]) -> Any:
    """What a typed text stands for: the option with that label, else the text itself."""
    return options[labels.index(text)] if text in labels else text


class ChoiceMixin(DeltaGeneratorBase):
    def _single_choice(
        self,
        kind: str,
        label: Any,
        options: Any,
        index: int | None,
        format_func: Callable[[Any], Any],
        key: Any,
        help: str | None,
        on_change: OnChange,
        args: Iterable[Any] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
        label_visibility: str,
        params: dict[str, Any],
        persist_state: str | None,
        bind: str | None,
    ) -> tuple[Registered, list[Any], list[str], int | None]:
        label = require_label(label, kind)
        opts = as_options(options)
        labels = format_options(opts, format_func)
        # Streamlit refuses a bool too (its protocol raises a TypeError for it).
        if index is not None and (isinstance(index, bool) or not isinstance(index, int)):
            raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
        if index is not None and opts and not 0 <= index < len(opts):
            raise StreamlitValueOutOfRangeError("index", index, 0, len(opts) - 1)
        default = opts[index] if index is not None and opts else None
        accept_new = bool(params.get("accept_new_options", False))

        def deserialize(state: pb.WidgetState | None) -> Any:
            if state is None:
                return default
            if wire.is_null(state):
                return None
            if accept_new and wire.kind(state) == "string_value":
                return typed_or_option(wire.get_string(state), opts, labels)
            return opts[wire.option_index(wire.get_int(state), len(opts))]

        key_identity = params.pop("key_identity", True)
        reg = register_widget(
            self,
            kind,
            key=key,
            params={"label": label, "options": labels, "index": index, "help": help, **params},
            key_as_main_identity=key_identity,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.option(opts, labels, clearable=index is None, typed=accept_new),
        )
        if reg.value is not None and find_index(opts, reg.value) is None and not accept_new:
            reg = reset_to_default(reg, default)
        shown = None if reg.display is None else find_index(opts, reg.display)
        return reg, opts, labels, shown

    def radio(
        self,
        label: Any,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        horizontal: bool = False,
        captions: Sequence[str] | None = None,
        label_visibility: str = "visible",
        width: int | str = "content",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> Any:
        """Show one choice among options as radio buttons; returns the chosen option.

        `index=None` starts with nothing chosen (returns None). With a key,
        `bind="query-params"` mirrors the choice (its label) in the page URL.
        """
        reg, _, labels, shown = self._single_choice(
            "radio",
            label,
            options,
            index,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            {"horizontal": horizontal, "captions": captions, "width": width},
            persist_state,
            bind,
        )
        el = pb.Element()
        radio = el.radio
        fill_common(
            radio.common,
            reg,
            str(label),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        )
        radio.options.extend(labels)
        if shown is not None:
            radio.has_value = True
            radio.value = shown
        radio.horizontal = as_bool(horizontal, "horizontal")
        if captions:
            radio.captions.extend("" if c is None else str(c) for c in captions)
        set_layout(el, width=width, allow_content_width=True)
        self._emit(el)
        return reg.value

    def selectbox(
        self,
        label: Any,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
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
        accept_new_options: bool = False,
        filter_mode: str = "fuzzy",
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> Any:
        """Show a drop-down with one choice; returns the chosen option (None if none).

        `bind="query-params"` (with a key) mirrors the choice in the URL. Typing filters the
        options by `filter_mode`; with `accept_new_options` a typed text becomes the value.
        """
        mode = check_filter_mode(filter_mode, accept_new_options)
        reg, _, labels, shown = self._single_choice(
            "selectbox",
            label,
            options,
            index,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            {
                "placeholder": placeholder,
                "accept_new_options": accept_new_options,
                "filter_mode": filter_mode,
                "width": width,
                "required": required,
                "icon": icon,
                "key_identity": frozenset({"accept_new_options"}),
            },
            persist_state,
            bind,
        )
        el = pb.Element()
        box = el.selectbox
        fill_common(
            box.common,
            reg,
            str(label),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            required=required,
        )
        box.options.extend(labels)
        if shown is not None:
            box.has_value = True
            box.value = shown
        elif reg.display is not None:  # a typed value (accept_new_options)
            box.added_value = typed_text(reg.display, format_func)
        box.accept_new_options = bool(accept_new_options)
        box.clearable = index is None
        box.filter_mode = mode
        box.placeholder = default_placeholder(
            placeholder, bool(labels), bool(accept_new_options), many=False
        )
        if icon:
            box.common.icon = str(icon)
        set_layout(el, width=width)
        self._emit(el)
        return reg.value

    def multiselect(
        self,
        label: Any,
        options: Any,
        default: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        max_selections: int | None = None,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        accept_new_options: bool = False,
        filter_mode: str = "fuzzy",
        select_all: bool | int = 1000,
        width: int | str = "stretch",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> list[Any]:
        """Show a multi-choice list; returns the chosen options in the order chosen.

        `bind="query-params"` (with a key) mirrors the choices in the URL. A search box filters
        the options by `filter_mode` and offers "Select all" by `select_all`; with
        `accept_new_options` typed texts join the selection (returned as strings).
        """
        mode = check_filter_mode(filter_mode, accept_new_options)
        bulk = select_all_threshold(select_all)
        accept_new = bool(accept_new_options)
        label = require_label(label, "multiselect")
        opts = as_options(options)
        labels = format_options(opts, format_func)
        if default is None:
            defaults: list[Any] = []
        elif isinstance(default, (list, tuple, set)) or hasattr(default, "tolist"):
            defaults = as_options(default)
        else:
            defaults = [default]
        default_indices = []
        for value in defaults:
            i = find_index(opts, value)
            if i is None:
                raise StreamlitAPIException(
                    f"The default value '{value}' is not part of the options. Please make sure "
                    "that every default values also exists in the options."
                )
            default_indices.append(i)
        if max_selections is not None and len(default_indices) > max_selections:
            raise StreamlitSelectionCountExceedsMaxError(len(default_indices), max_selections)

        def deserialize(state: pb.WidgetState | None) -> list[Any]:
            if state is None:
                return [opts[i] for i in default_indices]
            if accept_new and wire.kind(state) == "string_array_value":
                picked = [typed_or_option(t, opts, labels) for t in wire.get_strings(state)]
            else:
                picked = [opts[wire.option_index(i, len(opts))] for i in wire.get_ints(state)]
            if max_selections is not None and len(picked) > max_selections:
                raise ValueError("more selections than max_selections")
            return picked

        reg = register_widget(
            self,
            "multiselect",
            key=key,
            params={
                "label": label,
                "options": labels,
                "default": default_indices,
                "help": help,
                "max_selections": max_selections,
                "placeholder": placeholder,
                "accept_new_options": accept_new_options,
                "filter_mode": filter_mode,
                "select_all": bulk,
                "width": width,
            },
            key_as_main_identity=frozenset({"max_selections", "accept_new_options"}),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.options_list(opts, labels, typed=accept_new),
        )
        shown_values = list(reg.display or [])
        shown = [find_index(opts, v) for v in shown_values]
        added: list[str] = []  # typed values (accept_new_options): indices after the options
        if accept_new:
            for at, value in enumerate(shown_values):
                if shown[at] is None:
                    added.append(typed_text(value, format_func))
                    shown[at] = len(opts) + len(added) - 1
        elif any(i is None for i in shown):
            # Values no longer among the options are dropped, the others kept (Streamlit 1.67;
            # a selectbox goes back to its default instead).
            kept = [at for at in shown if at is not None]
            reg = reset_to_default(reg, [opts[at] for at in kept])
            shown = list(kept)
        if max_selections is not None and len(shown) > max_selections:
            raise StreamlitSelectionCountExceedsMaxError(len(shown), max_selections)
        el = pb.Element()
        ms = el.multiselect
        fill_common(
            ms.common, reg, label, help=help, disabled=disabled, label_visibility=label_visibility
        )
        ms.options.extend(labels)
        ms.value.extend(i for i in shown if i is not None)
        ms.added.extend(added)
        ms.placeholder = default_placeholder(placeholder, bool(labels), accept_new, many=True)
        ms.max_selections = max_selections or 0
        ms.accept_new_options = accept_new
        ms.filter_mode = mode
        ms.select_all = bulk
        set_layout(el, width=width, wrap=wrap)
        self._emit(el)
        return list(reg.value)
