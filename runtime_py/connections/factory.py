"""`st.connection(name, type=None, max_entries=None, ttl=<unset>, **kwargs)`.

The type comes from `type=` (a first-party name, a BaseConnection subclass or its dotted path),
from the name itself ("sql"), or from `[connections.<name>] type = ...` in the secrets. The
connection object is cached with st.cache_resource (per name, class and kwargs; for `ttl`
and `max_entries`; per session for session-scoped classes) and closed when it leaves.
"""

from __future__ import annotations

import importlib
import math
import os
import re
from datetime import timedelta
from typing import Any

from stbundle.runtime_py.caching import cache_resource
from stbundle.runtime_py.connections.base import BaseConnection
from stbundle.runtime_py.connections.snowflake import (
    SnowflakeCallersRightsConnection,
    SnowflakeConnection,
)
from stbundle.runtime_py.connections.sql import SQLConnection
from stbundle.runtime_py.errors import StreamlitAPIException, StreamlitValueError

FIRST_PARTY: dict[str, type[BaseConnection[Any]]] = {
    "snowflake": SnowflakeConnection,
    "snowflake-callers-rights": SnowflakeCallersRightsConnection,
    "sql": SQLConnection,
}
_SNOWPARK_REMOVED = (
    "The Snowpark connection was removed in favor of the Snowflake connection. Update your app "
    'to use `st.connection("<name>", type="snowflake")` with `SnowflakeConnection` instead.'
)
#: Modules whose absence a connection reports with the package to install.
_PACKAGES = {
    "MySQLdb": "mysqlclient",
    "psycopg2": "psycopg2-binary",
    "sqlalchemy": "sqlalchemy",
    "snowflake": "snowflake-connector-python",
    "snowflake.connector": "snowflake-connector-python",
    "snowflake.snowpark": "snowflake-snowpark-python",
}
_MISSING_MODULE = re.compile(r"No module named '(.+)'")
_ENV_PREFIX = "env:"


class _Unset:
    """`ttl` not given: runner.connectionDefaultTTL decides (an explicit None never expires)."""

    def __repr__(self) -> str:
        return "<unset>"


UNSET_TTL: Any = _Unset()


def _first_party(name: str) -> type[BaseConnection[Any]]:
    if name == "snowpark":
        raise StreamlitAPIException(_SNOWPARK_REMOVED)
    if name in FIRST_PARTY:
        return FIRST_PARTY[name]
    raise StreamlitAPIException(
        f"Invalid connection '{name}'. Supported connection classes: {FIRST_PARTY}"
    )


def _default_ttl() -> float | None:
    """runner.connectionDefaultTTL: a finite, non-negative number of seconds, or unset."""
    from stbundle.runtime_py.options import get_option

    value = get_option("runner.connectionDefaultTTL")
    if value is None:
        return None
    original = value
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            value = None
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value < 0
    ):
        raise StreamlitAPIException(
            "Invalid `runner.connectionDefaultTTL` value. Use a finite, non-negative number of "
            "seconds, or leave the option unset to keep connections cached until they are "
            f"cleared. Received {original!r}."
        )
    return float(value)


def _class_from_secrets(name: str) -> Any:
    from stbundle.runtime_py.secrets import SecretsProxy

    return SecretsProxy()["connections"][name]["type"]


def _create(
    name: str,
    connection_class: type[BaseConnection[Any]],
    max_entries: int | None,
    ttl: float | None,
    **kwargs: Any,
) -> BaseConnection[Any]:
    if not (isinstance(connection_class, type) and issubclass(connection_class, BaseConnection)):
        raise StreamlitAPIException(f"{connection_class} is not a subclass of BaseConnection!")
    scope = connection_class.scope()
    if scope not in ("global", "session"):
        raise StreamlitValueError(
            "scope",
            ["'global'", "'session'"],
            detail=f"Connection class {connection_class.__name__} has scope {scope!r}.",
        )

    def make_connection(
        name: str, connection_class: type[BaseConnection[Any]], **kwargs: Any
    ) -> BaseConnection[Any]:
        return connection_class(connection_name=name, **kwargs)

    # A cache per ttl and max_entries (the cache's key includes the qualname), so calls with
    # other settings do not replace each other's connections.
    make_connection.__qualname__ += f"_{str(ttl).replace('.', '_')}_{max_entries}"
    cached = cache_resource(
        max_entries=max_entries,
        show_spinner="Running `st.connection(...)`.",
        ttl=ttl,
        scope=scope,
        on_release=lambda connection: connection.close(),
    )(make_connection)
    return cached(name, connection_class, **kwargs)


def connection(
    name: str,
    type: Any = None,  # Streamlit's name (it shadows the builtin here)
    max_entries: int | None = None,
    ttl: float | timedelta | None = UNSET_TTL,
    **kwargs: Any,
) -> Any:
    """A connection to a data source (Streamlit 1.67's `st.connection`)."""
    if name.startswith(_ENV_PREFIX):
        name = os.environ[name.removeprefix(_ENV_PREFIX)]
    connection_class = type
    if connection_class is None:
        if name == "snowpark":
            raise StreamlitAPIException(_SNOWPARK_REMOVED)
        connection_class = _first_party(name) if name in FIRST_PARTY else _class_from_secrets(name)
    if isinstance(connection_class, str):
        if "." in connection_class:
            module, _, classname = connection_class.rpartition(".")
            connection_class = getattr(importlib.import_module(module), classname)
        else:
            connection_class = _first_party(connection_class)
    if ttl is UNSET_TTL:
        ttl = _default_ttl()
    if isinstance(ttl, timedelta):
        ttl = ttl.total_seconds()
    elif isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        ttl = float(ttl)
    try:
        return _create(name, connection_class, max_entries, ttl, **kwargs)
    except ModuleNotFoundError as err:
        missing = _MISSING_MODULE.search(str(err))
        package = _PACKAGES.get(missing.group(1)) if missing else None
        hint = (
            f"You need to install the '{package}' package to use this connection."
            if package
            else "You may be missing a dependency required to use this connection."
        )
        raise ModuleNotFoundError(f"{err}. {hint}") from err
