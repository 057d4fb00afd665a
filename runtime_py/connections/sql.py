"""`SQLConnection` (`st.connection("sql")`): an SQLAlchemy engine configured from kwargs or the
`[connections.<name>]` secrets, with a cached `query()` returning a pandas DataFrame."""

from __future__ import annotations

import copy
import time
from collections import ChainMap
from typing import TYPE_CHECKING, Any

from stbundle.runtime_py.caching import cache_data
from stbundle.runtime_py.connections.base import BaseConnection
from stbundle.runtime_py.dataframes.libs import pandas
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
)

if TYPE_CHECKING:
    from datetime import timedelta

    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session

#: The URL parts a connection takes from kwargs or secrets (the rest go to create_engine).
URL_PARTS = (
    "url",
    "driver",
    "dialect",
    "username",
    "password",
    "host",
    "port",
    "database",
    "query",
)
#: Without a `url`, these parts must be given.
REQUIRED_PARTS = ("dialect", "username", "host")
#: query() tries this many times on a database error, resetting the engine in between.
QUERY_ATTEMPTS = 3
RETRY_WAIT_SECONDS = 1.0


class SQLConnection(BaseConnection["Engine"]):
    """A connection to an SQL database through SQLAlchemy (Streamlit 1.67's API)."""

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> Engine:
        import sqlalchemy
        from sqlalchemy.engine import URL, make_url

        kwargs = copy.deepcopy(kwargs)
        given = {part: kwargs.pop(part) for part in URL_PARTS if part in kwargs}
        parts = ChainMap(given, self._secrets.to_dict())
        if not parts:
            raise StreamlitAPIException(
                "Missing SQL DB connection configuration. Did you forget to set this in "
                "`secrets.toml` or as kwargs to `st.connection`?"
            )
        if "url" in parts:
            url = make_url(parts["url"])
        else:
            for part in REQUIRED_PARTS:
                if part not in parts:
                    raise StreamlitMissingRequiredParameterError(
                        part,
                        detail="Set this SQL DB connection parameter in `secrets.toml` or pass "
                        "it as a kwarg to `st.connection`.",
                    )
            driver = f"+{parts['driver']}" if "driver" in parts else ""
            url = URL.create(
                drivername=parts["dialect"] + driver,
                username=parts["username"],
                password=parts.get("password"),
                host=parts["host"],
                port=int(parts["port"]) if "port" in parts else None,
                database=parts.get("database"),
                query=parts.get("query", {}),
            )
        engine_kwargs = ChainMap(kwargs, self._secrets.get("create_engine_kwargs", {}))
        engine = sqlalchemy.create_engine(url, **engine_kwargs)
        if autocommit:
            return engine.execution_options(isolation_level="AUTOCOMMIT")
        return engine

    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = "Running `sql.query(...)`.",
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: int | None = None,
        params: Any | None = None,
        **kwargs: Any,
    ) -> Any:
        """Run a read query and return its rows as a pandas DataFrame, cached (by the query, its
        parameters and this connection) for `ttl`."""

        def run_query(
            instance_id: Any,
            sql: str,
            index_col: str | list[str] | None = None,
            chunksize: int | None = None,
            params: Any | None = None,
            **kwargs: Any,
        ) -> Any:
            from sqlalchemy import text
            from sqlalchemy.exc import DatabaseError, InternalError, OperationalError

            for attempt in range(1, QUERY_ATTEMPTS + 1):
                try:
                    with self._instance.connect() as connection:
                        frame = pandas().read_sql(
                            text(sql),
                            connection,
                            index_col=index_col,
                            chunksize=chunksize,
                            params=params,
                            **kwargs,
                        )
                        return frame
                except (DatabaseError, InternalError, OperationalError):
                    if attempt == QUERY_ATTEMPTS:
                        raise
                    self.reset()
                    time.sleep(RETRY_WAIT_SECONDS)
            raise AssertionError("unreachable")

        # One cache per connection name and ttl: the cache's key includes the qualname.
        run_query.__qualname__ += f"_{self._connection_name}_{str(ttl).replace('.', '_')}"
        cached = cache_data(show_spinner=show_spinner, ttl=ttl)(run_query)
        return cached(
            self._connection_instance_id,
            sql,
            index_col=index_col,
            chunksize=chunksize,
            params=params,
            **kwargs,
        )

    def connect(self) -> Connection:
        """A new SQLAlchemy connection from the engine."""
        return self._instance.connect()

    @property
    def engine(self) -> Engine:
        return self._instance

    @property
    def driver(self) -> str:
        return str(self._instance.driver)

    @property
    def session(self) -> Session:
        """A new SQLAlchemy ORM session bound to the engine (use it in a `with` block)."""
        from sqlalchemy.orm import Session

        return Session(self._instance)
