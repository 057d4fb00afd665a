"""What of the app's `.streamlit/config.toml` a static site ships: only what the page reads.

Everything in a static site is public, and config.toml often holds server settings (a
`[server] cookieSecret`, paths, ports) beside the theme. The page reads `[theme]` (the runtime's
app_config) and client options (`[client]`), so only those sections are written back, as TOML;
the others are left out and named in the build's summary.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from typing import Any

from stbundle.builder.errors import BuildError

PAGE_SECTIONS = ("theme", "client")


@dataclass
class ReducedConfig:
    data: bytes | None  # None when no section the page reads is present
    kept: list[str]
    left_out: list[str]


def reduce_config(source: bytes, shown_name: str) -> ReducedConfig:
    """The page's part of a config.toml; a file that does not parse stops the build."""
    try:
        parsed = tomllib.loads(source.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BuildError(f"{shown_name}: not valid TOML ({exc}); fix it or remove it") from None
    kept = [name for name in PAGE_SECTIONS if isinstance(parsed.get(name), dict)]
    left_out = sorted(name for name in parsed if name not in kept)
    if not kept:
        return ReducedConfig(None, [], left_out)
    lines: list[str] = []
    for name in kept:
        _write_table(lines, [name], parsed[name])
    return ReducedConfig(("\n".join(lines) + "\n").encode("utf-8"), kept, left_out)


def _write_table(lines: list[str], path: list[str], table: dict[str, Any]) -> None:
    if lines:
        lines.append("")
    lines.append(f"[{'.'.join(_key(p) for p in path)}]")
    nested = []
    for key, value in table.items():
        if isinstance(value, dict):
            nested.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in nested:
        _write_table(lines, [*path, key], value)


def _key(key: str) -> str:
    if key and all(c.isalnum() or c in "-_" for c in key):
        return key
    return json.dumps(key)


def _value(value: Any) -> str:
    """TOML for the scalar and list values a theme or client option holds."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise BuildError(f"unsupported value in .streamlit/config.toml: {value!r}")
