"""The page URL paths a static build writes files for (compiler/page_paths.py)."""

from __future__ import annotations

from pathlib import Path

from stbundle.compiler.page_paths import page_url_paths, site_file_clashes


def test_paths_of_literal_st_page_calls(tmp_path: Path) -> None:
    entry = tmp_path / "app.py"
    entry.write_text(
        "import streamlit as st\n"
        "def home(): pass\n"
        "def about(): pass\n"
        "pg = st.navigation({'Main': [st.Page(home, default=True), st.Page(about)],\n"
        "  'More': [st.Page('pages/02_📈_charts.py'), st.Page('x.py', url_path='/custom/'),\n"
        "           st.Page('y.py', url_path='../../escape'),\n"
        "           st.Page(about, url_path='static'),\n"
        "           st.Page('https://example.org', title='Our docs')]})\n",
        encoding="utf-8",
    )
    # An external page is a link to another site: no page file is written for it.
    assert page_url_paths(entry) == ["about", "charts", "custom", "static"]


def test_page_paths_that_name_the_sites_own_files() -> None:
    paths = ["reports", "assets", "Pyodide", "index.html", "component", "static"]
    assert site_file_clashes(paths) == ["assets", "Pyodide", "index.html", "component"]
    assert site_file_clashes(paths, {"static"}) == ["static"]


def test_paths_of_a_pages_folder(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    entry = tmp_path / "main.py"
    entry.write_text("import streamlit as st\nst.write('hi')\n", encoding="utf-8")
    for name in ["10_later.py", "2_📊_charts.py", "a_plain.py"]:
        (tmp_path / "pages" / name).write_text("", encoding="utf-8")
    assert page_url_paths(entry) == ["charts", "later", "a_plain"]


def test_a_single_page_app_has_no_page_paths(tmp_path: Path) -> None:
    entry = tmp_path / "app.py"
    entry.write_text("import streamlit as st\nst.write('hi')\n", encoding="utf-8")
    assert page_url_paths(entry) == []


def test_paths_of_pages_a_local_module_declares(tmp_path: Path) -> None:
    """The entry script imports the module that declares the pages (directly or not, also by a
    relative import); a module that does not parse is skipped; a pages/ folder counts too when
    the entry script does not call st.navigation itself (Streamlit then starts from it)."""
    (tmp_path / "app_pages").mkdir()
    (tmp_path / "app_pages" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "app_pages" / "menu.py").write_text(
        "import streamlit as st\nfrom .more import extra\n"
        "def show():\n"
        "    pages = [st.Page('views/home.py', default=True), st.Page('views/report.py'), extra]\n"
        "    st.navigation(pages).run()\n",
        encoding="utf-8",
    )
    (tmp_path / "app_pages" / "more.py").write_text(
        "import streamlit as st\nextra = st.Page(lambda: None, title='x', url_path='extra')\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.py").write_text("def (:\n", encoding="utf-8")
    entry = tmp_path / "app.py"
    entry.write_text(
        "import broken\nfrom app_pages.menu import show\nshow()\n",
        encoding="utf-8",
    )
    assert page_url_paths(entry) == ["report", "extra"]
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "1_old.py").write_text("", encoding="utf-8")
    assert page_url_paths(entry) == ["report", "extra", "old"]
    entry.write_text(
        "import streamlit as st\nst.navigation([st.Page('views/home.py', default=True)]).run()\n"
    )
    assert page_url_paths(entry) == []  # the entry calls it: pages/ is not used
