"""Serve mode: the ASGI app behind `bundle serve` (Starlette; run it with any ASGI server)."""

from stbundle.server.app import app_from_env, create_app
from stbundle.server.settings import ServerSettings

__all__ = ["ServerSettings", "app_from_env", "create_app"]
