"""`st.cache_data` and `st.cache_resource` for the stbundle runtime.

Caches are process-global (shared by every session and rerun) and thread-safe. The
runtime wires in UI through hooks: `set_spinner_hook` for the miss spinner and
`set_session_id_provider` for `scope="session"`.
"""

from .cache_data import CacheDataAPI, cache_data
from .cache_resource import CacheResourceAPI, cache_resource
from .cached_function import BoundCachedFunc, CachedFunc
from .errors import (
    BadTimeStringError,
    CachedFunctionReturnedAwaitableError,
    CachingError,
    InvalidCacheParamError,
    SessionScopeError,
    UnhashableParamError,
    UnserializableReturnValueError,
    UserHashError,
)
from .registry import clear_session, set_session_id_provider
from .replay import set_output_hooks
from .spinner import in_cached_function, set_spinner_hook

__all__ = [
    "BadTimeStringError",
    "BoundCachedFunc",
    "CacheDataAPI",
    "CacheResourceAPI",
    "CachedFunc",
    "CachedFunctionReturnedAwaitableError",
    "CachingError",
    "InvalidCacheParamError",
    "SessionScopeError",
    "UnhashableParamError",
    "UnserializableReturnValueError",
    "UserHashError",
    "cache_data",
    "cache_resource",
    "clear_session",
    "in_cached_function",
    "set_output_hooks",
    "set_session_id_provider",
    "set_spinner_hook",
]
