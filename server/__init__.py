"""Serve mode: the ASGI app behind `bundle serve` (Starlette; run it with any ASGI server).

Exports are loaded on first use so that `bundle` commands other than serve start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stbundle.server.app import app_from_env, create_app
    from stbundle.server.settings import ServerSettings

__all__ = ["ServerSettings", "app_from_env", "create_app"]

_HOMES = {
    "ServerSettings": "stbundle.server.settings",
    "app_from_env": "stbundle.server.app",
    "create_app": "stbundle.server.app",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
