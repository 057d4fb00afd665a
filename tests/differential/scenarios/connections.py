"""Differential scenarios for st.connection: the SQL connection over SQLAlchemy (an in-memory
SQLite database: sessions, cached queries with parameters, the engine's facts), a custom
BaseConnection subclass, and the factory's errors."""

from __future__ import annotations

from tests.differential.scenario import Scenario

SQL = Scenario(
    name="connection_sql",
    script="""
import streamlit as st
from sqlalchemy import text

from sqlalchemy.pool import StaticPool

# One in-memory database shared by the runs' threads.
conn = st.connection(
    "pets_db", type="sql", url="sqlite://", poolclass=StaticPool,
    connect_args={"check_same_thread": False},
)
with conn.session as s:
    s.execute(text("CREATE TABLE IF NOT EXISTS pets (name TEXT, owner TEXT, age INTEGER)"))
    s.execute(text("DELETE FROM pets"))
    rows = "('Fido', 'Ann', 3), ('Rex', 'Bo', 5), ('Tom', 'Bo', 1)"
    s.execute(text(f"INSERT INTO pets VALUES {rows}"))
    s.commit()
st.dataframe(conn.query("SELECT * FROM pets ORDER BY name"))
by_owner = "SELECT name, age FROM pets WHERE owner = :owner ORDER BY age"
bo = conn.query(by_owner, params={"owner": "Bo"})
st.write(bo)
st.write(type(conn).__name__, conn.driver, str(conn.engine.url), conn.scope())
again = st.connection(
    "pets_db", type="sql", url="sqlite://", poolclass=StaticPool,
    connect_args={"check_same_thread": False},
)
st.write("same object on a second call:", again is conn)
if st.button("Add a pet"):
    with conn.session as s:
        s.execute(text("INSERT INTO pets VALUES ('Zed', 'Cy', 9)"))
        s.commit()
    # A cached query does not see the new row; a query with ttl=0 reads again.
    st.write("cached:", len(conn.query("SELECT * FROM pets ORDER BY name")))
    st.write("fresh:", len(conn.query("SELECT * FROM pets", ttl=0)))
""",
    steps=[lambda at: at.button[0].click().run()],
)

CUSTOM = Scenario(
    name="connection_custom_class",
    script="""
import streamlit as st
from streamlit.connections import BaseConnection

class Echo(BaseConnection[dict]):
    def _connect(self, **kwargs):
        return {"made_with": kwargs, "name": self._connection_name}

    def made_with(self):
        return self._instance["made_with"]

c = st.connection("echo", type=Echo, greeting="hi", n=2)
st.write(c.made_with(), c._instance["name"], str(c._secrets.to_dict()))
try:
    c.keys
except AttributeError as e:
    st.write("AttributeError", str(e))
c.reset()
st.write("made again:", c.made_with())
""",
)

ERRORS = Scenario(
    name="connection_errors",
    script="""
import streamlit as st
for call in [
    lambda: st.connection("snowpark"),
    lambda: st.connection("x", type="snowpark"),
    lambda: st.connection("y", type=int),
    lambda: st.connection("z", type="sql"),
    lambda: st.connection("w", type="sql", dialect="postgresql", username="u"),
    lambda: st.connection("v", type="mystery"),
    lambda: st.connection("no_such_entry"),
]:
    try:
        call()
        st.write("no error")
    except Exception as e:
        # Messages naming classes or file paths differ by product; the type is compared.
        shown = str(e) if "class" not in str(e) and "/" not in str(e) else "..."
        st.write(type(e).__name__, shown)
""",
)

SCENARIOS = [SQL, CUSTOM, ERRORS]
