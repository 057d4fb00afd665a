"""Multipage apps in a static build (Pyodide in the page), in a real browser: the page menu and
st.switch_page change page and address bar in-page, session state survives the switch, and a
page's URL is a real file of the site (<page>/index.html): deep links and reloads show it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import host_static, site_root
from tests.browser.test_pages_serve import ENTRY, REPORTS


def test_menu_and_switch_page_in_a_static_site(tmp_path: Path, page: Any) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text(ENTRY, encoding="utf-8")
    (tmp_path / "pages" / "reports.py").write_text(REPORTS, encoding="utf-8")
    with host_static(tmp_path / "app.py") as url:
        root = site_root(url)
        page.set_default_timeout(60_000)  # Pyodide's first start
        page.goto(url)
        expect(page.get_by_role("heading", name="Welcome home")).to_be_visible(timeout=60_000)
        menu = page.get_by_role("navigation", name="Pages")
        menu.get_by_role("link", name="Reports").click()
        expect(page.get_by_role("heading", name="Quarterly reports")).to_be_visible()
        expect(page.get_by_text("Visits so far: 1")).to_be_visible()
        expect(page).to_have_url(root + "reports")
        page.go_back()
        expect(page.get_by_role("heading", name="Welcome home")).to_be_visible()
        page.get_by_role("button", name="Go to reports").click()
        expect(page.get_by_role("heading", name="Quarterly reports")).to_be_visible()
        expect(page.get_by_text("Visits so far: 3")).to_be_visible()
        # /reports: the static host finds the real file reports/index.html (200, not the
        # site's 404.html, which would also open the page, through the site's root).
        reloaded = page.reload()
        assert reloaded is not None and reloaded.status == 200, reloaded
        expect(page.get_by_role("heading", name="Quarterly reports")).to_be_visible(timeout=60_000)
        expect(page).to_have_url(re.compile(re.escape(root) + r"reports/?$"))
        expect(
            page.get_by_role("navigation", name="Pages").get_by_role("link", name="Reports")
        ).to_have_attribute("aria-current", "page")
        fresh = page.context.new_page()
        fresh.set_default_timeout(60_000)
        opened = fresh.goto(root + "reports/")
        assert opened is not None and opened.status == 200, opened
        expect(fresh.get_by_role("heading", name="Quarterly reports")).to_be_visible(timeout=60_000)
        fresh.get_by_role("navigation", name="Pages").get_by_role("link", name="home").click()
        expect(fresh.get_by_role("heading", name="Welcome home")).to_be_visible()
        expect(fresh).to_have_url(root)
        fresh.close()
