"""A multipage app whose pages are declared in a helper module the entry script imports, in a
real browser, in both modes: the page files and the local modules they import are part of the
app (a static site ships them), and each page's URL is a real file of a static site."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import site_root, visit

FILES = {
    "app.py": "import streamlit as st\nfrom menu import PAGES\nst.navigation(PAGES).run()\n",
    "menu.py": (
        "import streamlit as st\n"
        "PAGES = [st.Page('views/home.py', title='Home', default=True),\n"
        "         st.Page('views/report.py', title='Report')]\n"
    ),
    "views/home.py": "import streamlit as st\nst.title('Home view')\n",
    "views/report.py": (
        "import streamlit as st\nfrom lib.numbers import total\n"
        "st.title('Report view')\nst.write(f'Total: {total()}')\n"
    ),
    "lib/numbers.py": "def total():\n    return 3\n",
}


def test_pages_declared_by_a_helper_module(
    host_app: Callable[[Path], str], page: Any, mode: str, tmp_path: Path
) -> None:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    root = site_root(host_app(tmp_path / "app.py"))
    visit(page, root + "report", mode)  # a static site answers with the page's own file
    expect(page.get_by_role("heading", name="Report view")).to_be_visible()
    expect(page.get_by_text("Total: 3")).to_be_visible()  # lib/numbers.py shipped
    page.get_by_role("navigation", name="Pages").get_by_role("link", name="Home").click()
    expect(page.get_by_role("heading", name="Home view")).to_be_visible()
    expect(page).to_have_url(root)
