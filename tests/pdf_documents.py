"""Small, valid PDF documents written from scratch for st.pdf's tests, so no PDF library or
binary fixture is needed: lines of text in a standard (non-embedded) font, a page filled by a
JPEG 2000 image, and Japanese text in a non-embedded CID font that needs Adobe's CMaps."""

from __future__ import annotations

import io


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _stream(dictionary: str, data: bytes) -> bytes:
    entries = f"{dictionary} /Length {len(data)}".strip()
    return b"<< %s >>\nstream\n%s\nendstream" % (entries.encode(), data)


def _document(bodies: list[bytes]) -> bytes:
    """The PDF file of objects 1..n (`bodies`; 1 is the catalog) and its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(bodies) + 1,
        xref,
    )
    return bytes(out)


def text_pdf(pages: list[str], font: str = "Helvetica") -> bytes:
    """A US-letter PDF whose page i shows pages[i] near its top left, in one of the 14 standard
    fonts, not embedded (pdf.js draws Symbol and ZapfDingbats from its own font files)."""
    first_page = 4  # objects 1-3: catalog, page tree, font; then a page and its content each
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(pages)))
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} >>".encode(),
    ]
    for i, text in enumerate(pages):
        content = f"BT /F1 24 Tf 72 700 Td ({_escape(text)}) Tj ET".encode("latin-1")
        contents = first_page + 2 * i + 1
        bodies.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {contents} 0 R"
            " /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        bodies.append(_stream("", content))
    return _document(bodies)


def jpeg2000_pdf(colour: tuple[int, int, int]) -> bytes:
    """A one-page PDF covered by a JPEG 2000 image (JPXDecode) of one solid colour: it draws
    only where pdf.js can load its OpenJPEG decoder."""
    from PIL import Image

    encoded = io.BytesIO()
    Image.new("RGB", (32, 32), colour).save(encoded, "JPEG2000")
    image = encoded.getvalue()
    content = b"q 300 0 0 300 0 0 cm /Im1 Do Q"
    return _document(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 5 0 R"
            b" /Resources << /XObject << /Im1 4 0 R >> >> >>",
            _stream(
                "/Type /XObject /Subtype /Image /Width 32 /Height 32 /Filter /JPXDecode", image
            ),
            _stream("", content),
        ]
    )


def japanese_pdf(text: str) -> bytes:
    """A one-page PDF showing `text` in a non-embedded Japanese font encoded with Adobe's
    predefined UniJIS-UCS2-H CMap: pdf.js reads its characters only with its packed CMaps."""
    codes = "".join(f"{ord(c):04X}" for c in text)
    content = f"BT /F1 32 Tf 36 120 Td <{codes}> Tj ET".encode()
    return _document(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 7 0 R"
            b" /Resources << /Font << /F1 4 0 R >> >> >>",
            b"<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular"
            b" /Encoding /UniJIS-UCS2-H /DescendantFonts [5 0 R] >>",
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >>"
            b" /FontDescriptor 6 0 R /DW 1000 >>",
            b"<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4"
            b" /FontBBox [-437 -340 1147 1317] /ItalicAngle 0 /Ascent 880 /Descent -120"
            b" /CapHeight 742 /StemV 80 >>",
            _stream("", content),
        ]
    )


def icc_colour_pdf(colour: tuple[int, int, int]) -> bytes:
    """A one-page PDF filled with `colour` in an ICCBased colour space (an sRGB profile made by
    Little CMS): pdf.js colour-manages it with its qcms wasm module when it can load it."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    red, green, blue = (f"{c / 255:.4f}" for c in colour)
    content = f"/CS0 cs {red} {green} {blue} sc 0 0 300 300 re f".encode()
    return _document(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 5 0 R"
            b" /Resources << /ColorSpace << /CS0 [/ICCBased 4 0 R] >> >> >>",
            _stream("/N 3 /Alternate /DeviceRGB", profile),
            _stream("", content),
        ]
    )


def fax_pdf() -> bytes:
    """A one-page PDF covered by a CCITT group 4 (fax) image, black on its left half and white
    on its right, as scanners write them: pdf.js decodes fax data with its jbig2 wasm module."""
    from PIL import Image, ImageDraw

    width, height = 64, 48
    bitmap = Image.new("1", (width, height), 1)
    ImageDraw.Draw(bitmap).rectangle((0, 0, width // 2 - 1, height - 1), fill=0)
    encoded = io.BytesIO()
    bitmap.save(encoded, "TIFF", compression="group4")
    tiff = Image.open(io.BytesIO(encoded.getvalue()))
    ((offset,), (length,)) = tiff.tag_v2[273], tiff.tag_v2[279]  # the one strip's G4 data
    fax = encoded.getvalue()[offset : offset + length]
    # libtiff codes the stored bits as they are (0 = black here) with 0 as the fax's white.
    image = (
        f"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray"
        f" /BitsPerComponent 1 /Filter /CCITTFaxDecode"
        f" /DecodeParms << /K -1 /Columns {width} /Rows {height} /BlackIs1 true >>"
    )
    return _document(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 5 0 R"
            b" /Resources << /XObject << /Im1 4 0 R >> >> >>",
            _stream(image, fax),
            _stream("", b"q 300 0 0 300 0 0 cm /Im1 Do Q"),
        ]
    )
