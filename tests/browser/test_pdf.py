"""st.pdf as a reader sees it, in both modes: the document's pages drawn with their text
(selectable, found by Playwright as text), named by `alt`, a new document on a rerun, and a
broken one shown as a readable message instead of a blank box."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import READY
from tests.pdf_documents import text_pdf

APP = """
from pathlib import Path

import streamlit as st

REPORTS = {"Q1": "q1.pdf", "Q2": "q2.pdf"}
st.title("Reports")
which = st.radio("Quarter", list(REPORTS), horizontal=True)
st.pdf(Path(__file__).parent / REPORTS[which], height=420, alt=f"{which} report", key="report")
st.pdf(b"%PDF-1.4 this is not really a PDF", height=120, alt="Broken")
"""


@pytest.fixture(scope="module")
def pdf_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdf_app")
    (folder / "q1.pdf").write_bytes(text_pdf(["Quarterly report Q1", "Q1 appendix"]))
    (folder / "q2.pdf").write_bytes(text_pdf(["Quarterly report Q2"]))
    app = folder / "reports.py"
    app.write_text(APP)
    return app


def test_a_pdf_is_drawn_page_by_page_with_its_text(
    pdf_app: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    page.goto(host_app(pdf_app))
    READY[mode](page)
    report = page.get_by_role("document", name="Q1 report")
    expect(report).to_be_visible()
    expect(report.get_by_role("region", name="Page 1 of 2")).to_be_visible(timeout=30_000)
    expect(report.get_by_text("Quarterly report Q1")).to_be_attached()
    expect(report.get_by_role("region", name="Page 2 of 2")).to_be_attached()
    # The page is drawn, not just laid out: its canvas holds dark (text) pixels.
    inked = report.locator("canvas").first.evaluate(
        """c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  for (let i = 0; i < d.length; i += 4) if (d[i] < 100 && d[i + 3] > 0) return true;
                  return false; }"""
    )
    assert inked
    broken = page.get_by_role("document", name="Broken")
    expect(broken.get_by_text("The PDF could not be shown")).to_be_visible(timeout=30_000)

    page.get_by_text("Q2", exact=True).click()
    report = page.get_by_role("document", name="Q2 report")
    expect(report.get_by_text("Quarterly report Q2")).to_be_attached(timeout=30_000)
    expect(report.get_by_role("region", name="Page 1 of 1")).to_be_visible()
    expect(page.get_by_text("Quarterly report Q1")).to_have_count(0)
