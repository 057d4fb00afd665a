"""The `streamlit` module as an app sees it under stbundle (`import streamlit as st`).

Every display and widget command is a method of the main DeltaGenerator, exposed here as a
module-level function, as in Streamlit; the rest are the state, caching and control commands.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from stbundle.runtime_py import errors
from stbundle.runtime_py.cache_output import record_output, replay_output
from stbundle.runtime_py.caching import (
    cache_data,
    cache_resource,
    set_output_hooks,
    set_session_id_provider,
    set_spinner_hook,
)
from stbundle.runtime_py.commands import rerun, set_page_config, stop
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.delta_generator import DeltaGenerator, main_dg, sidebar_dg
from stbundle.runtime_py.elements.write import transparent_write
from stbundle.runtime_py.fragment import fragment
from stbundle.runtime_py.query_params import QueryParamsProxy
from stbundle.runtime_py.secrets import SecretsProxy
from stbundle.runtime_py.session_state import SessionStateProxy

__version__ = "1.67.0"  # the Streamlit version whose behaviour this API follows

sidebar = sidebar_dg
session_state = SessionStateProxy()
query_params = QueryParamsProxy()
secrets = SecretsProxy()

# Text and data
title = main_dg.title
header = main_dg.header
subheader = main_dg.subheader
markdown = main_dg.markdown
caption = main_dg.caption
text = main_dg.text
code = main_dg.code
latex = main_dg.latex
divider = main_dg.divider
html = main_dg.html
json = main_dg.json
metric = main_dg.metric
write = main_dg.write

# Status and feedback
success = main_dg.success
info = main_dg.info
warning = main_dg.warning
error = main_dg.error
exception = main_dg.exception
empty = main_dg.empty
progress = main_dg.progress
spinner = main_dg.spinner
toast = main_dg.toast

# Widgets
button = main_dg.button
form_submit_button = main_dg.form_submit_button
checkbox = main_dg.checkbox
toggle = main_dg.toggle
radio = main_dg.radio
selectbox = main_dg.selectbox
multiselect = main_dg.multiselect
slider = main_dg.slider
select_slider = main_dg.select_slider
text_input = main_dg.text_input
text_area = main_dg.text_area
number_input = main_dg.number_input
date_input = main_dg.date_input
time_input = main_dg.time_input
color_picker = main_dg.color_picker

# Layout
container = main_dg.container
columns = main_dg.columns
tabs = main_dg.tabs
expander = main_dg.expander
form = main_dg.form

__all__ = [
    "DeltaGenerator",
    "button",
    "cache_data",
    "cache_resource",
    "caption",
    "checkbox",
    "code",
    "color_picker",
    "columns",
    "container",
    "date_input",
    "divider",
    "empty",
    "error",
    "errors",
    "exception",
    "expander",
    "form",
    "form_submit_button",
    "fragment",
    "header",
    "html",
    "info",
    "json",
    "latex",
    "markdown",
    "metric",
    "multiselect",
    "number_input",
    "progress",
    "query_params",
    "radio",
    "rerun",
    "secrets",
    "select_slider",
    "selectbox",
    "session_state",
    "set_page_config",
    "sidebar",
    "slider",
    "spinner",
    "stop",
    "subheader",
    "success",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "transparent_write",
    "warning",
    "write",
]


def _show_cache_spinner(text: str) -> AbstractContextManager[None]:
    return main_dg.spinner(text, _cache=True)


def _session_id() -> str | None:
    ctx = get_run_context()
    return ctx.session.id if ctx is not None else None


# Cached functions show Streamlit's "Running `f(...)`." spinner, scope per-session caches, and
# draw on every hit what they drew when computed.
set_spinner_hook(_show_cache_spinner)
set_session_id_provider(_session_id)
set_output_hooks(record_output, replay_output)
