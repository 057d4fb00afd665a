"""st.connection beyond what the differential scenarios show: configuration from the secrets'
[connections.<name>] section (URL parts, the type, create_engine_kwargs), `env:` names, the
default ttl option, cache release closing the connection, session scope, and the clear
errors for Snowflake and for a missing driver package."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any, ClassVar

import pytest
from stbundle.runtime_py.connections import BaseConnection
from stbundle.runtime_py.connections.factory import connection

from stbundle.testing import AppTest


def _app(tmp_path: Path, script: str, secrets: str = "") -> Path:
    (tmp_path / ".streamlit").mkdir(exist_ok=True)
    if secrets:
        (tmp_path / ".streamlit" / "secrets.toml").write_text(secrets)
    app = tmp_path / "app.py"
    app.write_text(script)
    return app


def _texts(at: Any) -> list[str]:
    return [m.value for m in at.markdown]


def test_the_secrets_section_configures_the_sql_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "shop.db"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE items (name TEXT, price REAL)")
        db.execute("INSERT INTO items VALUES ('tea', 2.5), ('cake', 4.25)")
    monkeypatch.chdir(tmp_path)
    secrets = (
        f'[connections.shop]\ntype = "sql"\nurl = "sqlite:///{database}"\n'
        "[connections.shop.create_engine_kwargs]\necho = false\n"
    )
    # The type, the URL and create_engine's keywords all come from the secrets.
    script = """
import streamlit as st
conn = st.connection("shop")
st.write(type(conn).__name__, str(conn._secrets.type))
st.write("items:", ", ".join(conn.query("SELECT name FROM items ORDER BY price")["name"]))
"""
    at = AppTest.from_file(_app(tmp_path, script, secrets), default_timeout=30).run()
    assert not at.exception, at.exception
    assert _texts(at) == ["SQLConnection sql", "items: tea, cake"]


def test_an_env_name_and_a_dotted_class_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SHOP_CONNECTION", "from_env")
    (tmp_path / "my_conns.py").write_text(
        "from streamlit.connections import BaseConnection\n"
        "class Const(BaseConnection[str]):\n"
        "    def _connect(self, **kwargs):\n"
        "        return self._connection_name + ':' + kwargs.get('v', '')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    script = """
import streamlit as st
c = st.connection("env:SHOP_CONNECTION", type="my_conns.Const", v="1")
st.write(c._instance)
"""
    at = AppTest.from_file(_app(tmp_path, script), default_timeout=30).run()
    assert _texts(at) == ["from_env:1"]


class _Counting(BaseConnection[int]):
    made: ClassVar[list[str]] = []
    closed: ClassVar[list[str]] = []

    def _connect(self, **kwargs: Any) -> int:
        _Counting.made.append(self._connection_name)
        return len(_Counting.made)

    def close(self) -> None:
        _Counting.closed.append(self._connection_name)


def test_ttl_expiry_releases_and_closes_the_connection() -> None:
    _Counting.made.clear()
    _Counting.closed.clear()
    first = connection("counted", type=_Counting, ttl=0.05)
    assert connection("counted", type=_Counting, ttl=0.05) is first
    time.sleep(0.1)
    second = connection("counted", type=_Counting, ttl=0.05)
    assert second is not first
    assert _Counting.made == ["counted", "counted"] and _Counting.closed == ["counted"]


class _PerSession(BaseConnection[object]):
    @classmethod
    def scope(cls) -> Any:
        return "session"

    def _connect(self, **kwargs: Any) -> object:
        return object()


class _Badly(_PerSession):
    @classmethod
    def scope(cls) -> Any:
        return "tab"


def _remember_connection(seen, connection_type) -> None:  # its source runs as the script
    import streamlit as st

    seen.append(st.connection("per", type=connection_type))


def test_session_scope_gives_each_session_its_own_connection() -> None:
    seen: list[object] = []
    one = AppTest.from_function(_remember_connection, args=(seen, _PerSession)).run()
    two = AppTest.from_function(_remember_connection, args=(seen, _PerSession)).run()
    one.run()
    assert not one.exception and not two.exception, (one.exception, two.exception)
    first, other, again = seen
    assert first is again and first is not other
    with pytest.raises(Exception, match="Invalid `scope` value"):
        connection("bad", type=_Badly)


def test_snowflake_says_it_is_not_supported_and_a_missing_driver_names_its_package() -> None:
    with pytest.raises(Exception, match=r"Snowflake connections .* are not supported by stbundle"):
        connection("sf", type="snowflake")
    with pytest.raises(ModuleNotFoundError, match="install the 'psycopg2-binary' package"):
        connection("pg", type="sql", url="postgresql+psycopg2://u@localhost/db")


def test_the_default_ttl_option_must_be_a_number_of_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[runner]\nconnectionDefaultTTL = "soon"\n'
    )
    script = """
import streamlit as st
from tests.runtime.test_connections import _Counting
st.connection("c", type=_Counting)
"""
    at = AppTest.from_file(_app(tmp_path, script), default_timeout=30).run()
    assert "Invalid `runner.connectionDefaultTTL` value" in at.exception[0].value
