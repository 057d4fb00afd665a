"""What the compiler knows about Streamlit 1.67's public surface, as data.

The analysis never imports streamlit: apps are compiled where it is not installed (and the
runtime must not import it). This table is the static knowledge instead: which calls are
widgets, where their label/key/callback parameters sit, which calls make containers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WidgetSpec:
    """Parameter layout of one widget command (positions are for positional arguments)."""

    label: int | None = 0  # position of the label argument (None: the widget has no label)
    label_kw: str = "label"
    key: int | None = None  # position of ``key`` when it may be passed positionally
    callback: str = "on_change"
    callback_pos: int | None = None
    args_pos: int | None = None
    kwargs_pos: int | None = None
    defaults: tuple[str, ...] = ()  # parameters giving a default value (runtime warns with state)
    default_pos: tuple[int, ...] = ()
    options_pos: int | None = None  # position of ``options`` for choice widgets
    writable: bool = True  # False: setting its value through session_state raises
    trigger: bool = False  # returns True only on the run after a click (button-like)
    value_input: bool = True  # holds a value the user edits (text, number, choice, ...)
    only_if: str | None = None  # a widget only when this keyword is given and not "ignore"


def _w(**kw: object) -> WidgetSpec:
    return WidgetSpec(**kw)  # type: ignore[arg-type]


_TRIGGER = {"writable": False, "trigger": True, "value_input": False, "callback": "on_click"}

WIDGETS: dict[str, WidgetSpec] = {
    "button": _w(key=1, callback_pos=3, args_pos=4, kwargs_pos=5, **_TRIGGER),
    "download_button": _w(key=4, callback_pos=6, args_pos=7, kwargs_pos=8, **_TRIGGER),
    "form_submit_button": _w(callback_pos=2, args_pos=3, kwargs_pos=4, **_TRIGGER),
    "menu_button": _w(writable=False, trigger=True, value_input=False, callback="on_click"),
    "checkbox": _w(
        key=2, callback_pos=4, args_pos=5, kwargs_pos=6, defaults=("value",), default_pos=(1,)
    ),
    "toggle": _w(
        key=2, callback_pos=4, args_pos=5, kwargs_pos=6, defaults=("value",), default_pos=(1,)
    ),
    "radio": _w(
        key=4,
        callback_pos=6,
        args_pos=7,
        kwargs_pos=8,
        defaults=("index",),
        default_pos=(2,),
        options_pos=1,
    ),
    "selectbox": _w(
        key=4,
        callback_pos=6,
        args_pos=7,
        kwargs_pos=8,
        defaults=("index",),
        default_pos=(2,),
        options_pos=1,
    ),
    "multiselect": _w(
        key=4,
        callback_pos=6,
        args_pos=7,
        kwargs_pos=8,
        defaults=("default",),
        default_pos=(2,),
        options_pos=1,
    ),
    "select_slider": _w(
        key=4,
        callback_pos=6,
        args_pos=7,
        kwargs_pos=8,
        defaults=("value",),
        default_pos=(2,),
        options_pos=1,
    ),
    "slider": _w(
        key=6, callback_pos=8, args_pos=9, kwargs_pos=10, defaults=("value",), default_pos=(3,)
    ),
    "text_input": _w(
        key=3, callback_pos=7, args_pos=8, kwargs_pos=9, defaults=("value",), default_pos=(1,)
    ),
    "text_area": _w(
        key=4, callback_pos=6, args_pos=7, kwargs_pos=8, defaults=("value",), default_pos=(1,)
    ),
    "number_input": _w(
        key=6, callback_pos=8, args_pos=9, kwargs_pos=10, defaults=("value",), default_pos=(3,)
    ),
    "date_input": _w(
        key=4, callback_pos=6, args_pos=7, kwargs_pos=8, defaults=("value",), default_pos=(1,)
    ),
    "datetime_input": _w(defaults=("value",), default_pos=(1,)),
    "time_input": _w(
        key=2, callback_pos=4, args_pos=5, kwargs_pos=6, defaults=("value",), default_pos=(1,)
    ),
    "color_picker": _w(
        key=2, callback_pos=4, args_pos=5, kwargs_pos=6, defaults=("value",), default_pos=(1,)
    ),
    "file_uploader": _w(key=3, callback_pos=5, args_pos=6, kwargs_pos=7, writable=False),
    "camera_input": _w(key=1, callback_pos=3, args_pos=4, kwargs_pos=5, writable=False),
    "audio_input": _w(writable=False),
    "chat_input": _w(label_kw="placeholder", callback="on_submit"),
    "data_editor": _w(label=None, writable=False),
    "feedback": _w(label=None, defaults=("default",)),
    "pills": _w(defaults=("default",), options_pos=1),
    "segmented_control": _w(defaults=("default",), options_pos=1),
    "pagination": _w(label=None, defaults=("default",)),
    # Elements that become widgets when a selection or change callback is requested.
    "dataframe": _w(
        label=None, callback="on_select", writable=False, value_input=False, only_if="on_select"
    ),
    "plotly_chart": _w(
        label=None, callback="on_select", writable=False, value_input=False, only_if="on_select"
    ),
    "altair_chart": _w(
        label=None, callback="on_select", writable=False, value_input=False, only_if="on_select"
    ),
    "vega_lite_chart": _w(
        label=None, callback="on_select", writable=False, value_input=False, only_if="on_select"
    ),
    "pydeck_chart": _w(
        label=None, callback="on_select", writable=False, value_input=False, only_if="on_select"
    ),
    "echarts_chart": _w(
        label=None, callback="on_select", writable=False, value_input=False, only_if="on_select"
    ),
}

#: Calls that return a container (``with`` target or receiver of element calls).
CONTAINERS: frozenset[str] = frozenset(
    {"container", "expander", "form", "empty", "popover", "chat_message", "status", "grid"}
)
#: Calls that return a sequence of containers.
CONTAINER_SEQUENCES: frozenset[str] = frozenset({"columns", "tabs"})
#: Attributes of ``st`` that are containers themselves.
ROOT_CONTAINERS: frozenset[str] = frozenset({"sidebar", "bottom"})

#: ``st`` functions that do not draw anything (excluded from a fragment's element list).
NON_ELEMENTS: frozenset[str] = frozenset(
    {
        "session_state",
        "cache_data",
        "cache_resource",
        "rerun",
        "stop",
        "set_page_config",
        "secrets",
        "query_params",
        "fragment",
        "dialog",
        "switch_page",
        "navigation",
        "Page",
        "column_config",
        "context",
        "connection",
        "login",
        "logout",
        "user",
        "get_option",
        "set_option",
        "config",
    }
)

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
