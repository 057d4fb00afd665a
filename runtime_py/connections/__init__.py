"""`st.connection` and `streamlit.connections`: Streamlit 1.67's data connections.

`BaseConnection` (base.py) is what custom connections subclass; `SQLConnection` (sql.py) is the
first-party SQL connection over SQLAlchemy; factory.py is `st.connection` itself. Snowflake's
connections are not supported yet and say so when asked for.
"""

from stbundle.runtime_py.connections.base import BaseConnection
from stbundle.runtime_py.connections.snowflake import (
    SnowflakeCallersRightsConnection,
    SnowflakeConnection,
)
from stbundle.runtime_py.connections.sql import SQLConnection

__all__ = [
    "BaseConnection",
    "SQLConnection",
    "SnowflakeCallersRightsConnection",
    "SnowflakeConnection",
]
