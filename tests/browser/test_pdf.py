"""st.pdf as a reader sees it, in both modes: the document's pages drawn with their text
(selectable, found by Playwright as text), named by `alt`, a new document on a rerun, and a
broken one shown as a readable message instead of a blank box; and what pdf.js draws only with
the files it fetches beside its chunk when a document needs them (JPEG 2000 images, standard
fonts, CJK CMaps, ICC colour spaces)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import READY
from tests.pdf_documents import fax_pdf, icc_colour_pdf, japanese_pdf, jpeg2000_pdf, text_pdf

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
    workers: list[str] = []
    page.on("worker", lambda worker: workers.append(worker.url))
    _, fetched = _open(page, mode, host_app(pdf_app))
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
    # pdf.js fetches its decoders and CMaps only for documents that need them: these need none.
    assert "pdf.worker.js" in fetched
    assert not [name for name in fetched if name.startswith(("wasm/", "cmaps/", "iccs/"))], fetched
    # Three documents drawn (two at once), one pdf.js worker.
    assert len([url for url in workers if url.endswith("/pdf.worker.js")]) == 1, workers


RESOURCES_APP = """
from pathlib import Path

import streamlit as st

here = Path(__file__).parent
st.pdf(here / "photo.pdf", height=360, alt="JPEG 2000 photo")
st.pdf(here / "symbols.pdf", height=220, alt="Symbol text")
st.pdf(here / "japanese.pdf", height=260, alt="Japanese text")
st.pdf(here / "managed.pdf", height=360, alt="Colour-managed fill")
st.pdf(here / "fax.pdf", height=360, alt="Faxed page")
"""

#: The JPEG 2000 image's one colour, and the colour-managed fill's (RGB).
JPX_COLOUR = (30, 160, 90)
ICC_COLOUR = (200, 60, 40)


@pytest.fixture(scope="module")
def resources_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Documents pdf.js draws only with the files it loads beside its chunk: a JPEG 2000 image
    (wasm decoder), text in the standard Symbol font (font file), Japanese (packed CMaps), a fill
    in an ICC profile's colour space (wasm colour management), a fax image (wasm decoder)."""
    folder = tmp_path_factory.mktemp("pdf_resources")
    (folder / "photo.pdf").write_bytes(jpeg2000_pdf(JPX_COLOUR))
    (folder / "symbols.pdf").write_bytes(text_pdf(["abg"], font="Symbol"))
    (folder / "japanese.pdf").write_bytes(japanese_pdf("日本語"))
    (folder / "managed.pdf").write_bytes(icc_colour_pdf(ICC_COLOUR))
    (folder / "fax.pdf").write_bytes(fax_pdf())
    app = folder / "resources.py"
    app.write_text(RESOURCES_APP)
    return app


def _open(page: Any, mode: str, url: str) -> tuple[list[str], dict[str, str]]:
    """Opens the app, recording the console's messages (the page's and pdf.js worker's) and the
    content type of every file fetched from the pdf.js chunk's folder."""
    console: list[str] = []
    fetched: dict[str, str] = {}
    page.on("console", lambda message: console.append(message.text))
    page.on("worker", lambda worker: worker.on("console", lambda m: console.append(m.text)))

    def record(response: Any) -> None:
        if "/chunks/pdfjs/" in response.url:
            name = response.url.split("/chunks/pdfjs/", 1)[1]
            fetched[name] = f"{response.status} {response.headers.get('content-type', '')}"

    page.on("response", record)
    page.goto(url)
    READY[mode](page)
    return console, fetched


def _colour_at(document: Any, x: float, y: float = 0.5) -> tuple[int, int, int]:
    """The RGB of the first page's pixel at (x, y), fractions of its width and height."""
    rgba = document.locator("canvas").first.evaluate(
        """(c, [x, y]) => Array.from(c.getContext('2d').getImageData(
                  Math.floor(c.width * x), Math.floor(c.height * y), 1, 1).data)""",
        [x, y],
    )
    return (rgba[0], rgba[1], rgba[2])


def _centre_colour(document: Any) -> tuple[int, int, int]:
    return _colour_at(document, 0.5)


def _near(got: tuple[int, int, int], want: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 8 for a, b in zip(got, want, strict=True))


def test_a_jpeg_2000_image_is_drawn_in_its_colour(
    resources_app: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    console, fetched = _open(page, mode, host_app(resources_app))
    photo = page.get_by_role("document", name="JPEG 2000 photo")
    expect(photo.get_by_role("region", name="Page 1 of 1")).to_be_visible(timeout=30_000)
    centre = _centre_colour(photo)
    assert _near(centre, JPX_COLOUR), (centre, console)
    assert fetched.get("wasm/openjpeg.wasm") == "200 application/wasm", fetched


def test_text_in_a_standard_font_that_is_not_embedded_is_read(
    resources_app: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    console, fetched = _open(page, mode, host_app(resources_app))
    symbols = page.get_by_role("document", name="Symbol text")
    expect(symbols.get_by_role("region", name="Page 1 of 1")).to_be_visible(timeout=30_000)
    expect(symbols.get_by_text("αβγ")).to_be_attached()  # "abg" in Symbol's own encoding
    assert fetched.get("standard_fonts/FoxitSymbol.pfb", "").startswith("200 "), fetched
    assert not [m for m in console if "standardFontDataUrl" in m], console


def test_japanese_text_in_a_predefined_cmap_is_read(
    resources_app: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    console, fetched = _open(page, mode, host_app(resources_app))
    japanese = page.get_by_role("document", name="Japanese text")
    expect(japanese.get_by_role("region", name="Page 1 of 1")).to_be_visible(timeout=30_000)
    expect(japanese.get_by_text("日本語")).to_be_attached()
    assert fetched.get("cmaps/UniJIS-UCS2-H.bcmap", "").startswith("200 "), fetched
    assert not [m for m in console if "cMapUrl" in m], console


def test_a_colour_space_of_an_icc_profile_is_colour_managed(
    resources_app: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    console, fetched = _open(page, mode, host_app(resources_app))
    managed = page.get_by_role("document", name="Colour-managed fill")
    expect(managed.get_by_role("region", name="Page 1 of 1")).to_be_visible(timeout=30_000)
    centre = _centre_colour(managed)
    assert _near(centre, ICC_COLOUR), (centre, console)
    # Drawn through the profile (qcms), not its /Alternate stand-in.
    assert fetched.get("wasm/qcms_bg.wasm") == "200 application/wasm", fetched
    assert not [m for m in console if "ICC" in m], console


def test_a_fax_image_is_drawn(
    resources_app: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    console, fetched = _open(page, mode, host_app(resources_app))
    fax = page.get_by_role("document", name="Faxed page")
    expect(fax.get_by_role("region", name="Page 1 of 1")).to_be_visible(timeout=30_000)
    left, right = _colour_at(fax, 0.25), _colour_at(fax, 0.75)
    assert _near(left, (0, 0, 0)) and _near(right, (255, 255, 255)), (left, right, console)
    assert fetched.get("wasm/jbig2.wasm") == "200 application/wasm", fetched
