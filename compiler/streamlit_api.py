"""What the compiler knows about Streamlit 1.67's public surface, as data.

The analysis never imports streamlit: apps are compiled where it is not installed (and the
runtime must not import it). Which calls are widgets, where their label/key/callback parameters
sit and which calls make containers is generated from the command specs (widget_table.py);
this module adds what the lint rules know beyond the commands themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from stbundle.compiler.widget_table import (  # generated from the command specs
    CONTAINER_SEQUENCES,
    CONTAINERS,
    NON_ELEMENTS,
    NOT_HONOURED,
    NOT_YET,
    ST_NAMES,
    WIDGETS,
    WidgetSpec,
)

#: Attributes of ``st`` that are containers themselves.
ROOT_CONTAINERS: frozenset[str] = frozenset({"sidebar", "bottom"})


#: Parameters that Streamlit leaves out of a keyless widget's identity.
NON_IDENTITY_PARAMS: frozenset[str] = frozenset(
    {
        "key",
        "on_change",
        "on_click",
        "on_submit",
        "on_select",
        "args",
        "kwargs",
        "disabled",
        "format_func",
        "label_visibility",
        "bind",
        "persist_state",
    }
)


CACHE_DECORATORS: frozenset[str] = frozenset({"cache_data", "cache_resource"})

#: Commands that end the run by raising a BaseException subclass.
RUN_ENDERS: frozenset[str] = frozenset({"stop", "rerun", "switch_page"})


@dataclass(frozen=True)
class Removed:
    """A command that no longer exists in Streamlit 1.67 and what replaces it."""

    replacement: str
    rename: str | None = None  # a safe drop-in rename (autofix), when there is one


REMOVED_APIS: dict[str, Removed] = {
    "experimental_rerun": Removed("st.rerun", "rerun"),
    "experimental_fragment": Removed("st.fragment", "fragment"),
    "experimental_dialog": Removed("st.dialog", "dialog"),
    "experimental_memo": Removed("st.cache_data", "cache_data"),
    "experimental_singleton": Removed("st.cache_resource", "cache_resource"),
    "experimental_user": Removed("st.user", "user"),
    "experimental_data_editor": Removed("st.data_editor", "data_editor"),
    "experimental_get_query_params": Removed("st.query_params (a dict-like object)"),
    "experimental_set_query_params": Removed("st.query_params (assign its items)"),
    "experimental_show": Removed("st.write"),
    "cache": Removed("st.cache_data for data or st.cache_resource for shared objects"),
    "beta_columns": Removed("st.columns", "columns"),
    "beta_expander": Removed("st.expander", "expander"),
    "beta_container": Removed("st.container", "container"),
    "beta_set_page_config": Removed("st.set_page_config", "set_page_config"),
}


THREAD_CALLS: frozenset[str] = frozenset(
    {
        "threading.Thread",
        "threading.Timer",
        "concurrent.futures.ThreadPoolExecutor",
        "concurrent.futures.ProcessPoolExecutor",
        "os.system",
        "os.popen",
        "os.fork",
        "os.execv",
        "os.execvp",
        "os.spawnl",
        "os.spawnv",
        "os.kill",
        "signal.signal",
        "signal.alarm",
        "signal.setitimer",
        "_thread.start_new_thread",
    }
)
#: Any call into these modules is a thread/process call.
THREAD_MODULES: frozenset[str] = frozenset({"subprocess", "multiprocessing"})

NETWORK_CALLS: frozenset[str] = frozenset(
    {
        "urllib.request.urlopen",
        "urllib.request.urlretrieve",
        "socket.socket",
        "socket.create_connection",
        "http.client.HTTPConnection",
        "http.client.HTTPSConnection",
        "urllib3.PoolManager",
        "urllib3.request",
        "httpx.get",
        "httpx.post",
        "httpx.put",
        "httpx.patch",
        "httpx.delete",
        "httpx.head",
        "httpx.request",
        "httpx.stream",
        "httpx.Client",
        "ftplib.FTP",
        "smtplib.SMTP",
        "smtplib.SMTP_SSL",
    }
)
#: Any call into these modules is a blocking network call.
NETWORK_MODULES: frozenset[str] = frozenset({"requests"})

SLEEP_CALLS: frozenset[str] = frozenset({"time.sleep"})

#: Calls whose value differs on every run (a widget key built from them changes identity).
NONDETERMINISTIC_CALLS: frozenset[str] = frozenset(
    {
        "uuid.uuid1",
        "uuid.uuid4",
        "time.time",
        "time.time_ns",
        "time.perf_counter",
        "time.monotonic",
        "datetime.datetime.now",
        "datetime.datetime.utcnow",
        "datetime.datetime.today",
        "datetime.date.today",
        "os.urandom",
        "secrets.token_hex",
        "secrets.token_urlsafe",
        "secrets.token_bytes",
        "secrets.randbelow",
        "secrets.choice",
        "builtins.id",
        "builtins.object",
    }
)
#: Every function of these modules is nondeterministic.
NONDETERMINISTIC_MODULES: frozenset[str] = frozenset({"random", "numpy.random"})


__all__ = [
    "CACHE_DECORATORS",
    "CONTAINERS",
    "CONTAINER_SEQUENCES",
    "NETWORK_CALLS",
    "NETWORK_MODULES",
    "NONDETERMINISTIC_CALLS",
    "NONDETERMINISTIC_MODULES",
    "NON_ELEMENTS",
    "NON_IDENTITY_PARAMS",
    "NOT_HONOURED",
    "NOT_YET",
    "REMOVED_APIS",
    "ROOT_CONTAINERS",
    "RUN_ENDERS",
    "SLEEP_CALLS",
    "ST_NAMES",
    "THREAD_CALLS",
    "THREAD_MODULES",
    "WIDGETS",
    "Removed",
    "WidgetSpec",
]
