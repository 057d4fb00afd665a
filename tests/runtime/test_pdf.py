"""st.pdf's element: where its bytes come from (a path, bytes, a file object, or an http(s)
URL given to the page as it is), its height and alt, and Streamlit 1.67's errors for what it
refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession

from stbundle.testing import AppTest
from tests.app_runs import new_elements, run_app
from tests.pdf_documents import text_pdf


def _run(tmp_path: Path, script: str) -> tuple[AppSession, list[pb.Element]]:
    session, sent = run_app(tmp_path, script)
    return session, [m.delta.new_element for m in new_elements(sent)]


def test_sources_heights_and_alt(tmp_path: Path) -> None:
    document = text_pdf(["Hello"])
    (tmp_path / "doc.pdf").write_bytes(document)
    (tmp_path / "doc2.pdf").write_bytes(text_pdf(["Other"]))
    script = f"""
import io
from pathlib import Path
import streamlit as st
st.pdf({str(tmp_path / "doc.pdf")!r}, alt="From a path")
st.pdf({document!r}, height=300)
st.pdf(io.BytesIO({document!r}), height="stretch", key="k")
st.pdf(" https://example.com/a.pdf ")
with open({str(tmp_path / "doc2.pdf")!r}, "rb") as f:
    st.pdf(f)
st.pdf(Path({str(tmp_path / "doc2.pdf")!r}))
"""
    session, elements = _run(tmp_path, script)
    assert [e.WhichOneof("type") for e in elements] == ["pdf"] * 6
    pdfs = [e.pdf for e in elements]
    assert [p.file.alt for p in pdfs] == ["From a path", "", "", "", "", ""]
    assert pdfs[3].file.url == "https://example.com/a.pdf" and not pdfs[3].file.media_id
    ids = [p.file.media_id for p in pdfs]
    assert all(ids[:3] + ids[4:]) and ids[0] == ids[1] == ids[2] and ids[4] == ids[5] != ids[0]
    stored = session.media.get(ids[0])
    assert stored is not None and stored.data == document
    assert stored.mimetype == "application/pdf"
    assert elements[0].layout.height_pixels == 500 and elements[1].layout.height_pixels == 300
    assert elements[2].layout.height_stretch and pdfs[2].key == "k"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.pdf(None)", "The `data` parameter is required"),
        ("st.pdf(42)", "Invalid `data` type. Expected one of: str, Path, bytes, file-like"),
        ("st.pdf('missing.pdf')", "Unable to read file 'missing.pdf'"),
        ("st.pdf('.')", "Unable to read file '.': [Errno 21] Is a directory"),
        ("st.pdf(b'x', height='content')", "Invalid height"),
    ],
)
def test_refusals(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert message in at.exception[0].value
