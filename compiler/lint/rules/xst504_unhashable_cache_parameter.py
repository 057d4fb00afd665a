"""XST504: a cached function parameter Streamlit cannot hash."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel

#: Types Streamlit's cache hasher is known to reject (connections, locks, sockets).
_UNHASHABLE = frozenset(
    {
        "sqlite3.Connection",
        "sqlite3.Cursor",
        "threading.Lock",
        "threading.RLock",
        "socket.socket",
        "sqlalchemy.engine.Engine",
        "sqlalchemy.engine.Connection",
        "sqlalchemy.orm.Session",
        "psycopg2.extensions.connection",
    }
)


class UnhashableCacheParameter(Rule):
    code = "XST504"
    name = "unhashable-cache-parameter"
    certainty = "heuristic"
    summary = "A cached function takes an object Streamlit cannot hash (custom class, connection)."
    explanation = (
        "Every argument of a cached function is hashed to build the cache key. Instances of "
        "your own classes, connections and locks usually cannot be hashed, and Streamlit "
        "raises UnhashableParamError. Prefix the parameter with an underscore to leave it "
        "out of the key, or pass hash_funcs=."
    )
    example_bad = """\
        @st.cache_data
        def rows(conn: sqlite3.Connection):
            ...
    """
    example_good = """\
        @st.cache_data
        def rows(_conn: sqlite3.Connection):
            ...
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for info in model.functions.values():
            if not info.cache or info.hash_funcs:
                continue
            for index, param in enumerate(info.params):
                if param.name.startswith("_") or param.annotation is None:
                    continue
                if index == 0 and param.name in ("self", "cls"):
                    continue
                custom = param.annotation in model.classes
                if not custom and param.annotation not in _UNHASHABLE:
                    continue
                shown = param.annotation.split("::")[-1]
                yield self.diag(
                    model,
                    info.file,
                    param.pos,
                    f"Parameter `{param.name}: {shown}` of cached {info.name}() is probably not "
                    f"hashable (Streamlit raises UnhashableParamError). Rename it `_{param.name}` "
                    "to leave it out of the cache key, or pass hash_funcs=",
                )
