"""Snowflake's connections (`st.connection("snowflake")`): not supported by stbundle yet.

Streamlit 1.67's implementation wraps snowflake-connector-python and Snowpark sessions
(account configuration files, caller's-rights tokens from Snowflake's own hosting); none of
that is built here, so asking for one raises a clear error instead of half-working.
"""

from __future__ import annotations

from typing import Any, NoReturn

from stbundle.runtime_py.connections.base import BaseConnection
from stbundle.runtime_py.errors import StreamlitAPIException

NOT_YET = (
    "Snowflake connections (st.connection type 'snowflake' / 'snowflake-callers-rights') are "
    "not supported by stbundle yet. Use type='sql' with the snowflake-sqlalchemy dialect, or "
    "a BaseConnection subclass of your own."
)


class SnowflakeConnection(BaseConnection[Any]):
    def _connect(self, **kwargs: Any) -> NoReturn:
        raise StreamlitAPIException(NOT_YET)


class SnowflakeCallersRightsConnection(SnowflakeConnection):
    pass
