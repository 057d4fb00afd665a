"""A multipage app under real Streamlit's AppTest and stbundle's: first page, st.switch_page from
a button, AppTest.switch_page to a file page, back to the entry script; state kept where
Streamlit keeps it and widget state dropped where it drops it."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest as StreamlitAppTest

from stbundle.testing import AppTest as StbundleAppTest
from tests.differential.scenario import Step
from tests.differential.snapshot import snapshot

# The entry script draws nothing besides running the page: Streamlit 1.67's
# AppTest.switch_page drops what the entry script draws on the run that switches.
ENTRY = """
import streamlit as st

def home():
    st.title("Home")
    st.checkbox("remember", key="remember")
    st.session_state.setdefault("visits", 0)
    st.session_state.visits += 1
    if st.button("Open settings"):
        st.switch_page("pages/02_⚙️_settings.py")
    st.page_link("pages/stats.py")
    st.page_link("pages/02_⚙️_settings.py", label="Settings page", query_params={"a": "1"})
    st.sidebar.page_link("https://example.com", label="Docs", icon="📘")

pg = st.navigation(
    {"Main": [st.Page(home, icon="🏠")],
     "Tools": [st.Page("pages/02_⚙️_settings.py"), st.Page("pages/stats.py", title="Stats")]}
)
pg.run()
"""

SETTINGS = """
import streamlit as st
st.header("Settings")
st.write("visits", st.session_state.visits, "remember" in st.session_state)
st.slider("level", 0, 10, 3, key="level")
"""

STATS = """
import streamlit as st
st.header("Stats")
st.write("level" in st.session_state, st.session_state.get("visits"))
"""


@pytest.fixture(autouse=True)
def quiet_streamlit() -> Iterator[None]:
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


def _app(folder: Path) -> Path:
    (folder / "pages").mkdir(parents=True)
    (folder / "app.py").write_text(ENTRY, encoding="utf-8")
    (folder / "pages" / "02_⚙️_settings.py").write_text(SETTINGS, encoding="utf-8")
    (folder / "pages" / "stats.py").write_text(STATS, encoding="utf-8")
    return folder / "app.py"


def _snapshots(app_test: Any, entry: Path, steps: list[Step]) -> list[dict[str, Any]]:
    at = app_test.from_file(str(entry), default_timeout=30).run()
    snaps = [snapshot(at)]
    for step in steps:
        step(at)
        snaps.append(snapshot(at))
    return snaps


def _compare(make_app: Callable[[Path], Path], tmp_path: Path, steps: list[Step]) -> None:
    expected = _snapshots(StreamlitAppTest, make_app(tmp_path / "streamlit"), steps)
    actual = _snapshots(StbundleAppTest, make_app(tmp_path / "stbundle"), steps)
    for step, (want, got) in enumerate(zip(expected, actual, strict=True)):
        assert got == want, f"after step {step}"


def test_multipage_app_same_as_streamlit(tmp_path: Path) -> None:
    steps: list[Step] = [
        lambda at: at.checkbox[0].check().run(),
        lambda at: at.button[0].click().run(),  # st.switch_page to settings
        lambda at: at.slider[0].set_value(7).run(),
        lambda at: at.switch_page("pages/stats.py").run(),
        lambda at: at.run(),  # a plain rerun stays on the page
        lambda at: at.switch_page("app.py").run(),
    ]
    _compare(_app, tmp_path, steps)


MAIN_V1 = """
import streamlit as st
st.title("Main page")
st.session_state.setdefault("hits", 0)
st.session_state.hits += 1
st.text_input("who", key="who")
"""


def _pages_folder_app(folder: Path) -> Path:
    (folder / "pages").mkdir(parents=True)
    (folder / "app.py").write_text(MAIN_V1, encoding="utf-8")
    for name, body in {
        "10_later.py": "st.header('Later')",
        "2_📊_charts.py": "st.header('Charts'); st.write('who' in st.session_state)",
        "b_plain.py": "st.header('Plain')",
        "a_plain.py": "st.header('A plain')",
    }.items():
        (folder / "pages" / name).write_text(f"import streamlit as st\n{body}\n", encoding="utf-8")
    return folder / "app.py"


def test_pages_folder_app_same_as_streamlit(tmp_path: Path) -> None:
    steps: list[Step] = [
        lambda at: at.text_input[0].input("Ada").run(),
        lambda at: at.switch_page("pages/2_📊_charts.py").run(),
        lambda at: at.switch_page("pages/a_plain.py").run(),
        lambda at: at.switch_page("app.py").run(),
    ]
    _compare(_pages_folder_app, tmp_path, steps)


QUERY_AND_CONFIG = """
import streamlit as st

st.sidebar.selectbox("team", ["red", "blue"], key="team")  # the entry script's widget

def alpha():
    st.set_page_config(page_title="Alpha", layout="wide")
    st.title("Alpha")
    st.query_params["from"] = "alpha"
    st.write(dict(st.query_params))
    if st.button("to beta"):
        st.switch_page(st.Page(beta), query_params={"x": "1"})

def beta():
    st.title("Beta")
    st.write(dict(st.query_params), st.session_state.team)
    st.text_input("note", key="note")

st.navigation(
    {"": [st.Page(alpha)], "More": [st.Page(beta)]}, position="top", expanded=True
).run()
"""


def _query_app(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "app.py").write_text(QUERY_AND_CONFIG, encoding="utf-8")
    return folder / "app.py"


def test_query_params_entry_widgets_and_page_config_per_page(tmp_path: Path) -> None:
    """st.switch_page(query_params=) replaces the query string; the entry script's widget keeps
    its value on every page; set_page_config and position="top" draw nothing in the page."""
    steps: list[Step] = [
        lambda at: at.sidebar.selectbox[0].select("blue").run(),
        lambda at: at.button[0].click().run(),  # st.switch_page to beta with ?x=1
        lambda at: at.text_input[0].input("hi").run(),
        lambda at: at.run(),  # a plain rerun stays on beta
    ]
    _compare(_query_app, tmp_path, steps)


EXTERNAL_AND_SWITCH_ERRORS = """
import streamlit as st

def home():
    st.title("Home")
    # Written by the page: Streamlit 1.67's AppTest drops the entry script's elements on a
    # rerun of a page reached by st.switch_page.
    st.write(st.session_state.get("pg"), docs.url_path, docs.is_external, docs.external_url)
    st.page_link(docs)
    st.page_link("https://example.org/x", label="Ext")
    mode = st.selectbox("mode", MODES, key="mode")
    if mode == "switch to the external page":
        st.switch_page(docs)
    elif mode == "switch to a URL":
        st.switch_page("https://example.org")
    elif mode == "switch to a missing file":
        st.switch_page("nope.py")
    elif mode == "switch to a page made again":
        st.switch_page(st.Page(other))
    elif mode == "run the external page":
        docs.run()
    elif mode == "external page without a title":
        st.Page("https://example.org")
    elif mode == "external default page":
        st.Page("https://example.org", title="X", default=True)
    elif mode == "nested url_path":
        st.Page("https://example.org", title="X", url_path="a/b")
    elif mode == "only external pages":
        st.navigation([st.Page("https://example.org", title="X")])
    elif mode == "switch to a hidden page":
        st.switch_page("pages/secret.py")
    elif mode == "switch to a file not in the navigation":
        st.switch_page("pages/unlisted.py")
    elif mode == "link to a hidden page and a file not in the navigation":
        st.page_link("pages/secret.py")
        st.page_link("pages/unlisted.py")

def other():
    st.title("Other")

MODES = [
    "", "switch to the external page", "switch to a URL", "switch to a missing file",
    "run the external page", "external page without a title", "external default page",
    "nested url_path", "only external pages", "switch to a page made again",
    "switch to a hidden page", "switch to a file not in the navigation",
    "link to a hidden page and a file not in the navigation",
]
docs = st.Page("https://docs.streamlit.io", title="Streamlit Docs!", icon="📘")
secret = st.Page("pages/secret.py", visibility="hidden")
pg = st.navigation({"": [st.Page(home), docs], "More": [st.Page(other), secret]})
st.session_state.pg = (pg.title, pg.url_path)
pg.run()
"""


def _external_app(folder: Path) -> Path:
    (folder / "pages").mkdir(parents=True)
    (folder / "app.py").write_text(EXTERNAL_AND_SWITCH_ERRORS, encoding="utf-8")
    for name in ("secret", "unlisted"):
        (folder / "pages" / f"{name}.py").write_text(
            f"import streamlit as st\nst.header({name!r})\n"
        )
    return folder / "app.py"


def test_external_pages_and_switch_page_errors_same_as_streamlit(tmp_path: Path) -> None:
    """st.Page with an http(s) URL (title required, never the default, never run, its URL
    path from its title), st.page_link to it, and st.switch_page to an external page, a URL,
    a missing file and a page made again: Streamlit 1.67's errors and pages."""
    modes = [
        "switch to the external page",
        "switch to a URL",
        "switch to a missing file",
        "run the external page",
        "external page without a title",
        "external default page",
        "nested url_path",
        "only external pages",
        "link to a hidden page and a file not in the navigation",
        "switch to a file not in the navigation",
        "switch to a page made again",
    ]
    steps: list[Step] = [
        (lambda at, m=m: at.selectbox(key="mode").select(m).run())  # type: ignore[misc]
        for m in modes
    ]
    _compare(_external_app, tmp_path, steps)


PAGES_FOLDER_SWITCHES = """
import streamlit as st
from pathlib import Path

st.title("Main")
mode = st.selectbox("mode", MODES, key="mode")
if mode == "switch to a missing file":
    st.switch_page("nope.py")
elif mode == "switch to a Path":
    st.switch_page(Path("pages/b.py"))
elif mode == "switch to an absolute path":
    st.switch_page(str(Path(__file__).parent / "pages" / "b.py"))
elif mode == "link to a missing file":
    st.page_link("nope.py")
elif mode == "link to a Path":
    st.page_link(Path("pages/b.py"))
elif mode == "switch to the pages folder":
    st.switch_page("pages")
"""

SWITCH_MODES = [
    "switch to a missing file",
    "switch to a Path",
    "switch to an absolute path",
    "link to a missing file",
    "link to a Path",
    "switch to the pages folder",
]


def _pages_folder_switch_app(folder: Path) -> Path:
    app = folder / "myapp"  # Streamlit's error names the app's folder: the same under both
    (app / "pages").mkdir(parents=True)
    modes = "MODES = " + repr(["", *SWITCH_MODES]) + "\n"
    (app / "app.py").write_text(modes + PAGES_FOLDER_SWITCHES, encoding="utf-8")
    (app / "pages" / "b.py").write_text("import streamlit as st\nst.header('B page')\n")
    return app / "app.py"


@pytest.mark.parametrize("mode", SWITCH_MODES)
def test_switch_page_and_page_link_in_a_pages_folder_app_same_as_streamlit(
    tmp_path: Path, mode: str
) -> None:
    """A pages/ folder app: st.switch_page and st.page_link take a str, a Path or an absolute
    path; a file that is not a page is Streamlit's error naming the pages/ folder rule."""
    steps: list[Step] = [lambda at: at.selectbox(key="mode").select(mode).run()]
    _compare(_pages_folder_switch_app, tmp_path, steps)


def test_switch_to_a_hidden_page_same_as_streamlit(tmp_path: Path) -> None:
    """A hidden page is not in the menu but st.switch_page still opens it."""
    steps: list[Step] = [
        lambda at: at.selectbox(key="mode").select("switch to a hidden page").run(),
        lambda at: at.run(),
    ]
    _compare(_external_app, tmp_path, steps)


LOGIN_FIRST = """
import streamlit as st

def login():
    st.title("Log in")
    if st.button("log in"):
        st.session_state.user = "ann"
        st.rerun()

def home():
    st.title("Home of " + st.session_state.user)

if "user" in st.session_state:
    st.navigation([st.Page(home), st.Page("pages/report.py")]).run()
else:
    st.navigation([st.Page(login)]).run()
"""


def _login_app(folder: Path) -> Path:
    (folder / "pages").mkdir(parents=True)
    (folder / "app.py").write_text(LOGIN_FIRST, encoding="utf-8")
    (folder / "pages" / "report.py").write_text(
        "import streamlit as st\nst.header('Report for ' + st.session_state.user)\n"
    )
    (folder / "pages" / "unlisted.py").write_text("import streamlit as st\nst.header('U')\n")
    return folder / "app.py"


def _switch_outcome(app_test: Any, entry: Path, to: str) -> tuple[str, str]:
    at = app_test.from_file(str(entry), default_timeout=30).run()
    try:
        at.switch_page(to)
    except ValueError as e:
        return "ValueError", str(e).replace(str(entry.parent.resolve()), "<app>")
    return "switched", str(snapshot(at.run()))


@pytest.mark.parametrize("to", ["pages/report.py", "pages/unlisted.py", "pages/missing.py"])
def test_apptest_switch_page_to_a_page_not_registered_same_as_streamlit(
    tmp_path: Path, to: str
) -> None:
    """AppTest.switch_page to a file st.navigation has not registered (yet: the app registers
    it once logged in), to a file it never lists, and to a missing file: Streamlit 1.67's
    ValueError, text included."""
    want = _switch_outcome(StreamlitAppTest, _login_app(tmp_path / "streamlit"), to)
    got = _switch_outcome(StbundleAppTest, _login_app(tmp_path / "stbundle"), to)
    assert want[0] == "ValueError"
    assert got == want


def _page_file_names() -> list[str]:
    """pages/ file names that try Streamlit's naming rules: every emoji of Streamlit 1.67's
    catalog (fully-qualified, minimally-qualified, unqualified, components) in the places a
    page file puts its icon, and every other non-ASCII character of the BMP's symbol blocks
    and the emoji planes as a file's first character (°C, №, arrows, box drawing...)."""
    from streamlit.emojis import ALL_EMOJIS

    names: list[str] = []
    for emoji in sorted(ALL_EMOJIS):
        names += [f"{emoji}_Name.py", f"03_{emoji}_two words.py", f"{emoji}name.py", f"{emoji}.py"]
    for code in [*range(0xA0, 0x3400), *range(0x1F000, 0x1FB00)]:
        # Unassigned code points differ on purpose: those of the emoji blocks are taken for the
        # emoji Unicode reserves them for (runtime_py/leading_emoji.py).
        if unicodedata.category(chr(code)) != "Cn":
            names += [f"{chr(code)}_name.py", f"{chr(code)}\ufe0f name.py"]
    return [name for name in names if "/" not in name and "\0" not in name]


def test_page_file_names_give_the_icon_and_name_streamlit_gives() -> None:
    """A pages/ file's icon, name (its URL path) and order, from its file name, as in
    Streamlit 1.67: the leading emoji is an icon only if it is an emoji sequence."""
    from stbundle.runtime_py import pages
    from streamlit.source_util import page_icon_and_name, page_sort_key

    names = _page_file_names()
    paths = [Path("/app/pages") / name for name in names]
    want = [(page_icon_and_name(p), page_sort_key(p)) for p in paths]
    got = [(pages.page_icon_and_name(p), pages.page_sort_key(p)) for p in paths]
    differ = [(n, w, g) for n, w, g in zip(names, want, got, strict=True) if w != g]
    assert differ == [], f"{len(differ)} of {len(names)} differ, e.g. {differ[:5]}"
