"""Positive and negative snippets for every lint rule (one table, checked by test_rules.py).

Each positive snippet must make its rule fire; each negative one must keep it quiet. Snippets
use different alias forms on purpose so the rules are exercised through alias resolution.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    positive: list[str]
    negative: list[str]
    target: str = "server"
    extra: dict[str, str] = field(default_factory=dict)  # other files beside app.py
    line: int | None = None  # expected line of the first positive's diagnostic
    # Commands the specs would mark "not yet" for this case (every 1.67 command exists now, so
    # XST801 is checked against commands it pretends are missing).
    not_yet: frozenset[str] = frozenset()
    # Parameters the specs would mark "not honoured" for this case (XST802 is checked against
    # these, whether or not a real parameter is still unhonoured).
    not_honoured: dict[str, tuple[str, ...]] = field(default_factory=dict)


CASES: dict[str, Case] = {
    "XST001": Case(
        positive=[
            """\
            import streamlit as st
            if True
                st.write(1)
            """,
        ],
        negative=[
            """\
            import streamlit as st
            if True:
                st.write(1)
            """,
        ],
        line=2,
    ),
    "XST101": Case(
        positive=[
            """\
            import streamlit as st
            if st.button("A"):
                if st.button("B"):
                    st.write("x")
            """,
            """\
            import streamlit as s
            clicked = s.button("A")
            if clicked:
                s.button("B")
            """,
            """\
            from streamlit import button
            if button("A"):
                button("B")
            """,
            """\
            import streamlit as st
            if st.sidebar.button("A"):
                st.sidebar.download_button("B", "data")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            if st.button("A"):
                st.write("x")
            if st.button("B"):
                st.write("y")
            """,
            """\
            import streamlit as st
            if st.button("A") or st.session_state.get("a"):
                st.button("B")
            """,
            """\
            import streamlit as st
            if st.button("A"):
                pass
            else:
                st.button("B")
            """,
        ],
        line=3,
    ),
    "XST102": Case(
        positive=[
            """\
            import streamlit as st
            if st.button("New"):
                name = st.text_input("Name")
            """,
            """\
            import streamlit as st
            c1, c2 = st.columns(2)
            if c1.button("Go"):
                with c2:
                    st.slider("N")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            name = st.text_input("Name")
            if st.button("Save"):
                st.write(name)
            """,
            """\
            import streamlit as st
            if st.checkbox("More"):
                st.text_input("Name")
            """,
        ],
        line=3,
    ),
    "XST103": Case(
        positive=[
            """\
            import streamlit as st
            if st.button("Load"):
                df = [1, 2]
            st.write(df)
            """,
        ],
        negative=[
            """\
            import streamlit as st
            df = None
            if st.button("Load"):
                df = [1, 2]
            st.write(df)
            """,
            """\
            import streamlit as st
            if st.button("Load"):
                df = [1, 2]
                st.write(df)
            """,
            """\
            import streamlit as st
            if st.button("Load"):
                df = [1]
            else:
                df = []
            st.write(df)
            """,
        ],
        line=4,
    ),
    "XST104": Case(
        positive=[
            """\
            import streamlit as st
            st.title("Hi")
            st.rerun()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            if st.session_state.pop("dirty", False):
                st.rerun()
            """,
            """\
            import streamlit as st

            def go():
                st.rerun()
            """,
            """\
            import streamlit as st
            if st.session_state.get("done"):
                st.stop()
            st.session_state.done = True
            st.rerun()
            """,
        ],
        line=3,
    ),
    "XST105": Case(
        positive=[
            """\
            import streamlit as st
            try:
                st.stop()
            except:
                pass
            """,
            """\
            import streamlit as st
            try:
                st.rerun()
            except BaseException:
                st.write('x')
            """,
        ],
        negative=[
            """\
            import streamlit as st
            try:
                st.stop()
            except Exception:
                pass
            """,
            """\
            import streamlit as st
            try:
                st.stop()
            except BaseException:
                raise
            """,
        ],
        line=3,
    ),
    "XST106": Case(
        positive=[
            """\
            import time
            import streamlit as st
            while True:
                st.write(1)
                time.sleep(1)
            """,
            """\
            from time import sleep
            import streamlit as st
            while 1:
                sleep(5)
            """,
        ],
        negative=[
            """\
            import time
            import streamlit as st
            for _ in range(3):
                time.sleep(1)
            """,
            """\
            import streamlit as st
            while True:
                if st.button('x'):
                    break
            """,
        ],
        line=3,
    ),
    "XST107": Case(
        positive=[
            """\
            import streamlit as st
            if st.checkbox('x'):
                st.stop()
                st.write('never')
            """,
        ],
        negative=[
            """\
            import streamlit as st
            if st.checkbox('x'):
                st.write('bye')
                st.stop()
            """,
        ],
        line=4,
    ),
    "XST201": Case(
        positive=[
            """\
            import streamlit as st
            st.session_state.go = True
            st.button("Go", key="go")
            """,
            """\
            import streamlit as st
            st.session_state["up"] = None
            st.file_uploader("File", key="up")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.session_state.name = "x"
            st.text_input("Name", key="name")
            """,
            """\
            import streamlit as st
            st.session_state.msg = "x"
            st.chat_input("Say", key="msg")
            """,
        ],
        line=2,
    ),
    "XST202": Case(
        positive=[
            """\
            import streamlit as st
            st.text_input("Name", key="name")
            if st.button("Clear"):
                st.session_state.name = ""
            """,
        ],
        negative=[
            """\
            import streamlit as st

            def clear():
                st.session_state.name = ""

            st.text_input("Name", key="name")
            st.button("Clear", on_click=clear)
            """,
            """\
            import streamlit as st
            st.session_state.name = "x"
            st.text_input("Name", key="name")
            """,
        ],
        line=4,
    ),
    "XST203": Case(
        positive=[
            """\
            import streamlit as st
            if "n" not in st.session_state:
                st.session_state.n = 5
            st.slider("N", 0, 10, 3, key="n")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.session_state.setdefault("n", 5)
            st.slider("N", key="n")
            """,
            """\
            import streamlit as st
            st.slider("N", value=3, key="n")
            """,
        ],
        line=4,
    ),
    "XST204": Case(
        positive=[
            """\
            import streamlit as st
            st.text_input("First", key="name")
            st.text_input("Last", key="name")
            """,
            """\
            import streamlit as st
            for i in range(3):
                st.text_input("Item", key="item")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            if st.checkbox("a"):
                st.text_input("A", key="x")
            else:
                st.number_input("B", key="x")
            """,
            """\
            import streamlit as st
            for i in range(3):
                st.text_input("Item", key=f"item_{i}")
            """,
        ],
        line=3,
    ),
    "XST205": Case(
        positive=[
            """\
            import streamlit as st
            st.button("Delete")
            st.button("Delete")
            """,
            """\
            import streamlit as st
            for item in ["a", "b"]:
                st.checkbox("Done")
            """,
            """\
            import streamlit as st

            def row():
                st.text_input("Note")

            row()
            row()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.button("Delete")
            st.sidebar.button("Delete")
            """,
            """\
            import streamlit as st
            for item in ["a", "b"]:
                st.checkbox(f"Done {item}")
            """,
            """\
            import streamlit as st

            def row(label):
                st.text_input(label)

            row("a")
            row("b")
            """,
            """\
            import streamlit as st
            if st.checkbox("x"):
                st.button("Go")
            else:
                st.button("Go")
            """,
        ],
        line=3,
    ),
    "XST206": Case(
        positive=[
            """\
            import uuid
            import streamlit as st
            st.text_input("Note", key=str(uuid.uuid4()))
            """,
            """\
            import random
            import streamlit as st
            st.button("x", key=random.random())
            """,
            """\
            from time import time
            import streamlit as st
            st.slider("x", key=f"s{time()}")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            row_id = 3
            st.text_input("Note", key=f"note_{row_id}")
            """,
        ],
        line=3,
    ),
    "XST207": Case(
        positive=[
            """\
            import streamlit as st
            st.session_state.items.append(1)
            """,
            # A keyed expander without on_change holds no state (Streamlit raises KeyError).
            """\
            import streamlit as st
            with st.expander("E", key="exp"):
                st.write(st.session_state.exp)
            """,
        ],
        negative=[
            # Stateful containers: their key holds the open state / selected tab.
            """\
            import streamlit as st
            with st.expander("E", key="exp", on_change="rerun"):
                st.write("x")
            tabs = st.tabs(["a", "b"], key="tb", on_change=lambda: None)
            with st.popover("P", key="pop", on_change="rerun"):
                st.write(st.session_state.exp, st.session_state.tb, st.session_state.pop)
            """,
            """\
            import streamlit as st
            if "items" not in st.session_state:
                st.session_state.items = []
            st.session_state.items.append(1)
            """,
            """\
            import streamlit as st
            st.session_state.get("items")
            """,
            """\
            import streamlit as st
            st.text_input("x", key="name")
            st.write(st.session_state.name)
            """,
            """\
            import streamlit as st
            for k in ["a"]:
                st.session_state[k] = 1
            st.write(st.session_state.b)
            """,
        ],
        line=2,
    ),
    "XST208": Case(
        positive=[
            """\
            import streamlit as st
            if st.checkbox("adv"):
                st.slider("Depth", key="depth")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            if st.checkbox("adv"):
                st.slider("Depth", key="depth", persist_state="page")
            """,
            """\
            import streamlit as st
            st.slider("Depth", key="depth")
            """,
        ],
        line=3,
    ),
    "XST209": Case(
        positive=[
            """\
            import streamlit as st
            import pandas as pd
            df = pd.read_csv("x.csv")
            st.selectbox("City", df["city"].unique())
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.selectbox("City", ["a", "b"])
            """,
            """\
            import streamlit as st
            import pandas as pd
            df = pd.read_csv("x.csv")
            st.selectbox("City", df["city"].unique(), key="city")
            """,
            """\
            import streamlit as st
            st.radio("N", list(range(3)))
            """,
        ],
        line=4,
    ),
    "XST301": Case(
        positive=[
            """\
            import streamlit as st

            def save():
                print("saved")

            st.button("Save", on_click=save())
            """,
        ],
        negative=[
            """\
            import streamlit as st

            def save():
                print("saved")

            st.button("Save", on_click=save)
            """,
            """\
            import streamlit as st

            def make(i):
                def cb():
                    print(i)
                return cb

            st.button("Save", on_click=make(1))
            """,
            """\
            import functools
            import streamlit as st

            def save(i):
                print(i)

            st.button("Save", on_click=functools.partial(save, 1))
            """,
        ],
        line=6,
    ),
    "XST302": Case(
        positive=[
            """\
            import streamlit as st
            items = ["a", "b"]
            for item in items:
                st.button(item, key=item, on_click=lambda: print(item))
            """,
        ],
        negative=[
            """\
            import streamlit as st
            items = ["a", "b"]
            for item in items:
                st.button(item, key=item, on_click=lambda item=item: print(item))
            """,
            """\
            import streamlit as st
            items = ["a", "b"]
            for item in items:
                st.button(item, key=item, on_click=print, args=(item,))
            """,
        ],
        line=4,
    ),
    "XST303": Case(
        positive=[
            """\
            import streamlit as st
            name = st.text_input("Name")
            st.button("Save", on_click=print, args=(name,))
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.text_input("Name", key="name")
            st.button("Save", on_click=lambda: print(st.session_state.name))
            """,
        ],
        line=3,
    ),
    "XST304": Case(
        positive=[
            """\
            import streamlit as st

            def save():
                print(name)

            name = st.text_input("Name")
            st.button("Save", on_click=save)
            """,
        ],
        negative=[
            """\
            import streamlit as st

            def save():
                print(st.session_state.name)

            st.text_input("Name", key="name")
            st.button("Save", on_click=save)
            """,
        ],
        line=4,
    ),
    "XST305": Case(
        positive=[
            """\
            import streamlit as st

            def on_add():
                st.text_input("New")

            st.button("Add", on_click=on_add)
            """,
            """\
            import streamlit as st
            st.button("Add", on_click=lambda: st.checkbox("x"))
            """,
        ],
        negative=[
            """\
            import streamlit as st

            def on_add():
                st.session_state.adding = True

            st.button("Add", on_click=on_add)
            if st.session_state.get("adding"):
                st.text_input("New")
            """,
        ],
        line=4,
    ),
    "XST306": Case(
        positive=[
            """\
            import streamlit as st

            def save():
                print(1)
                st.rerun()

            st.button("Save", on_click=save)
            """,
        ],
        negative=[
            """\
            import streamlit as st

            def save():
                print(1)

            st.button("Save", on_click=save)
            """,
            """\
            import streamlit as st

            def save():
                st.rerun("charts")

            st.button("Save", on_click=save)
            """,
            """\
            import streamlit as st
            if st.button("Again"):
                st.rerun()
            """,
        ],
        line=5,
    ),
    "XST401": Case(
        positive=[
            """\
            import streamlit as st
            with st.form("f"):
                st.text_input("Name")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            with st.form("f"):
                st.text_input("Name")
                st.form_submit_button()
            """,
            """\
            import streamlit as st
            form = st.form("f")
            form.text_input("Name")
            form.form_submit_button("Go")
            """,
            """\
            import streamlit as st

            def fields():
                st.text_input("Name")
                st.form_submit_button()

            with st.form("f"):
                fields()
            """,
        ],
        line=2,
    ),
    "XST402": Case(
        positive=[
            """\
            import streamlit as st
            with st.form("f"):
                st.text_input("Name", on_change=print)
                st.form_submit_button()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            with st.form("f"):
                st.text_input("Name")
                st.form_submit_button(on_click=print)
            """,
            """\
            import streamlit as st
            st.text_input("Name", on_change=print)
            """,
        ],
        line=3,
    ),
    "XST403": Case(
        positive=[
            """\
            import streamlit as st
            with st.form("f"):
                st.text_input("Name")
                st.button("Save")
                st.form_submit_button()
            """,
            """\
            import streamlit as st
            f = st.form("f")
            c1, c2 = f.columns(2)
            c1.download_button("Get", "x")
            f.form_submit_button()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            with st.form("f"):
                st.text_input("Name")
                st.form_submit_button()
            st.button("Save")
            """,
        ],
        line=4,
    ),
    "XST404": Case(
        positive=[
            """\
            import streamlit as st
            with st.form("outer"):
                with st.form("inner"):
                    st.form_submit_button()
                st.form_submit_button()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            with st.form("a"):
                st.form_submit_button()
            with st.form("b"):
                st.form_submit_button()
            """,
        ],
        line=3,
    ),
    "XST405": Case(
        positive=[
            """\
            import streamlit as st
            st.text_input("Name")
            st.form_submit_button("Save")
            """,
        ],
        negative=[
            """\
            import streamlit as st

            def submit():
                st.form_submit_button()

            with st.form("f"):
                submit()
            """,
        ],
        line=3,
    ),
    "XST501": Case(
        positive=[
            """\
            import streamlit as st

            @st.cache_data
            def load():
                n = st.slider("Rows")
                return n
            """,
            """\
            from streamlit import cache_resource
            import streamlit as st

            @cache_resource(ttl=5)
            def conn():
                return st.text_input("DSN")
            """,
        ],
        negative=[
            """\
            @__import__("functools").lru_cache
            def load():
                return 1
            """,
            """\
            import streamlit as st

            @st.cache_data
            def load(n):
                return n

            load(st.slider("Rows"))
            """,
        ],
        line=5,
    ),
    "XST502": Case(
        positive=[
            """\
            import streamlit as st

            @st.cache_resource
            def rows():
                return []

            data = rows()
            data.append(1)
            """,
            """\
            import streamlit as st

            @st.cache_resource
            def table():
                return {}

            t = table()
            t["x"] = 1
            """,
        ],
        negative=[
            """\
            import streamlit as st

            @st.cache_data
            def rows():
                return []

            data = rows()
            data.append(1)
            """,
            """\
            import streamlit as st

            @st.cache_resource
            def rows():
                return []

            data = list(rows())
            data.append(1)
            """,
        ],
        line=8,
    ),
    "XST503": Case(
        positive=[
            """\
            import streamlit as st

            @st.cache_data
            def load():
                return st.session_state.city
            """,
            """\
            import streamlit as st

            @st.cache_data
            def load():
                return city * 2

            city = st.text_input("City")
            """,
        ],
        negative=[
            """\
            import streamlit as st

            @st.cache_data
            def load(city):
                return city

            load(st.session_state.get('city'))
            """,
        ],
        line=5,
    ),
    "XST504": Case(
        positive=[
            """\
            import sqlite3
            import streamlit as st

            @st.cache_data
            def rows(conn: sqlite3.Connection):
                return []
            """,
            """\
            import streamlit as st

            class Db:
                pass

            @st.cache_data
            def rows(db: Db):
                return []
            """,
        ],
        negative=[
            """\
            import sqlite3
            import streamlit as st

            @st.cache_data
            def rows(_conn: sqlite3.Connection):
                return []
            """,
            """\
            import streamlit as st

            @st.cache_data
            def rows(n: int, name: str):
                return []
            """,
            """\
            import streamlit as st

            class Db:
                pass

            @st.cache_data(hash_funcs={Db: id})
            def rows(db: Db):
                return []
            """,
        ],
        line=5,
    ),
    "XST601": Case(
        positive=[
            """\
            import streamlit as st

            @st.fragment(parallel=True)
            def stats():
                st.sidebar.metric("Users", 3)

            stats()
            """,
            """\
            import streamlit as st
            outer = st.container()

            @st.fragment(parallel=True)
            def f():
                outer.text_input("x")

            f()
            """,
        ],
        negative=[
            """\
            import streamlit as st

            @st.fragment
            def stats():
                st.sidebar.metric("Users", 3)

            stats()
            """,
            """\
            import streamlit as st

            @st.fragment(parallel=True)
            def stats():
                c = st.container()
                c.metric("Users", 3)

            stats()
            """,
        ],
        line=5,
    ),
    "XST602": Case(
        positive=[
            """\
            import streamlit as st

            @st.fragment
            @st.cache_data
            def panel():
                st.write(1)

            panel()
            """,
            """\
            import streamlit as st

            @st.cache_resource
            @st.fragment(run_every=5)
            def panel():
                st.write(1)
            """,
        ],
        negative=[
            """\
            import streamlit as st

            @st.cache_data
            def data():
                return 1

            @st.fragment
            def panel():
                st.write(data())

            panel()
            """,
        ],
        line=3,
    ),
    "XST603": Case(
        positive=[
            """\
            import streamlit as st

            @st.fragment
            def pick():
                return st.selectbox("City", ["a"])

            city = pick()
            """,
        ],
        negative=[
            """\
            import streamlit as st

            @st.fragment
            def pick():
                st.selectbox("City", ["a"], key="city")

            pick()
            """,
        ],
        line=7,
    ),
    "XST604": Case(
        positive=[
            """\
            import streamlit as st
            if st.button("Refresh"):
                st.rerun(scope="fragment")
            """,
        ],
        negative=[
            """\
            import streamlit as st

            @st.fragment
            def panel():
                if st.button("Refresh"):
                    st.rerun(scope="fragment")

            panel()
            """,
            """\
            import streamlit as st

            def refresh():
                st.rerun(scope="fragment")

            @st.fragment
            def panel():
                if st.button("Refresh"):
                    refresh()

            panel()
            """,
        ],
        line=3,
    ),
    "XST605": Case(
        positive=[
            """\
            import streamlit as st

            class Item:
                pass

            st.session_state.item = Item()
            """,
            """\
            import streamlit as st

            class Item:
                pass

            if isinstance(st.session_state.get('i'), Item):
                st.write(1)
            """,
        ],
        negative=[
            """\
            import streamlit as st
            from models import Item

            st.session_state.item = Item()
            if isinstance(st.session_state.item, Item):
                st.write(1)
            """,
        ],
        extra={"models.py": "class Item:\n    pass\n"},
        line=6,
    ),
    "XST606": Case(
        positive=[
            """\
            import streamlit as st
            st.experimental_rerun()
            """,
            """\
            import streamlit as st

            @st.cache
            def load():
                return 1
            """,
            """\
            from streamlit import experimental_get_query_params
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.rerun()
            st.query_params.get('x')
            """,
        ],
        line=2,
    ),
    "XST701": Case(
        positive=[
            """\
            import threading
            import streamlit as st
            threading.Thread(target=print).start()
            """,
            """\
            import subprocess
            subprocess.run(['ls'])
            """,
            """\
            from concurrent.futures import ThreadPoolExecutor
            ThreadPoolExecutor(2)
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.write(sum(range(3)))
            """,
        ],
        target="pyodide",
        line=3,
    ),
    "XST702": Case(
        positive=[
            """\
            import requests
            requests.get("https://example.com")
            """,
            """\
            from urllib.request import urlopen
            urlopen("https://example.com")
            """,
        ],
        negative=[
            """\
            import json
            json.loads("{}")
            """,
        ],
        target="pyodide",
        line=2,
    ),
    "XST703": Case(
        positive=[
            """\
            import time
            time.sleep(1)
            """,
        ],
        negative=[
            """\
            import time
            time.monotonic()
            """,
        ],
        target="pyodide",
        line=2,
    ),
    "XST705": Case(
        positive=[
            """\
            import streamlit as st
            pages = [st.Page(lambda: None, title=f"P{n}", url_path=f"p{n}") for n in range(3)]
            st.navigation(pages).run()
            """,
            """\
            import streamlit as st
            names = ["a", "b"]
            st.navigation([st.Page("home.py"), *[st.Page(f"pages/{n}.py") for n in names]]).run()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            def home(): pass
            pages = [st.Page(home), st.Page("pages/a.py"), st.Page(lambda: None, url_path="b")]
            pages.append(st.Page("https://example.org", title="Docs"))
            pages.append(st.Page(lambda: None, title="Start", default=True))
            st.navigation(pages).run()
            """,
        ],
        target="pyodide",
        line=2,
    ),
    "XST704": Case(
        positive=[
            """\
            import streamlit as st
            import psycopg2
            """,
            """\
            import streamlit as st
            from torch import nn
            """,
        ],
        negative=[
            """\
            import streamlit as st
            import numpy as np
            import pandas
            import sqlite3
            try:
                import psycopg2
            except ImportError:
                psycopg2 = None
            """,
        ],
        target="pyodide",
        line=2,
    ),
    "XST801": Case(
        positive=[
            """\
            import streamlit as st
            st.connection("db")
            """,
            """\
            import streamlit as s
            left, right = s.columns(2)
            right.echarts_chart({})
            """,
            """\
            from streamlit import connection
            """,
            """\
            import streamlit as st
            with st.sidebar:
                st.pdf(b"")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.table_of_contents = 1
            st.write([1, 2])
            """,
        ],
        line=2,
        not_yet=frozenset({"connection", "echarts_chart", "pdf"}),
    ),
    "XST802": Case(
        positive=[
            """\
            import streamlit as st
            st.dataframe([1, 2], lazy=True)
            """,
            """\
            import streamlit as s
            with s.sidebar:
                s.dataframe([3], lazy=True)
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.button("Save", key="save")
            """,
        ],
        line=2,
        not_honoured={"dataframe": ("lazy",)},
    ),
    "XST607": Case(
        positive=[
            """\
            import streamlit as st
            pg = st.navigation([st.Page("pages/reprts.py")])
            pg.run()
            """,
            """\
            import streamlit as xx
            xx.navigation({"Main": ["home.py", "missing.py"]}).run()
            """,
            """\
            import streamlit as st
            if st.button("Reports"):
                st.switch_page("pages/reprts.py")
            """,
            """\
            import streamlit as st
            st.page_link(page="pages/gone.py", label="Gone")
            """,
        ],
        negative=[
            """\
            import streamlit as st
            pg = st.navigation([st.Page("pages/reports.py"), st.Page("home.py")])
            pg.run()
            """,
            """\
            import streamlit as st
            pg = st.navigation([st.Page("home.py"), st.Page("https://example.org", title="Docs")])
            pg.run()
            """,
            """\
            import streamlit as st
            st.page_link("https://example.org", label="Docs")
            st.page_link("pages/reports.py")
            if st.button("Home"):
                st.switch_page("home.py")
            st.switch_page(st.session_state.get("next", "home.py"))
            """,
        ],
        extra={"pages/reports.py": "import streamlit as st\n", "home.py": "import streamlit\n"},
        line=2,
    ),
    "XST608": Case(
        positive=[
            """\
            import streamlit as st
            st.navigation([st.Page("admin/settings.py"), st.Page("user/settings.py")]).run()
            """,
            """\
            from streamlit import Page, navigation
            def report():
                pass
            navigation([Page(report), Page("other.py", url_path="/report/")]).run()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.navigation(
                [st.Page("admin/settings.py"), st.Page("user/settings.py", url_path="user")]
            ).run()
            """,
            """\
            import streamlit as st
            if st.session_state.get("admin"):
                page = st.Page("admin/settings.py")
            else:
                page = st.Page("user/settings.py")
            st.navigation([page]).run()
            """,
            """\
            import streamlit as st
            pg = st.navigation([st.Page("admin/settings.py")])
            pg = st.navigation([st.Page("admin/settings.py"), "other.py"])
            pg.run()
            """,
        ],
        extra={"admin/settings.py": "", "user/settings.py": "", "other.py": ""},
        line=2,
    ),
    "XST609": Case(
        positive=[
            """\
            import streamlit as st
            pg = st.navigation(["a.py", "b.py"])
            if st.session_state.get("admin"):
                pg = st.navigation(["a.py", "b.py", "admin.py"])
            pg.run()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            if st.session_state.get("admin"):
                pg = st.navigation(["a.py", "b.py", "admin.py"])
            else:
                pg = st.navigation(["a.py", "b.py"])
            pg.run()
            """,
        ],
        extra={"a.py": "", "b.py": "", "admin.py": ""},
        line=4,
    ),
    "XST610": Case(
        positive=[
            """\
            import streamlit as st
            def home():
                st.navigation([home, settings])
                st.title("Home")
            def settings():
                st.title("Settings")
            home()
            """,
            """\
            import streamlit as st
            for pages in (["two.py"], ["pages/one.py", "two.py"]):
                pg = st.navigation(pages)
            pg.run()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            def home():
                st.title("Home")
            st.navigation([home, "two.py"]).run()
            """,
        ],
        extra={
            "pages/one.py": "import streamlit as st\nst.navigation(['two.py'])\n",
            "two.py": "import streamlit as st\n",
        },
        line=3,
    ),
    "XST611": Case(
        positive=[
            """\
            import streamlit as st
            st.navigation([st.Page("home.py"), st.Page("reports/assets.py")]).run()
            """,
            """\
            import streamlit as st
            def home():
                pass
            st.navigation([home, st.Page(home, title="Files", url_path="/Pyodide/")]).run()
            """,
        ],
        negative=[
            """\
            import streamlit as st
            st.navigation(
                [st.Page("home.py"), st.Page("reports/assets.py", url_path="our-assets")]
            ).run()
            """,
            """\
            import streamlit as st
            st.navigation(
                [st.Page("reports/assets.py", default=True),
                 st.Page("https://example.org/pyodide", title="Pyodide", url_path="pyodide")]
            ).run()
            """,
        ],
        extra={"home.py": "", "reports/assets.py": ""},
        line=2,
    ),
    "XST612": Case(
        positive=[
            """\
            import streamlit as st

            @st.dialog("Details")
            def details():
                st.write("more")

            @st.fragment(parallel=True)
            def card():
                details()

            card()
            """,
            # Reached through the app's own function, and st.switch_page under another alias.
            """\
            import streamlit
            from streamlit import fragment

            def leave():
                streamlit.switch_page("pages/other.py")

            @fragment(parallel=True)
            def card():
                streamlit.metric("Users", 3)
                leave()

            card()
            """,
        ],
        negative=[
            # Behind a button: runs only in a fragment-only rerun, on the script's thread.
            """\
            import streamlit as st

            @st.dialog("Details")
            def details():
                st.write("more")

            @st.fragment(parallel=True)
            def card():
                if st.button("More"):
                    details()

            card()
            """,
            # Not parallel; and a helper reached only behind a button.
            """\
            import streamlit as st

            def leave():
                st.switch_page("pages/other.py")

            @st.fragment
            def plain():
                leave()

            @st.fragment(parallel=True)
            def card():
                if st.button("Go"):
                    leave()

            plain()
            card()
            """,
            # In a callback, which runs before the next run, not in the body.
            """\
            import streamlit as st

            @st.fragment(parallel=True)
            def card():
                st.button("Go", on_click=lambda: st.switch_page("pages/other.py"))

            card()
            """,
        ],
        extra={"pages/other.py": "import streamlit as st\n"},
        line=9,
    ),
}
