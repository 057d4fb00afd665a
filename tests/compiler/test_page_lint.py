"""Multipage apps in the compiler: every page the entry script declares is analysed, and a
page linted on its own is linted with what its entry script initialises."""

from __future__ import annotations

import textwrap
from pathlib import Path

from stbundle.compiler.analysis import app_files
from stbundle.compiler.lint import lint_paths
from stbundle.compiler.lint.config import LintConfig

ENTRY = """
import streamlit as st
st.session_state.setdefault("visits", 0)
pg = st.navigation([st.Page("views/report.py"), st.Page("pages/stats.py")])
pg.run()
"""

REPORT = """
import streamlit as st
st.write(st.session_state.visits)
"""


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def _codes(*paths: Path) -> list[tuple[str, str]]:
    found = lint_paths(list(paths), LintConfig(select=["ALL"]))
    return [(Path(d.path).name, d.code) for d in found]


def test_declared_page_files_are_analysed(tmp_path: Path) -> None:
    _write(tmp_path, {"app.py": ENTRY, "views/report.py": REPORT, "pages/stats.py": ""})
    (tmp_path / "outside.py").write_text("", encoding="utf-8")
    _write(tmp_path, {"other/escape.py": 'import streamlit as st\nst.Page("../outside.py")\n'})
    names = [
        p.resolve().relative_to(tmp_path.resolve()).as_posix()
        for p in app_files(tmp_path / "app.py")
    ]
    assert names == ["app.py", "pages/stats.py", "views/report.py"]
    assert [p.name for p in app_files(tmp_path / "other" / "escape.py")] == ["escape.py"]


def test_state_initialised_in_the_entry_script_is_known_in_a_page(tmp_path: Path) -> None:
    _write(tmp_path, {"app.py": ENTRY, "views/report.py": REPORT, "pages/stats.py": ""})
    assert ("report.py", "XST207") not in _codes(tmp_path / "views" / "report.py")
    # Without the entry script's setdefault the same page read is reported.
    _write(tmp_path, {"app.py": ENTRY.replace('st.session_state.setdefault("visits", 0)', "")})
    assert ("report.py", "XST207") in _codes(tmp_path / "views" / "report.py")


def test_a_page_is_linted_without_reporting_its_entry_script(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "app.py": ENTRY + "\nst.rerun()\n",
            "views/report.py": REPORT + "\nst.navigation(['pages/stats.py'])\n",
            "pages/stats.py": "",
        },
    )
    found = _codes(tmp_path / "views" / "report.py")
    assert ("report.py", "XST610") in found  # st.navigation in a page file
    assert all(name == "report.py" for name, _ in found)  # the entry script is context only
    assert ("app.py", "XST104") in _codes(tmp_path / "app.py")


def test_a_pages_folder_file_named_like_a_site_file_is_reported(tmp_path: Path) -> None:
    """pages/02_assets.py is the page `/assets`, a folder every static site has (XST611)."""
    _write(
        tmp_path,
        {"app.py": "import streamlit as st\nst.title('Home')\n", "pages/02_assets.py": ""},
    )
    assert ("02_assets.py", "XST611") in _codes(tmp_path)  # the app's folder
    assert ("02_assets.py", "XST611") in _codes(tmp_path / "pages" / "02_assets.py")
    _write(
        tmp_path,
        {
            "app.py": "import streamlit as st\n"
            "st.navigation([st.Page('pages/02_assets.py', url_path='files')])\n"
        },
    )
    # An app that declares its pages is not run from its pages/ folder: its own names count.
    assert not [c for c in _codes(tmp_path) if c[1] == "XST611"]


def test_pages_a_local_module_declares_are_analysed(tmp_path: Path) -> None:
    """A helper module declares the app's pages: they are analysed (linted, and shipped by a
    static build with the local modules they import), as the entry script's own would be."""
    from stbundle.compiler.app import analyse_entry

    _write(
        tmp_path,
        {
            "app.py": "import streamlit as st\nfrom menu import PAGES\n"
            "st.navigation(PAGES).run()\n",
            "menu.py": "import streamlit as st\nPAGES = [st.Page('views/report.py')]\n",
            "views/report.py": "import streamlit as st\nfrom lib.numbers import total\n"
            "st.write(total())\nst.rerun()\n",
            "lib/numbers.py": "def total():\n    return 3\n",
        },
    )
    model = analyse_entry(tmp_path / "app.py")
    assert sorted(model.modules) == ["app.py", "lib/numbers.py", "menu.py", "views/report.py"]
    assert ("report.py", "XST104") in _codes(tmp_path / "app.py")
