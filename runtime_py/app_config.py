"""The app's `.streamlit/config.toml`: the options a page needs (its theme).

Read from ~/.streamlit and the working directory (Streamlit's places) and beside the app (the
folder a static build ships), later files winning, as Streamlit layers its config files. Unknown
sections and options are ignored: the file is the user's, written for Streamlit, and may hold
server options we have no use for.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from stbundle.proto import stbundle_pb2 as pb

_LOG = logging.getLogger(__name__)
_BASES = {"light": pb.Theme.LIGHT, "dark": pb.Theme.DARK}


def config_paths(app_dir: Path) -> list[Path]:
    """Streamlit's places (the user's home, then the working directory), then the app's folder."""
    return [
        Path.home() / ".streamlit" / "config.toml",
        Path.cwd() / ".streamlit" / "config.toml",
        app_dir / ".streamlit" / "config.toml",
    ]


def load_config(app_dir: Path) -> dict[str, dict[str, Any]]:
    """Every section of the config files, later files' options winning over earlier ones."""
    sections: dict[str, dict[str, Any]] = {}
    for path in dict.fromkeys(p.resolve() for p in config_paths(app_dir)):
        if not path.is_file():
            continue
        import tomllib  # only when there is a config file: it costs ~25 ms to import under Pyodide

        try:
            with path.open("rb") as f:
                parsed = tomllib.load(f)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            _LOG.warning("ignoring %s: %s", path, exc)
            continue
        for name, section in parsed.items():
            if isinstance(section, dict):
                sections.setdefault(name, {}).update(section)
    return sections


def load_theme(app_dir: Path) -> pb.Theme:
    """The `[theme]` section as the renderer's Theme; AUTO (follow the browser) by default."""
    theme_options = load_config(app_dir).get("theme", {})
    theme = pb.Theme()
    base = theme_options.get("base")
    if isinstance(base, str):
        if base in _BASES:
            theme.base = _BASES[base]
        else:
            _LOG.warning('theme.base must be "light" or "dark", not %r', base)
    primary = theme_options.get("primaryColor")
    if isinstance(primary, str):
        theme.primary_color = primary
    return theme
