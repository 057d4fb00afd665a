"""st.cache_data / st.cache_resource through their decorators: hits, misses, keys, limits.

Hits and misses are counted by side effects inside the cached functions; time is a
monkeypatched clock, never a sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from stbundle.runtime_py import api_hooks, caching
from stbundle.runtime_py.caching import (
    CachedFunctionReturnedAwaitableError,
    SessionScopeError,
    UnhashableParamError,
    UnserializableReturnValueError,
    UserHashError,
    cache_data,
    cache_resource,
    storage,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    cache_data.clear()
    cache_resource.clear()
    yield
    # Put back the runtime's own hooks (tests here replace them): later tests in the process
    # run apps that need them, such as session-scoped caches.
    api_hooks.install()
    cache_data.clear()
    cache_resource.clear()


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(storage, "clock", fake)
    return fake


# --- decorator forms and keys ---------------------------------------------------------


def test_bare_empty_and_configured_decorators_all_cache() -> None:
    calls: list[str] = []

    @cache_data
    def bare(x: int) -> int:
        calls.append("bare")
        return x

    @cache_data()
    def empty(x: int) -> int:
        calls.append("empty")
        return x

    @cache_resource(ttl=60, max_entries=10, show_spinner=False, hash_funcs={})
    def configured(x: int) -> int:
        calls.append("configured")
        return x

    for _ in range(3):
        assert (bare(1), empty(2), configured(3)) == (1, 2, 3)
    assert calls == ["bare", "empty", "configured"]


def test_keys_pair_positional_names_with_keywords_like_streamlit() -> None:
    calls: list[tuple[int, int]] = []

    @cache_data
    def add(a: int = 1, b: int = 2) -> int:
        calls.append((a, b))
        return a + b

    add(1)
    add(a=1)  # same entry: position 0 is named "a"
    add(1, 2)
    add(a=1, b=2)  # same entry as add(1, 2)
    add()  # not add(1): Streamlit does not fill in defaults
    assert len(calls) == 3


def test_values_of_different_types_get_different_entries() -> None:
    calls: list[Any] = []

    @cache_data
    def echo(v: Any) -> str:
        calls.append(v)
        return repr(v)

    values: list[Any] = [1, 1.0, True, "1", b"1", [1], (1,), {1}, {1: 1}, None, ["ab", "c"]]
    values.append(["a", "bc"])
    for v in values + values:
        echo(v)
    assert len(calls) == len(values)


def test_underscore_parameters_are_not_hashed() -> None:
    calls: list[str] = []

    @cache_data
    def query(_conn: object, sql: str) -> str:
        calls.append(sql)
        return sql

    query(threading.Lock(), "a")  # unhashable, but skipped
    query(threading.Lock(), "a")
    query(object(), sql="a")
    query(object(), "b")
    assert calls == ["a", "b"]


def test_unhashable_argument_error_names_function_parameter_type_and_fix() -> None:
    @cache_data
    def load(conn: object) -> int:
        return 1

    with pytest.raises(UnhashableParamError) as info:
        load(threading.Lock())
    assert str(info.value) == (
        "Cannot hash argument 'conn' (of type `_thread.lock`) in 'load'.\n\n"
        "To address this, you can tell Streamlit not to hash this argument by adding a\n"
        "leading underscore to the argument's name in the function signature:\n\n"
        "```\n@st.cache_data\ndef load(_conn, ...):\n    ...\n```\n            "
    )


def test_unhashable_unnamed_argument_in_resource_cache() -> None:
    @cache_resource
    def connect(*args: object) -> int:
        return 1

    with pytest.raises(UnhashableParamError) as info:
        connect(x for x in range(1))
    message = str(info.value)
    assert "Cannot hash argument '(unnamed)' (of type `builtins.generator`)" in message
    assert "@st.cache_resource\ndef connect(_arg, ...):" in message


def test_hash_funcs_by_type_and_by_qualified_name() -> None:
    class Conn:
        def __init__(self, dsn: str) -> None:
            self.dsn = dsn
            self.lock = threading.Lock()  # unhashable without hash_funcs

    calls: list[str] = []

    @cache_data(hash_funcs={Conn: lambda c: c.dsn})
    def by_type(conn: Conn) -> str:
        calls.append(conn.dsn)
        return conn.dsn

    name = f"{Conn.__module__}.{Conn.__qualname__}"

    @cache_data(hash_funcs={name: lambda c: c.dsn})
    def by_name(conn: Conn) -> str:
        calls.append("name:" + conn.dsn)
        return conn.dsn

    for dsn in ("a", "a", "b"):
        by_type(Conn(dsn))
        by_name(Conn(dsn))
    assert calls == ["a", "name:a", "b", "name:b"]
    with pytest.raises(UnhashableParamError):
        cache_data(lambda conn: 1)(Conn("a"))


def test_failing_hash_func_raises_user_hash_error() -> None:
    def broken(value: int) -> int:
        raise RuntimeError("boom")

    @cache_data(hash_funcs={int: broken})
    def f(x: int) -> int:
        return x

    with pytest.raises(UserHashError) as info:
        f(1)
    message = str(info.value)
    assert message.startswith("boom\n\nThis error is likely due to a bug in `broken()`")
    assert "`@st.cache_data` decorator of\n`f()`." in message
    assert "Object of type builtins.int: 1" in message


def test_structured_arguments_hash_by_value() -> None:
    import dataclasses
    import datetime
    import enum
    import pathlib

    class Color(enum.Enum):
        RED = 1
        BLUE = 2

    @dataclasses.dataclass
    class Point:
        x: int
        y: int

    calls: list[Any] = []

    @cache_data
    def f(v: Any) -> int:
        calls.append(v)
        return 1

    distinct: list[Any] = [
        Point(1, 2),
        Point(2, 1),
        Color.RED,
        Color.BLUE,
        datetime.datetime(2024, 1, 1, 12),
        datetime.date(2024, 1, 1),
        datetime.time(12, 30),
        timedelta(seconds=5),
        pathlib.Path("/tmp/a"),
        pathlib.Path("/tmp/b"),
        frozenset({"x", "y"}),
        {"nested": [1, {"deep": (2, 3)}]},
    ]
    for v in distinct:
        f(v)
    for v in [Point(1, 2), Color.RED, pathlib.Path("/tmp/a"), frozenset({"y", "x"})]:
        f(v)  # equal values made anew: all hits
    assert len(calls) == len(distinct)


def test_functions_hash_by_code_and_captured_values() -> None:
    def make_adder(n: int) -> Any:
        return lambda x: x + n

    calls: list[Any] = []

    @cache_data
    def apply(fn: Any, x: int) -> int:
        calls.append(fn)
        return int(fn(x))

    assert apply(make_adder(1), 1) == 2
    assert apply(make_adder(1), 1) == 2  # a new closure over the same value: hit
    assert apply(make_adder(2), 1) == 3
    assert apply(len, [1]) == apply(len, [1]) == 1  # builtins hash by name
    assert len(calls) == 3


def test_cyclic_arguments_hash_without_recursing_forever() -> None:
    calls: list[Any] = []

    @cache_data
    def f(v: Any) -> int:
        calls.append(v)
        return 1

    a: list[Any] = [1]
    a.append(a)
    d: dict[str, Any] = {}
    d["self"] = d
    f(a)
    f(a)
    f(d)
    assert len(calls) == 2


def test_objects_hash_through_their_pickled_state() -> None:
    class Settings:
        def __init__(self, level: int) -> None:
            self.level = level

    calls: list[int] = []

    @cache_data
    def f(s: Settings) -> int:
        calls.append(s.level)
        return s.level

    f(Settings(1))
    f(Settings(1))
    f(Settings(2))
    assert calls == [1, 2]


def test_exceptions_are_not_cached() -> None:
    calls: list[int] = []

    @cache_data
    def flaky() -> int:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("first call fails")
        return 2

    with pytest.raises(RuntimeError):
        flaky()
    assert flaky() == flaky() == 2
    assert len(calls) == 2


# --- cache_data values ------------------------------------------------------------------


def test_cache_data_returns_copies() -> None:
    @cache_data
    def items() -> list[str]:
        return ["a"]

    first = items()
    first.append("caller's own")  # the miss hands back the computed object itself
    second = items()
    second.append("mutated")
    assert items() == ["a"]
    assert items() is not items()


def test_unserializable_return_value_error_text() -> None:
    @cache_data
    def make_lock() -> Any:
        return threading.Lock()

    with pytest.raises(UnserializableReturnValueError) as info:
        make_lock()
    lines = str(info.value).split("\n")
    assert lines[0] == ""
    assert lines[1] == "            Cannot serialize the return value (of type `_thread.lock`)"
    assert lines[2] == "            in `make_lock()`. `st.cache_data` uses"
    assert "use `st.cache_resource`" in lines[7]


# --- cache_resource values ---------------------------------------------------------------


def test_cache_resource_shares_one_object() -> None:
    @cache_resource
    def connect(dsn: str) -> dict[str, str]:
        return {"dsn": dsn}

    conn = connect("a")
    conn["state"] = "mutated"
    assert connect("a") is conn
    assert connect("a")["state"] == "mutated"
    assert connect("b") is not conn


def test_cache_resource_validate_recomputes_rejected_objects() -> None:
    created: list[dict[str, bool]] = []
    released: list[dict[str, bool]] = []

    @cache_resource(validate=lambda c: c["open"], on_release=released.append)
    def connect() -> dict[str, bool]:
        created.append({"open": True})
        return created[-1]

    first = connect()
    assert connect() is first
    first["open"] = False
    second = connect()
    assert second is not first and len(created) == 2
    assert released == []  # like Streamlit, a rejected object is dropped unreleased
    connect.clear()
    assert released == [second]


def test_on_release_runs_on_eviction(clock: FakeClock) -> None:
    released: list[int] = []

    @cache_resource(max_entries=1, ttl=10, on_release=released.append)
    def res(x: int) -> int:
        return x

    res(1)
    res(2)  # evicts 1
    assert released == [1]
    clock.now += 10
    res(3)  # the expired 2 is reaped on write
    assert released == [1, 2]


# --- clear -----------------------------------------------------------------------------


def test_clear_function_one_key_and_all_of_a_kind() -> None:
    calls: list[str] = []

    @cache_data
    def data(x: int) -> int:
        calls.append(f"data{x}")
        return x

    @cache_resource
    def res() -> object:
        calls.append("res")
        return object()

    def run_all() -> None:
        data(1)
        data(2)
        res()

    run_all()
    data.clear(1)
    run_all()
    assert calls[3:] == ["data1"]
    data.clear()
    run_all()
    assert calls[4:] == ["data1", "data2"]
    cache_resource.clear()  # leaves data caches alone
    run_all()
    assert calls[6:] == ["res"]
    cache_data.clear()
    run_all()
    assert calls[7:] == ["data1", "data2"]


# --- invalidation ----------------------------------------------------------------------


def test_changed_source_gets_a_new_cache() -> None:
    def version_one() -> int:
        return 1

    def version_two() -> int:
        return 2

    # Same module and qualname, different bodies: as if the script was edited.
    version_two.__qualname__ = version_one.__qualname__
    first = cache_data(version_one)
    second = cache_data(version_two)
    assert first() == 1
    assert second() == 2
    assert cache_data(version_one)() == 1


def test_without_source_the_bytecode_and_constants_decide() -> None:
    def compile_function(body: str) -> Any:
        namespace: dict[str, Any] = {"__name__": "app_script"}
        exec(compile(f"def f():\n    {body}\n", "<no file>", "exec"), namespace)
        return namespace["f"]

    assert cache_data(compile_function("return 1"))() == 1
    assert cache_data(compile_function("return 1"))() == 1  # a rerun: same key
    assert cache_data(compile_function("return 2"))() == 2


def test_changed_parameters_get_a_new_cache() -> None:
    calls: list[int] = []

    def load() -> int:
        calls.append(1)
        return 1

    cache_data(max_entries=5)(load)()
    cache_data(max_entries=5)(load)()
    cache_data(max_entries=6)(load)()
    assert len(calls) == 2


# --- ttl and limits -------------------------------------------------------------------


@pytest.mark.parametrize("ttl", [60, 60.0, timedelta(minutes=1), "1m", "60s", "1 minute"])
def test_ttl_expires_entries(clock: FakeClock, ttl: Any) -> None:
    calls: list[int] = []

    @cache_data(ttl=ttl)
    def f() -> int:
        calls.append(1)
        return 1

    f()
    clock.now += 59.9
    f()
    assert len(calls) == 1
    clock.now += 0.1
    f()
    assert len(calls) == 2


def test_max_entries_evicts_least_recently_used() -> None:
    calls: list[int] = []

    @cache_data(max_entries=2)
    def f(x: int) -> int:
        calls.append(x)
        return x

    f(1)
    f(2)
    f(1)  # hit: 1 becomes the most recently used
    f(3)  # evicts 2
    f(1)
    f(2)
    assert calls == [1, 2, 3, 2]


def test_max_size_evicts_by_pickled_bytes() -> None:
    calls: list[int] = []

    @cache_data(max_size="1KB")
    def blob(n: int) -> bytes:
        calls.append(n)
        return bytes(400)

    blob(1)
    blob(2)
    blob(3)  # 3 * ~430 bytes > 1024: drops 1
    blob(2)
    blob(1)
    assert calls == [1, 2, 3, 1]


def test_max_entries_zero_refuses_to_store_like_streamlit() -> None:
    @cache_data(max_entries=0)
    def f() -> int:
        return 1

    with pytest.raises(ValueError, match="value too large"):
        f()


# --- methods and wrapping --------------------------------------------------------------


def test_methods_hash_self_unless_named_underscore_self() -> None:
    calls: list[str] = []

    class Repo:
        def __init__(self, name: str) -> None:
            self.name = name

        @cache_data
        def hashed(self, key: str) -> str:
            calls.append(f"{self.name}.hashed({key})")
            return self.name + key

        @cache_data
        def shared(_self, key: str) -> str:
            calls.append(f"{_self.name}.shared({key})")
            return key

        @staticmethod
        @cache_data
        def static(key: str) -> str:
            calls.append(f"static({key})")
            return key

    a, b = Repo("a"), Repo("b")
    assert a.hashed("k") == "ak" and b.hashed("k") == "bk" and Repo("a").hashed("k") == "ak"
    assert a.shared("k") == b.shared("k") == "k"
    assert a.static("k") == Repo.static("k") == "k"
    assert calls == ["a.hashed(k)", "b.hashed(k)", "a.shared(k)", "static(k)"]
    a.hashed.clear("k")  # only a's entry
    a.hashed("k")
    b.hashed("k")
    Repo.hashed.clear()
    b.hashed("k")
    assert calls[4:] == ["a.hashed(k)", "b.hashed(k)"]


def test_decorated_function_keeps_its_identity() -> None:
    def original(x: int) -> int:
        """Docs."""
        return x

    wrapped = cache_data(original)
    assert wrapped.__wrapped__ is original
    assert wrapped.__name__ == "original"
    assert wrapped.__doc__ == "Docs."
    assert wrapped.__qualname__ == original.__qualname__


# --- spinner ---------------------------------------------------------------------------


def test_spinner_hook_shows_streamlit_text_on_misses_of_the_outer_call_only() -> None:
    shown: list[str] = []

    @contextlib.contextmanager
    def hook(text: str) -> Iterator[None]:
        shown.append(text)
        yield

    @cache_data
    def inner(x: int) -> int:
        return x

    @cache_data
    def outer() -> int:
        return inner(1) + inner(2)

    @cache_data(show_spinner="Loading data...")
    def custom() -> int:
        return 1

    @cache_resource(show_spinner=False)
    def quiet() -> int:
        return 1

    outer()  # no hook installed: nothing shown, nothing fails
    outer.clear()
    inner.clear()
    caching.set_spinner_hook(hook)
    outer()
    outer()
    inner(3)
    custom()
    quiet()
    q = f"{test_spinner_hook_shows_streamlit_text_on_misses_of_the_outer_call_only.__name__}"
    assert shown == [
        f"Running `{q}.<locals>.outer()`.",
        f"Running `{q}.<locals>.inner(...)`.",
        "Loading data...",
    ]


# --- concurrency, async, scopes --------------------------------------------------------


def test_concurrent_misses_compute_once() -> None:
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    @cache_resource
    def slow() -> object:
        calls.append(1)
        started.set()
        release.wait(5)
        return object()

    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(slow())) for _ in range(3)]
    threads[0].start()
    started.wait(5)
    for t in threads[1:]:
        t.start()
    release.set()
    for t in threads:
        t.join(5)
    assert len(calls) == 1
    assert len(results) == 3 and all(r is results[0] for r in results)


def test_async_functions_cache_their_awaited_result() -> None:
    calls: list[int] = []

    @cache_data
    async def fetch(x: int) -> list[int]:
        calls.append(x)
        return [x]

    async def main() -> list[list[int]]:
        return [await fetch(1), await fetch(1), await fetch(2)]

    assert asyncio.run(main()) == [[1], [1], [2]]
    assert calls == [1, 2]


def test_sync_function_returning_a_coroutine_is_rejected() -> None:
    async def work() -> int:
        return 1

    @cache_data
    def forgot_await() -> Any:
        return work()

    with pytest.raises(CachedFunctionReturnedAwaitableError, match="returned an awaitable"):
        forgot_await()


def test_session_scope_keeps_one_cache_per_session() -> None:
    calls: list[str] = []
    session = {"id": "s1"}

    @cache_data(scope="session")
    def per_session() -> str:
        calls.append(session["id"])
        return session["id"]

    with pytest.raises(SessionScopeError):
        per_session()
    caching.set_session_id_provider(lambda: session["id"])
    assert per_session() == "s1"
    session["id"] = "s2"
    assert per_session() == "s2"
    session["id"] = "s1"
    assert per_session() == "s1"
    caching.clear_session("s1")
    per_session()
    assert calls == ["s1", "s2", "s1"]
