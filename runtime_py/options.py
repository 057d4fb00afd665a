"""st.get_option and st.set_option for the config options a page has a use for.

stbundle reads `.streamlit/config.toml` (app_config.py) but has no server configuration of
Streamlit's kind, so it knows the `client.*` and `theme.*` options (and `logger.enableRich`),
plus the few server options whose value it can state truthfully.
As in Streamlit, only the scriptable ones may be set by a script, and a set value holds for the
whole process (every session), not just the session that set it. Options of Streamlit's other
sections (server, browser, runner...) raise a clear error instead of a made-up value.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from stbundle.runtime_py.app_config import load_config
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import StreamlitAPIException
from stbundle.runtime_py.secrets import secrets_paths

#: Options a script may set (Streamlit's scriptable options), with their defaults.
SCRIPTABLE: dict[str, Any] = {
    "client.showErrorDetails": "full",
    "client.toolbarMode": "auto",
    "client.disableDataExport": False,
    "client.showSidebarNavigation": True,
    "logger.enableRich": None,
}
#: Options only config.toml sets, with their defaults (or, for server options, what stbundle
#: does: it has no ./static route and serves pages at relative URLs).
READ_ONLY: dict[str, Any] = {
    "client.showErrorLinks": "auto",
    "server.enableStaticServing": False,
    "server.baseUrlPath": "",
    # st.connection's ttl when a call gives none (seconds; None: cached until cleared).
    "runner.connectionDefaultTTL": None,
    # Threads of a run's parallel fragments (None: Python's ThreadPoolExecutor default).
    "runner.parallelMaxWorkers": None,
}
_THEME_NAMES = [
    "base",
    "primaryColor",
    "backgroundColor",
    "secondaryBackgroundColor",
    "textColor",
    "redColor",
    "orangeColor",
    "yellowColor",
    "blueColor",
    "greenColor",
    "violetColor",
    "grayColor",
    "redBackgroundColor",
    "orangeBackgroundColor",
    "yellowBackgroundColor",
    "blueBackgroundColor",
    "greenBackgroundColor",
    "violetBackgroundColor",
    "grayBackgroundColor",
    "redTextColor",
    "orangeTextColor",
    "yellowTextColor",
    "blueTextColor",
    "greenTextColor",
    "violetTextColor",
    "grayTextColor",
    "linkColor",
    "linkUnderline",
    "codeTextColor",
    "codeBackgroundColor",
    "font",
    "fontFaces",
    "baseFontSize",
    "baseFontWeight",
    "metricValueFontSize",
    "metricValueFontWeight",
    "headingFont",
    "headingFontSizes",
    "headingFontWeights",
    "codeFont",
    "codeFontSize",
    "codeFontWeight",
    "baseRadius",
    "buttonRadius",
    "paddingTop",
    "paddingBottom",
    "borderColor",
    "dataframeBorderColor",
    "dataframeHeaderBackgroundColor",
    "dataframeHeaderTextColor",
    "showWidgetBorder",
    "showSidebarBorder",
    "chartCategoricalColors",
    "chartSequentialColors",
    "chartDivergingColors",
]
#: Streamlit's config sections: a key in one of them is Streamlit's even when stbundle lacks it.
STREAMLIT_SECTIONS = frozenset(
    [
        "global",
        "logger",
        "client",
        "runner",
        "server",
        "browser",
        "mapbox",
        "secrets",
        "theme",
        "magic",
    ]
)

_overrides: dict[str, Any] = {}
_lock = threading.Lock()


def _theme_key(key: str) -> str | None:
    """`theme.X`, `theme.sidebar.X`, `theme.light.X`, `theme.dark.X`: the path in [theme]."""
    parts = key.split(".")
    if parts[0] != "theme" or len(parts) not in (2, 3) or parts[-1] not in _THEME_NAMES:
        return None
    if len(parts) == 3 and parts[1] not in ("sidebar", "light", "dark"):
        return None
    return ".".join(parts[1:])


def _from_config(key: str, app_dir: Path) -> tuple[bool, Any]:
    """(found, value) of `key` in the app's config files."""
    section, _, rest = key.partition(".")
    node: Any = load_config(app_dir).get(section, {})
    for part in rest.split("."):
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


#: Server options whose value is what stbundle does, whatever config.toml says.
_FIXED = frozenset({"server.enableStaticServing"})


def _known(key: str) -> bool:
    return (
        key in SCRIPTABLE
        or key in READ_ONLY
        or key == "secrets.files"
        or _theme_key(key) is not None
    )


def _is_streamlits(key: str) -> bool:
    """Whether key names an option of one of Streamlit's sections (known here or not)."""
    return key.partition(".")[0] in STREAMLIT_SECTIONS and "." in key


def _not_available(key: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f'Config option "{key}" is not available in stbundle: only the client.* and '
        "theme.* options, logger.enableRich, server.enableStaticServing, "
        "server.baseUrlPath, runner.connectionDefaultTTL, runner.parallelMaxWorkers and "
        "secrets.files are."
    )


def get_option(key: str) -> Any:
    """The value of a config option: set by a script, else config.toml's, else the default."""
    if not _known(key):
        if _is_streamlits(key):
            raise _not_available(key)
        raise RuntimeError(f'Config key "{key}" not defined.')
    ctx = get_run_context()
    return option_value(key, ctx.session.script.path.parent if ctx is not None else None)


def option_value(key: str, app_dir: Path | None) -> Any:
    """A known option's value for the app in `app_dir` (None: no app, defaults only); the
    session also reads it outside a run (client.toolbarMode for the renderer)."""
    with _lock:
        if key in _overrides:
            return _overrides[key]
    if key in _FIXED:
        return READ_ONLY[key]
    if key == "secrets.files":
        return [str(p) for p in secrets_paths(app_dir or Path.cwd())]
    if app_dir is not None:
        found, value = _from_config(key, app_dir)
        if found:
            return value
    return SCRIPTABLE.get(key, READ_ONLY.get(key))


def set_option(key: str, value: Any) -> None:
    """Set a scriptable option (client.showErrorDetails, client.toolbarMode,
    client.disableDataExport, client.showSidebarNavigation) for the whole process."""
    if key in SCRIPTABLE:
        with _lock:
            _overrides[key] = value
        return
    if not _known(key) and key.partition(".")[0] not in STREAMLIT_SECTIONS:
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    raise StreamlitAPIException(
        f"{key} cannot be set on the fly. Set as command line option, e.g. streamlit run "
        f"script.py --{key}, or in config.toml instead."
    )


def set_config_option(key: str, value: Any, where_defined: str = "<user defined>") -> None:
    """`streamlit.config.set_option`, the internal setter: any option stbundle knows, not only
    the scriptable ones, for the whole process. `where_defined` only labels the value in
    Streamlit (`streamlit config show`); stbundle has no such listing."""
    if key in _FIXED:
        raise StreamlitAPIException(
            f"{key} cannot be changed in stbundle: it is {READ_ONLY[key]!r}, what stbundle does."
        )
    if _known(key):
        with _lock:
            _overrides[key] = value
        return
    if _is_streamlits(key):
        raise _not_available(key)
    # Streamlit logs an unknown key and carries on.
    logging.getLogger("streamlit.config").warning(
        '"%s" is not a valid config option. If you previously had this config option set, '
        "it may have been removed.",
        key,
    )
