"""Multipage apps: st.Page inference, st.navigation's page resolution, st.switch_page, and the
page carried by the rerun request (runtime_py/pages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py import script_source
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.pages import page_icon_and_name

from stbundle.testing import AppTest

ENTRY = """
import streamlit as st

def home():
    st.header("Home")
    st.text_input("name", key="name")
    st.session_state.setdefault("count", 0)
    st.session_state.count += 1
    if st.button("go"):
        st.switch_page("pages/02_⚙️_settings.py")

pages = {
    "Main": [st.Page(home, icon="🏠")],
    "More": [st.Page("pages/02_⚙️_settings.py"), st.Page("pages/report.py", url_path="rep")],
}
pg = st.navigation(pages)
pg.run()
"""


@pytest.fixture
def app(tmp_path: Path) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text(ENTRY, encoding="utf-8")
    (tmp_path / "pages" / "02_⚙️_settings.py").write_text(
        "import streamlit as st\nst.header('Settings')\n"
        "st.write('name' in st.session_state, st.session_state.get('count'))\n",
        encoding="utf-8",
    )
    (tmp_path / "pages" / "report.py").write_text(
        "import streamlit as st\nst.header('Report')\n", encoding="utf-8"
    )
    return tmp_path / "app.py"


def test_names_and_icons_come_from_file_names() -> None:
    assert page_icon_and_name(Path("02_⚙️_settings.py")) == ("⚙️", "settings")
    assert page_icon_and_name(Path("10 my page.py")) == ("", "my_page")
    assert page_icon_and_name(Path("3.py")) == ("", "3")


def _session(app: Path, page: str = "") -> tuple[AppSession, list[pb.ForwardMsg]]:
    sent: list[pb.ForwardMsg] = []
    session = AppSession(app, sent.append, page=page)
    if session.start():
        session.run_pending()
    return session, sent


def _navigation(sent: list[pb.ForwardMsg]) -> pb.Navigation:
    navs = [m.navigation for m in sent if m.WhichOneof("type") == "navigation"]
    assert navs, "no Navigation message"
    return navs[-1]


def _headers(sent: list[pb.ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.heading.body
        for m in sent
        if m.WhichOneof("type") == "delta" and m.delta.new_element.WhichOneof("type") == "heading"
    ]


def test_navigation_message_lists_pages_and_the_current_one(app: Path) -> None:
    _, sent = _session(app)
    nav = _navigation(sent)
    rows = [(p.title, p.icon, p.url_path, p.section, p.is_default) for p in nav.pages]
    assert rows == [
        ("home", "🏠", "", "Main", True),
        ("settings", "⚙️", "settings", "More", False),
        ("report", "", "rep", "More", False),
    ]
    assert nav.current_url_path == ""
    assert not nav.page_not_found
    assert _headers(sent) == ["Home"]


def test_session_starts_on_the_page_of_its_url(app: Path) -> None:
    session, sent = _session(app, page="rep")
    assert _headers(sent) == ["Report"]
    assert session.current_page == "rep"


def test_unknown_page_falls_back_to_default_with_notice(app: Path) -> None:
    _, sent = _session(app, page="nope")
    nav = _navigation(sent)
    assert nav.page_not_found == "nope"
    assert nav.current_url_path == ""
    assert _headers(sent) == ["Home"]


def test_rerun_request_names_the_page_and_unset_keeps_it(app: Path) -> None:
    session, sent = _session(app)
    back = pb.BackMsg()
    back.rerun.page = "settings"
    if session.handle_back_msg(back):
        session.run_pending()
    assert _headers(sent)[-1] == "Settings"
    back = pb.BackMsg()
    back.rerun.query_string = ""  # no page field: stay on the page the session is on
    if session.handle_back_msg(back):
        session.run_pending()
    assert _headers(sent)[-1] == "Settings"


def test_switch_page_keeps_state_and_drops_the_old_pages_widgets(app: Path) -> None:
    at = AppTest.from_file(app).run()
    at.text_input[0].input("Ada").run()
    assert at.session_state["name"] == "Ada"
    at.button[0].click().run()
    assert [h.value for h in at.header] == ["Settings"]
    # count survives (a plain key); the text input's key went with its page.
    assert at.markdown[0].value == "`False` `3`"
    assert "name" not in at.session_state


def test_apptest_switch_page_by_file(app: Path) -> None:
    at = AppTest.from_file(app).run()
    at.switch_page("pages/report.py").run()
    assert [h.value for h in at.header] == ["Report"]
    at.run()  # a plain rerun stays on the page
    assert [h.value for h in at.header] == ["Report"]
    at.switch_page("app.py").run()
    assert [h.value for h in at.header] == ["Home"]
    with pytest.raises(ValueError, match="Could not find page"):
        at.switch_page("pages/missing.py")


@pytest.mark.parametrize(
    ("script", "message"),
    [
        (
            "st.navigation([st.Page(lambda: None, title='a', url_path='x'),"
            " st.Page(lambda: None, title='b', url_path='x')])",
            "Two pages resolve to the URL pathname `/x`",
        ),
        ("st.Page('pages/missing.py')", "could not be found"),
        ("st.Page(lambda: None, title='a', url_path='a/b')", "cannot include `/`"),
        ("st.navigation([])", "The `pages` parameter is required"),
        (
            "st.navigation([st.Page(lambda: None, title='a', default=True),"
            " st.Page(lambda: None, title='b', url_path='b', default=True)])",
            "Multiple Pages specified with `default=True`",
        ),
        ("st.navigation([st.Page(lambda: None, title='a')], position='left')", "position"),
        ("st.switch_page('pages/missing.py')", "Could not find page"),
        ("st.Page('https://example.com')", "External URL pages require a non-empty title"),
        ("st.page_link('pages/missing.py')", "Could not find page"),
        ("st.page_link('https://example.com')", "The `label` parameter is required"),
    ],
)
def test_bad_input_is_a_clear_error(script: str, message: str) -> None:
    at = AppTest.from_string("import streamlit as st\n" + script).run()
    assert len(at.exception) == 1
    assert message in at.exception[0].value


def test_page_runs_only_once_and_only_from_navigation() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        p = st.Page(lambda: st.write("x"), title="x")
        p.run()
        """
    ).run()
    assert "cannot be called directly" in at.exception[0].value


def test_pages_folder_is_discovered_in_streamlits_order(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "main.py").write_text("import streamlit as st\nst.header('Main')\n", "utf-8")
    for name in ["10_later.py", "2_📊_charts.py", "b_plain.py", "a_plain.py", "__init__.py"]:
        (tmp_path / "pages" / name).write_text("import streamlit as st\nst.header('x')\n", "utf-8")
    _, sent = _session(tmp_path / "main.py")
    nav = _navigation(sent)
    assert [(p.title, p.icon, p.url_path) for p in nav.pages] == [
        ("main", "", ""),
        ("charts", "📊", "charts"),
        ("later", "", "later"),
        ("a plain", "", "a_plain"),
        ("b plain", "", "b_plain"),
    ]
    assert _headers(sent) == ["Main"]


def test_an_app_calling_navigation_is_not_run_from_its_pages_folder(app: Path) -> None:
    session, sent = _session(app)  # app has a pages/ folder and calls st.navigation
    assert not session.uses_pages_directory
    assert [p.title for p in _navigation(sent).pages] == ["home", "settings", "report"]


def test_page_link_names_the_page_by_its_url_path(app: Path) -> None:
    app.write_text(
        app.read_text("utf-8").replace(
            "pg.run()", "st.page_link('pages/report.py', query_params={'q': 'x y'})\npg.run()"
        ),
        "utf-8",
    )
    _, sent = _session(app)
    (link,) = [
        m.delta.new_element.page_link
        for m in sent
        if m.WhichOneof("type") == "delta" and m.delta.new_element.WhichOneof("type") == "page_link"
    ]
    assert (link.page, link.label, link.query_string, link.external) == (
        "rep",
        "report",
        "q=x+y",
        False,
    )


SHARED = """
import streamlit as st

st.sidebar.text_input("team", key="team")  # the entry script's widget: shared by all pages

def home():
    st.header("Home")
    st.text_input("name", key="name")

def other():
    st.header("Other")
    st.write("name" in st.session_state, st.session_state.get("team"))

st.navigation([st.Page(home), st.Page(other)]).run()
"""


SHARED = """
import streamlit as st

st.sidebar.text_input("team", key="team")  # the entry script's widget: shared by all pages

def home():
    st.header("Home")
    st.text_input("name", key="name")

def other():
    st.header("Other")
    st.write("name" in st.session_state, st.session_state.get("team"))

st.navigation([st.Page(home), st.Page(other)]).run()
"""


def _text_input_ids(sent: list[pb.ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.text_input.common.id
        for m in sent
        if m.WhichOneof("type") == "delta"
        and m.delta.new_element.WhichOneof("type") == "text_input"
    ]


@pytest.mark.parametrize("leaving", [True, False])
def test_leaving_a_page_forgets_its_own_widgets_not_the_entry_scripts(
    tmp_path: Path, leaving: bool
) -> None:
    """The browser's page menu says it leaves the page (Streamlit's frontend then sends only
    the entry script's widgets): the old page's widget state is forgotten, the entry script's
    kept. Without the flag (AppTest.switch_page sends every widget) both are kept."""
    (tmp_path / "app.py").write_text(SHARED, encoding="utf-8")
    session, sent = _session(tmp_path / "app.py")
    team, name = _text_input_ids(sent)
    assert session.page_widget_ids == {name}
    back = pb.BackMsg()
    back.rerun.page = "other"
    back.rerun.leaving_page = leaving
    for widget_id, value in ((team, "red"), (name, "Ada")):
        entry = back.rerun.widget_states.widgets.add()
        entry.id = widget_id
        entry.string_value = value
    if session.handle_back_msg(back):
        session.run_pending()
    assert _headers(sent)[-1] == "Other"
    body = [m.delta.new_element.markdown.body for m in sent if m.WhichOneof("type") == "delta"]
    assert body[-1] == ("`False` red" if leaving else "`True` red")


def test_set_page_config_sends_only_what_it_names(tmp_path: Path) -> None:
    """Each call changes only what it names (a layout left out stays as it was: Streamlit
    1.67's set_page_config(layout=None) inherits it, across pages too)."""
    app = tmp_path / "app.py"
    app.write_text(
        'import streamlit as st\nst.set_page_config(page_title="T")\n'
        'st.set_page_config(layout="wide")\n',
        encoding="utf-8",
    )
    _, sent = _session(app)
    configs = [m.page_config for m in sent if m.WhichOneof("type") == "page_config"]
    assert [c.HasField("layout") for c in configs] == [False, True]
    assert configs[0].title == "T" and configs[1].layout == pb.PageConfig.WIDE


def test_a_rerun_with_the_same_pages_sends_only_the_current_page(app: Path) -> None:
    session, sent = _session(app)
    assert len(_navigation(sent).pages) == 3
    back = pb.BackMsg()
    back.rerun.page = "settings"
    if session.handle_back_msg(back):
        session.run_pending()
    nav = _navigation(sent)
    assert nav.same_pages and not nav.pages and nav.current_url_path == "settings"
    session.new_session_message()  # a page (re)attaching: the next run lists the pages again
    if session.handle_back_msg(back):
        session.run_pending()
    assert not _navigation(sent).same_pages and len(_navigation(sent).pages) == 3


EXTERNAL = """
import streamlit as st

def home():
    st.header("Home")

st.navigation([st.Page(home), st.Page("https://example.org/docs", title="Our docs")]).run()
"""


def test_an_external_page_is_listed_with_its_url_and_never_runs(tmp_path: Path) -> None:
    """The menu lists an external page with its URL (the renderer opens it in a new tab); its
    URL path, taken from its title, is not a page of the app: "page not found", as in 1.67."""
    (tmp_path / "app.py").write_text(EXTERNAL, encoding="utf-8")
    _, sent = _session(tmp_path / "app.py")
    nav = _navigation(sent)
    rows = [(p.title, p.url_path, p.is_default, p.external_url) for p in nav.pages]
    assert rows == [
        ("home", "", True, ""),
        ("Our docs", "our_docs", False, "https://example.org/docs"),
    ]
    _, sent = _session(tmp_path / "app.py", page="our_docs")
    nav = _navigation(sent)
    assert nav.page_not_found == "our_docs"
    assert nav.current_url_path == ""
    assert _headers(sent) == ["Home"]


def test_config_toml_can_hide_the_sidebar_menu_not_the_top_one(tmp_path: Path) -> None:
    """client.showSidebarNavigation = false hides st.navigation's sidebar menu (as in
    Streamlit 1.67); a menu placed at the top stays."""
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        "[client]\nshowSidebarNavigation = false\n", encoding="utf-8"
    )
    (tmp_path / "app.py").write_text(EXTERNAL, encoding="utf-8")
    _, sent = _session(tmp_path / "app.py")
    assert _navigation(sent).position == pb.Navigation.HIDDEN
    (tmp_path / "app.py").write_text(EXTERNAL.replace(").run()", ', position="top").run()'))
    _, sent = _session(tmp_path / "app.py")
    assert _navigation(sent).position == pb.Navigation.TOP


def test_a_removed_page_file_is_noticed_unless_files_cannot_change(
    app: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Serve mode checks every run that a page's file still exists; a static build, whose files
    cannot change (WATCH_FILES off), checks a file once and no longer `stat`s it each run."""
    session, sent = _session(app)
    (app.parent / "pages" / "report.py").rename(app.parent / "pages" / "gone.py")

    def rerun() -> str:
        back = pb.BackMsg()
        back.rerun.page = ""
        if session.handle_back_msg(back):
            session.run_pending()
        return str(session.last_exception or "")

    monkeypatch.setattr(script_source, "WATCH_FILES", False)
    assert rerun() == ""
    assert _headers(sent)[-1] == "Home"
    monkeypatch.setattr(script_source, "WATCH_FILES", True)
    assert "`report.py` could not be found" in rerun()


def test_navigation_says_when_its_page_comes_from_switch_page(app: Path) -> None:
    """The page makes a history entry for a run whose page st.switch_page chose; a run of the
    page a request named is not 'switched' (the page then never pushes an older request's page)."""
    session, sent = _session(app)
    assert not _navigation(sent).switched
    back = pb.BackMsg()
    back.rerun.page = "rep"
    if session.handle_back_msg(back):
        session.run_pending()
    assert _headers(sent)[-1] == "Report"
    assert not _navigation(sent).switched
    back = pb.BackMsg()
    back.rerun.page = ""
    if session.handle_back_msg(back):
        session.run_pending()
    button = next(
        m.delta.new_element.button.common.id
        for m in reversed(sent)
        if m.WhichOneof("type") == "delta" and m.delta.new_element.WhichOneof("type") == "button"
    )
    click = pb.BackMsg()
    click.rerun.page = ""
    click.rerun.widget_states.widgets.add(id=button, trigger_value=True)
    if session.handle_back_msg(click):
        session.run_pending()
    navs = [m.navigation for m in sent if m.WhichOneof("type") == "navigation"]
    assert (navs[-1].current_url_path, navs[-1].switched) == ("settings", True)
    assert (navs[-2].current_url_path, navs[-2].switched) == ("", False)  # the click's own run
    assert _headers(sent)[-1] == "Settings"
