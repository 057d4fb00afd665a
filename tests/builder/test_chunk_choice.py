"""A static site ships only the lazy renderer chunks its app may use: the chunks of the commands
the compiler finds (RENDERER_CHUNKS), those st.write may need for the libraries it imports, all
of them when a shipped package may call streamlit; the sanitiser keeps its own text rule."""

from __future__ import annotations

import zipfile
from pathlib import Path

from stbundle.builder.assets import lazy_chunks
from stbundle.builder.chunk_choice import chunks_for
from stbundle.compiler.app import analyse_entry

from tests.browser_support import ensure_renderer_built


def wanted(tmp_path: Path, source: str, wheels: tuple[Path, ...] = ()) -> set[str] | None:
    app = tmp_path / "app.py"
    app.write_text(source)
    return chunks_for(analyse_entry(app), wheels)


def test_commands_the_app_calls_choose_their_chunks(tmp_path: Path) -> None:
    assert wanted(tmp_path, "import streamlit as st\nst.title('x')\n") == set()
    assert wanted(tmp_path, "import streamlit as st\nst.dataframe([1])\n") == {"grid"}
    assert wanted(tmp_path, "import streamlit as st\nst.sidebar.table({'a': [1]})\n") == {"grid"}
    selection = "import streamlit as st\ne = st.dataframe([1], on_select='rerun', key='k')\n"
    assert wanted(tmp_path, selection) == {"grid"}
    echarts = "import streamlit as st\nev = st.echarts_chart({}, on_select='rerun', key='c')\n"
    assert wanted(tmp_path, echarts) == {"component_elements_echarts", "echarts"}


def test_blocks_and_page_chrome_name_their_chunks(tmp_path: Path) -> None:
    # Commands drawn without a renderer of their own (a block, the sidebar logo) still choose
    # their chunks, so apps that do not call them do not ship those.
    dialog = "import streamlit as st\n@st.dialog('Hi')\ndef hi():\n    st.write(1)\n"
    assert wanted(tmp_path, dialog) == {"dialog"}
    assert wanted(tmp_path, "import streamlit as st\nwith st.grid(2):\n    pass\n") == {
        "grid_layout"
    }
    assert wanted(tmp_path, "import streamlit as st\nst.logo('logo.png')\n") == {"logo"}


def test_write_and_magic_of_data_libraries_choose_the_grid(tmp_path: Path) -> None:
    assert wanted(tmp_path, "import pandas as pd\nimport streamlit as st\npd.DataFrame()\n") == {
        "grid"
    }
    assert wanted(tmp_path, "import streamlit as st\nst.write({'a': 1})\n") == set()


def test_a_package_that_imports_streamlit_ships_everything(tmp_path: Path) -> None:
    wheel = tmp_path / "helper-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr("helper/__init__.py", "import streamlit as st\n")
    assert wanted(tmp_path, "import streamlit as st\n", (wheel,)) is None


def test_lazy_chunks_ships_chosen_unknown_and_triggered_chunks(tmp_path: Path) -> None:
    folder = tmp_path / "chunks"
    folder.mkdir()
    for name in ("grid", "vega", "sanitize", "someone_elses"):
        (folder / f"{name}.js").write_text(name)
    plain = lazy_chunks(tmp_path, ["st.title('x')"], set())
    assert sorted(plain) == ["chunks/someone_elses.js"]
    chosen = lazy_chunks(tmp_path, ["st.html('<b>')"], {"grid"})
    assert sorted(chosen) == ["chunks/grid.js", "chunks/sanitize.js", "chunks/someone_elses.js"]
    assert sorted(lazy_chunks(tmp_path, [""], None)) == [
        "chunks/grid.js",
        "chunks/someone_elses.js",
        "chunks/vega.js",
    ]


def test_chunk_folders_ship_with_their_trigger(tmp_path: Path) -> None:
    folder = tmp_path / "chunks"
    (folder / "katex").mkdir(parents=True)
    (folder / "material").mkdir()
    (folder / "katex.js").write_text("k")
    (folder / "katex" / "KaTeX_Main-Regular.woff2").write_bytes(b"font")
    (folder / "material" / "material-symbols-rounded.woff2").write_bytes(b"icons")
    assert lazy_chunks(tmp_path, ["st.title('x')"], set()) == {}
    maths = lazy_chunks(tmp_path, ["st.latex('x')"], set())
    assert sorted(maths) == ["chunks/katex.js", "chunks/katex/KaTeX_Main-Regular.woff2"]
    icons = lazy_chunks(tmp_path, ["st.write(':material/home:')"], set())
    assert icons == {"chunks/material/material-symbols-rounded.woff2": b"icons"}


def test_katex_ships_for_maths_and_not_for_a_price(tmp_path: Path) -> None:
    folder = tmp_path / "chunks"
    folder.mkdir()
    (folder / "katex.js").write_text("k")
    for maths in ("st.markdown('Area $\\\\pi r^2$')", "st.write('$$\\nx^2\\n$$')", "st.latex('x')"):
        assert lazy_chunks(tmp_path, [maths], set()) == {"chunks/katex.js": b"k"}, maths
    for plain in ("st.metric('Revenue', f'${total:,.0f}')", "st.write('costs $5')"):
        assert lazy_chunks(tmp_path, [plain], set()) == {}, plain


def test_pdf_js_data_ships_with_its_licences_only_for_an_app_that_calls_st_pdf(
    tmp_path: Path,
) -> None:
    # The built renderer's own folder: what pdf.js fetches on demand lives in chunks/pdfjs/.
    static = ensure_renderer_built()
    source = "import streamlit as st\nst.pdf(b'%PDF-1.4')\n"
    files = lazy_chunks(static, [source], wanted(tmp_path, source))
    pdfjs = {
        name.removeprefix("chunks/pdfjs/") for name in files if name.startswith("chunks/pdfjs/")
    }
    for needed in (
        "pdf.worker.js",
        "LICENSE",
        "standard_fonts/FoxitSymbol.pfb",
        "standard_fonts/LiberationSans-Regular.ttf",
        "standard_fonts/LICENSE_FOXIT",
        "standard_fonts/LICENSE_LIBERATION",
        "cmaps/UniJIS-UCS2-H.bcmap",
        "cmaps/Adobe-Japan1-UCS2.bcmap",
        "cmaps/LICENSE",
        "wasm/openjpeg.wasm",
        "wasm/LICENSE_OPENJPEG",
        "wasm/jbig2.wasm",
        "wasm/LICENSE_JBIG2",
        "wasm/qcms_bg.wasm",
        "wasm/LICENSE_QCMS",
        "iccs/CGATS001Compat-v2-micro.icc",
        "iccs/LICENSE",
    ):
        assert needed in pdfjs, needed
    assert not [name for name in pdfjs if "quickjs" in name.lower()]  # no PDF scripts run
    plain = "import streamlit as st\nst.title('x')\n"
    assert not [n for n in lazy_chunks(static, [plain], wanted(tmp_path, plain)) if "pdfjs" in n]
