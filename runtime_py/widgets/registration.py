"""Widget identity and registration: what makes two widget calls "the same widget".

Identity follows Streamlit 1.67: a hash of the element type and its identity parameters, the
user key, and (for keyless widgets) the enclosing form and root container. With a user key,
only the parameters Streamlit names as identity-relevant still count, so changing a keyed
widget's label keeps its state. Duplicate keys and duplicate auto-IDs raise Streamlit's errors.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import RunContext, get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.errors import (
    CachedWidgetWarning,
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from stbundle.runtime_py.param_checks import as_bool, check_option
from stbundle.runtime_py.session_state import WIDGET_ID_PREFIX, Callback, WidgetMetadata
from stbundle.runtime_py.widgets.url_binding import UrlBinding, check_bind, sync_url

# Claiming an id or key is a check then an add: parallel fragments claim from several threads.
_CLAIMS = threading.Lock()

# True: with a user key, no parameter counts; a set: only these parameters count.
KeyIdentity = bool | frozenset[str]

# What a widget does when its value changes (Streamlit 1.67's OnChangeMode), or a callback.
OnChange = Callback | str | None
ON_CHANGE_MODES = ("rerun", "ignore")
PERSIST_STATES = ("page", "session")


def on_change_callback(
    on_change: object,
    *,
    param: str = "on_change",
    modes: tuple[str, ...] = ON_CHANGE_MODES,
    none_allowed: bool = True,
) -> Callback | None:
    """The callback to run for an on_change/on_click/on_select value, checked as Streamlit 1.67
    checks it: a callable is the callback; a mode the command supports (`modes`), or None where
    it is allowed, gives none. A mode it does not support, and anything else, is refused."""
    if callable(on_change):
        return on_change
    if on_change is None and none_allowed:
        return None
    if isinstance(on_change, str) and on_change in ON_CHANGE_MODES:
        if on_change in modes:
            return None
        raise StreamlitAPIException(
            f'`{param}="{on_change}"` is not supported on this widget. '
            f"Pass a callback, or omit `{param}`."
        )
    raise StreamlitValueError(param, [*(repr(mode) for mode in modes), "a callback function"])


def check_persist_state(persist_state: object, key: object) -> str | None:
    """Streamlit's rules: "page", "session" or None, and a key is required to persist."""
    if persist_state is None:
        return None
    if persist_state not in PERSIST_STATES:
        raise StreamlitValueError("persist_state", ["'page'", "'session'", "None"])
    if key is None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail="When using persist_state, the widget must have a unique 'key' parameter "
            "specified so its value can be preserved across reruns and page switches.",
        )
    return str(persist_state)


def claim_element_key(key: object) -> str | None:
    """A keyed container (st.container, tabs, expander): its key must be unique among the run's
    element keys, as a widget's is; returns the key as text."""
    if key is None:
        return None
    user_key = str(key)
    ctx = get_run_context()
    if ctx is None:  # outside a run (plain `python app.py`): nothing to collide with
        return user_key
    with _CLAIMS:
        if user_key in ctx.widget_keys:
            raise StreamlitDuplicateElementKey(user_key)
        ctx.widget_keys.add(user_key)
    return user_key


def compute_widget_id(
    kind: str,
    user_key: str | None,
    *,
    key_as_main_identity: KeyIdentity,
    form_id: str,
    root: int,
    params: dict[str, Any],
) -> str:
    ignore_params = user_key is not None and key_as_main_identity is not False
    if isinstance(key_as_main_identity, frozenset) and user_key is not None:
        used = {k: v for k, v in params.items() if k in key_as_main_identity}
    else:
        used = {} if ignore_params else dict(params)
    if not ignore_params:
        used["form_id"] = form_id
        used["root"] = root
    # One hash of one joined string: hashing piece by piece cost a call per parameter, on every
    # widget of every rerun. The separator keeps ("ab", "c") and ("a", "bc") apart.
    parts = [kind, user_key or ""]
    for name, value in used.items():
        parts.append(name)
        parts.append(value if type(value) is str else _stable_repr(value))
    digest = hashlib.md5("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()
    return f"{WIDGET_ID_PREFIX}-{digest}-{user_key}"


def _stable_repr(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_stable_repr(v) for v in value) + "]"
    return str(value)


def register_element_id(dg: DeltaGeneratorBase, kind: str, params: dict[str, Any]) -> None:
    """Give a non-widget element a widget-like auto-ID for this run (st.audio / st.video with
    autoplay, as Streamlit): two alike in one run raise Streamlit's duplicate-ID error, unless
    the compiled app tells their call sites apart."""
    ctx = get_run_context()
    if ctx is None:
        return
    element_id = compute_widget_id(
        kind,
        None,
        key_as_main_identity=False,
        form_id=dg._current_form_id(),
        root=dg._active(ctx)._root_container(ctx),
        params=params,
    )
    with _CLAIMS:
        if element_id in ctx.widget_ids:
            element_id = ctx.session.disambiguate_widget_id(ctx, element_id, kind)
        ctx.widget_ids.add(element_id)


@dataclass(frozen=True)
class Registered:
    """A widget bound for this run: its id, the script's value, and what the page shows."""

    id: str
    value: Any
    display: Any
    set_value: bool
    form_id: str
    # on_change="ignore": the renderer keeps a change for the next rerun instead of rerunning.
    ignore_rerun: bool = False


def require_context() -> RunContext:
    ctx = get_run_context()
    if ctx is None:
        raise StreamlitAPIException("Widgets can only be created while a script runs.")
    return ctx


def register_widget(
    dg: DeltaGeneratorBase,
    kind: str,
    *,
    key: Any,
    params: dict[str, Any],
    key_as_main_identity: KeyIdentity,
    deserialize: Callable[[pb.WidgetState | None], Any],
    on_change: OnChange = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    is_trigger: bool = False,
    writes_allowed: bool = True,
    allow_callback_in_form: bool = False,
    persist_state: str | None = None,
    on_change_param: str = "on_change",
    on_change_modes: tuple[str, ...] = ON_CHANGE_MODES,
    bind: object = None,
    url: UrlBinding | None = None,
) -> Registered:
    """Bind a widget call to its state for this run (see the module docstring).

    `url` says how the value reads from and writes to `?key=` when `bind="query-params"`.
    """
    callback = on_change_callback(on_change, param=on_change_param, modes=on_change_modes)
    bound = check_bind(bind)
    ctx = require_context()
    if ctx.recorders:
        # Inside a cached function: the widget will be missing whenever the cache hits.
        dg.exception(CachedWidgetWarning())  # type: ignore[attr-defined]
    user_key = None if key is None else str(key)
    if bound and user_key is None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail="When using bind='query-params', the widget must have a unique 'key' "
            "parameter specified. This 'key' will be used as the name of the query parameter.",
        )
    form_id = dg._current_form_id()
    if form_id and callback is not None and not allow_callback_in_form:
        raise StreamlitInvalidFormCallbackError()
    root = dg._active(ctx)._root_container(ctx)
    widget_id = compute_widget_id(
        kind,
        user_key,
        key_as_main_identity=key_as_main_identity,
        form_id=form_id,
        root=root,
        params=params,
    )
    with _CLAIMS:
        if user_key is not None:
            if user_key in ctx.widget_keys:
                raise StreamlitDuplicateElementKey(user_key)
            ctx.widget_keys.add(user_key)
        if widget_id in ctx.widget_ids:
            widget_id = ctx.session.disambiguate_widget_id(ctx, widget_id, kind)
        ctx.widget_ids.add(widget_id)
    meta = WidgetMetadata(
        id=widget_id,
        kind=kind,
        deserialize=deserialize,
        is_trigger=is_trigger,
        callback=callback,
        args=tuple(args or ()),
        kwargs=dict(kwargs or {}),
        form_id=form_id,
        fragment_id=ctx.fragment_id,
        disabled=disabled,
        user_key=user_key,
        persist_state=check_persist_state(persist_state, user_key),
    )
    first = not ctx.session.state.has_value(widget_id, user_key)
    value, set_value = ctx.session.state.register_widget(meta, writes_allowed=writes_allowed)
    if bound and url is not None and user_key is not None:
        value, supplied = sync_url(ctx, user_key, url, value, deserialize(None), first=first)
        if supplied:  # a shared link: the URL's value is the widget's, and the page shows it
            ctx.session.state.set_widget_value(widget_id, value)
            set_value = True
    display = value
    if form_id in ctx.submitted_forms and form_id in ctx.clear_on_submit_forms:
        # The script sees what was submitted; the page shows the form cleared, and sends the
        # cleared value with the next interaction (Streamlit's clear_on_submit, seen from the
        # browser).
        display, set_value = deserialize(None), True
    ignore = on_change == "ignore" and not form_id  # a form defers every change anyway
    return Registered(widget_id, value, display, set_value, form_id, ignore)


def fill_common(
    common: pb.WidgetCommon,
    reg: Registered,
    label: str,
    *,
    help: str | None,
    disabled: bool,
    label_visibility: str,
    required: bool = False,
) -> None:
    common.id = reg.id
    common.ignore_rerun = reg.ignore_rerun
    common.required = as_bool(required, "required")
    common.label = label
    common.form_id = reg.form_id
    if help:
        common.help = str(help)
    common.disabled = as_bool(disabled, "disabled")
    common.label_visibility = label_visibility_proto(label_visibility)
    common.set_value = reg.set_value


_LABEL_VISIBILITY = {"visible": pb.VISIBLE, "hidden": pb.HIDDEN, "collapsed": pb.COLLAPSED}


def label_visibility_proto(value: str) -> pb.LabelVisibility:
    check_option(value, "label_visibility", _LABEL_VISIBILITY)
    return _LABEL_VISIBILITY[value]


def require_label(label: object, kind: str) -> str:
    if label is None:
        raise StreamlitAPIException(f"`{kind}` requires a label.")
    return str(label)
