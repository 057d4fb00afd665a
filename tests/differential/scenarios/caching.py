"""Differential scenarios for st.cache_data and st.cache_resource.

Calls are counted in st.session_state from inside the cached functions, so a hit (no
call) and a miss (one call) show up as different values in both the elements and the
session state. Caches are process-global, so every script empties its own functions'
caches on its first run only (guarded by session state) and uses function names no
other scenario uses; reruns then exercise hits. Nothing depends on the clock.
"""

from __future__ import annotations

from tests.differential.scenario import Scenario

_COUNT = """
def count(name):
    st.session_state[name] = st.session_state.get(name, 0) + 1
"""

HITS_ACROSS_RERUNS = Scenario(
    name="caching_hits_across_reruns",
    script=f"""
import streamlit as st
{_COUNT}
@st.cache_data
def hits_load(n):
    count("hits_load_calls")
    return [i * i for i in range(n)]

if "hits_init" not in st.session_state:
    hits_load.clear()
    st.session_state.hits_init = True
st.button("rerun")
st.write(hits_load(4))
st.write(hits_load(4))
st.write("calls", st.session_state.get("hits_load_calls", 0))
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.button[0].click().run(),
    ],
)

ARGUMENTS = Scenario(
    name="caching_arguments",
    script=f"""
import streamlit as st
{_COUNT}
@st.cache_data
def args_square(x, power=2):
    count("args_square_calls")
    return x ** power

if "args_init" not in st.session_state:
    args_square.clear()
    st.session_state.args_init = True
x = st.number_input("x", value=2, step=1)
st.write("square", args_square(x))
st.write("same entry by keyword", args_square(x=x))
st.write("cube", args_square(x, 3))
st.write("calls", st.session_state.get("args_square_calls", 0))
""",
    steps=[
        lambda at: at.number_input[0].set_value(3).run(),
        lambda at: at.number_input[0].set_value(2).run(),
        lambda at: at.number_input[0].set_value(3).run(),
    ],
)

CLEAR = Scenario(
    name="caching_clear",
    script=f"""
import streamlit as st
{_COUNT}
@st.cache_data
def clear_fetch(key):
    count("clear_fetch_calls")
    return key.upper()

@st.cache_resource
def clear_client():
    count("clear_client_calls")
    return {{"connected": True}}

if "clear_init" not in st.session_state:
    clear_fetch.clear()
    clear_client.clear()
    st.session_state.clear_init = True
if st.button("clear one value"):
    clear_fetch.clear("a")
if st.button("clear function"):
    clear_fetch.clear()
if st.button("clear all resources"):
    st.cache_resource.clear()
st.write(clear_fetch("a"), clear_fetch("b"), clear_client()["connected"])
st.write("fetch calls", st.session_state.get("clear_fetch_calls", 0))
st.write("client calls", st.session_state.get("clear_client_calls", 0))
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.button[1].click().run(),
        lambda at: at.button[2].click().run(),
        lambda at: at.button[0].click().run(),
    ],
)

COPY_ON_READ = Scenario(
    name="caching_copy_on_read",
    script=f"""
import streamlit as st
{_COUNT}
@st.cache_data
def copy_items():
    count("copy_items_calls")
    return ["a"]

@st.cache_resource
def copy_shared():
    count("copy_shared_calls")
    return ["a"]

if "copy_init" not in st.session_state:
    copy_items.clear()
    copy_shared.clear()
    st.session_state.copy_init = True
data = copy_items()
data.append("mutated")
shared = copy_shared()
shared.append("mutated")
st.button("rerun")
st.write("data", copy_items())
st.write("resource length", len(copy_shared()))
st.write("data is a copy", copy_items() is not copy_items())
st.write("resource is shared", copy_shared() is copy_shared())
st.write("calls", st.session_state.get("copy_items_calls", 0),
         st.session_state.get("copy_shared_calls", 0))
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.button[0].click().run(),
    ],
)

UNDERSCORE_AND_HASH_FUNCS = Scenario(
    name="caching_underscore_and_hash_funcs",
    script=f"""
import streamlit as st
{_COUNT}
class Conn:
    def __init__(self, dsn, nonce):
        self.dsn = dsn
        self.nonce = nonce

@st.cache_data
def skip_query(_conn, sql):
    count("skip_query_calls")
    return f"{{sql}} on {{_conn.dsn}}"

@st.cache_data(hash_funcs={{Conn: lambda c: c.dsn}})
def hashed_query(conn, sql):
    count("hashed_query_calls")
    return f"{{sql}} via {{conn.dsn}}"

if "skip_init" not in st.session_state:
    skip_query.clear()
    hashed_query.clear()
    st.session_state.skip_init = True
sql = st.text_input("sql", "select 1")
nonce = st.session_state.get("nonce", 0)
st.session_state.nonce = nonce + 1
st.write(skip_query(Conn("db1", nonce), sql))
st.write(skip_query(Conn("db2", nonce), sql))
st.write(hashed_query(Conn("db1", nonce), sql))
st.write(hashed_query(Conn("db2", nonce), sql))
st.write("calls", st.session_state.get("skip_query_calls", 0),
         st.session_state.get("hashed_query_calls", 0))
""",
    steps=[
        lambda at: at.text_input[0].input("select 2").run(),
        lambda at: at.text_input[0].input("select 1").run(),
    ],
)

MAX_ENTRIES = Scenario(
    name="caching_max_entries",
    script=f"""
import streamlit as st
{_COUNT}
@st.cache_data(max_entries=2)
def bounded_double(x):
    count("bounded_double_calls")
    return 2 * x

if "bounded_init" not in st.session_state:
    bounded_double.clear()
    st.session_state.bounded_init = True
x = st.selectbox("x", [1, 2, 3])
st.write(bounded_double(x))
st.write("calls", st.session_state.get("bounded_double_calls", 0))
""",
    steps=[
        lambda at: at.selectbox[0].select(2).run(),
        lambda at: at.selectbox[0].select(1).run(),
        lambda at: at.selectbox[0].select(3).run(),
        lambda at: at.selectbox[0].select(2).run(),
        lambda at: at.selectbox[0].select(1).run(),
    ],
)

RESOURCE_VALIDATE = Scenario(
    name="caching_resource_validate",
    script=f"""
import streamlit as st
{_COUNT}
@st.cache_resource(validate=lambda conn: conn["open"])
def validated_connect():
    count("validated_connect_calls")
    return {{"open": True}}

if "validated_init" not in st.session_state:
    validated_connect.clear()
    st.session_state.validated_init = True
conn = validated_connect()
if st.button("close connection"):
    conn["open"] = False
st.write("open", validated_connect()["open"])
st.write("calls", st.session_state.get("validated_connect_calls", 0))
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.run(),
    ],
)

NESTED_AND_METHODS = Scenario(
    name="caching_nested_and_methods",
    script=f"""
import dataclasses
import streamlit as st
{_COUNT}
@dataclasses.dataclass
class Point:
    x: int
    y: int

@st.cache_data
def nested_inner(p):
    count("nested_inner_calls")
    return p.x + p.y

@st.cache_data
def nested_outer(p, scale):
    count("nested_outer_calls")
    return nested_inner(p) * scale

class Repo:
    @st.cache_data
    def lookup(_self, key):
        count("nested_lookup_calls")
        return key * 3

if "nested_init" not in st.session_state:
    nested_inner.clear()
    nested_outer.clear()
    Repo.lookup.clear()
    st.session_state.nested_init = True
scale = st.slider("scale", 1, 5, 2)
st.write(nested_outer(Point(1, 2), scale), nested_inner(Point(1, 2)))
st.write(Repo().lookup("ab"), Repo().lookup("ab"))
st.write("calls", st.session_state.get("nested_inner_calls", 0),
         st.session_state.get("nested_outer_calls", 0),
         st.session_state.get("nested_lookup_calls", 0))
""",
    steps=[
        lambda at: at.slider[0].set_value(3).run(),
        lambda at: at.slider[0].set_value(2).run(),
    ],
)

ERRORS = Scenario(
    name="caching_errors",
    script="""
import threading
import streamlit as st

@st.cache_data
def errors_takes_lock(lock):
    return 1

@st.cache_data
def errors_returns_lock():
    return threading.Lock()

for call in (lambda: errors_takes_lock(threading.Lock()), errors_returns_lock):
    try:
        call()
    except Exception as e:
        st.write(type(e).__name__)
        st.code(str(e))
""",
    steps=[lambda at: at.run()],
)

OUTPUT_REPLAY = Scenario(
    name="caching_output_is_drawn_again_on_hits",
    script="""
import streamlit as st

@st.cache_data
def replay_table(n):
    st.write("computing", n)
    st.sidebar.caption("loaded in the sidebar")
    left, right = st.columns(2)
    right.text("in a column it opened")
    slot = st.empty()
    slot.info("placeholder filled")
    return n * 2

@st.cache_resource
def replay_resource():
    st.success("connected")
    return object()

if "replay_init" not in st.session_state:
    replay_table.clear()
    replay_resource.clear()
    st.session_state.replay_init = True
st.write("first", replay_table(3))
with st.container():
    st.write("second", replay_table(3))
replay_resource()
st.button("again")
""",
    steps=[lambda at: at.button[0].click().run()],
)

# Only the miss is compared: on hits Streamlit also replays the widget itself, which stbundle
# does not (the widget would have no state behind it); both show the warning again.
WIDGET_IN_CACHE = Scenario(
    name="caching_widget_inside_warns_on_a_miss",
    script="""
import streamlit as st

@st.cache_data
def widget_inside():
    st.text("before the widget")
    st.checkbox("inside the cache")
    return 1

widget_inside.clear()
widget_inside()
""",
)

# Scenarios about how cached functions interact with the rest of the runtime (output replay,
# widget warnings): meaningful only with stbundle's runtime around the decorators.
NEEDS_RUNTIME = frozenset({OUTPUT_REPLAY.name, WIDGET_IN_CACHE.name})

SCENARIOS: list[Scenario] = [
    OUTPUT_REPLAY,
    WIDGET_IN_CACHE,
    HITS_ACROSS_RERUNS,
    ARGUMENTS,
    CLEAR,
    COPY_ON_READ,
    UNDERSCORE_AND_HASH_FUNCS,
    MAX_ENTRIES,
    RESOURCE_VALIDATE,
    NESTED_AND_METHODS,
    ERRORS,
]
