"""A static site's page files (builder/site.py write_pages): one <page>/index.html per page
path, and never a file outside the site whatever a url_path says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from stbundle.builder import BuildError
from stbundle.builder.site import write_pages
from stbundle.compiler.page_paths import page_url_paths

from tests.builder.static_site import build, require_offline_inputs

OPTIONS = {
    "title": "t",
    "asset_base": "assets/",
    "bootstrap_url": "b.js",
    "config": {},
    "version": "0",
}


def test_each_page_path_is_a_folder_with_the_app_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    write_pages(site, **OPTIONS, page_paths=["reports", "settings"])
    page = (site / "reports" / "index.html").read_text(encoding="utf-8")
    assert '<base href="../">' in page
    assert (site / "settings" / "index.html").is_file()


@pytest.mark.parametrize("bad", ["../escape", "..", "a/b", "/abs", "", "."])
def test_a_path_like_page_path_cannot_leave_the_site(tmp_path: Path, bad: str) -> None:
    site = tmp_path / "site"
    site.mkdir()
    with pytest.raises(ValueError, match="single folder name"):
        write_pages(site, **OPTIONS, page_paths=[bad])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_build_page_paths_leave_out_path_like_url_paths(tmp_path: Path) -> None:
    """What `bundle build` passes to write_pages: unsafe url_paths are left out (those pages
    still work in-page), so a build never stops on them."""
    entry = tmp_path / "app.py"
    entry.write_text(
        "import streamlit as st\n"
        "def a(): pass\n"
        "st.navigation([st.Page(a, default=True), st.Page(a, url_path='../../x'),\n"
        "  st.Page(a, url_path='..'), st.Page(a, url_path='a\\\\b'), st.Page(a, url_path='ok')])\n",
        encoding="utf-8",
    )
    assert page_url_paths(entry) == ["ok"]


@pytest.mark.parametrize("url_path", ["assets", "Pyodide", "index.html", "404.html"])
def test_build_refuses_a_page_path_that_names_a_site_file(tmp_path: Path, url_path: str) -> None:
    """A page folder named like the site's own files would replace them (or a deep link would
    open the file): the build stops before its slow work, naming the page path and the fix."""
    require_offline_inputs()
    entry = tmp_path / "app.py"
    entry.write_text(
        "import streamlit as st\n"
        "def a(): pass\n"
        f"st.navigation([st.Page(a), st.Page(a, title='b', url_path={url_path!r})]).run()\n",
        encoding="utf-8",
    )
    with pytest.raises(BuildError, match=rf"page URL path `{re.escape(url_path)}` is the name"):
        build(entry, tmp_path / "dist")
    assert not (tmp_path / "dist").exists()


def test_the_page_starts_pyodide_from_its_head(tmp_path: Path) -> None:
    """The bootstrap is an async script in the head and Pyodide's modules are preloaded, so the
    downloads start before the body is parsed or the renderer has loaded."""
    site = tmp_path / "site"
    site.mkdir()
    options = {**OPTIONS, "config": {"pyodideUrl": "pyodide/1.0/"}}
    write_pages(site, **options)
    page = (site / "index.html").read_text(encoding="utf-8")
    head = page[: page.index("</head>")]
    assert '<link rel="modulepreload" href="pyodide/1.0/pyodide.mjs">' in head
    assert '<link rel="modulepreload" href="pyodide/1.0/pyodide.asm.mjs">' in head
    assert '<script async src="b.js"></script>' in head
    assert page.count("b.js") == 1
    # The renderer stays a classic script at the end of the body (the bootstrap waits for it).
    assert re.search(r'<script src="assets/renderer\.js"></script>\s*</body>', page)
