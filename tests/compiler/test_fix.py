"""`bundle lint --fix` rewrites: files before and after, byte for byte, and a second run is a no-op.

Each case is a whole file as written (odd spacing and comments included) and the whole file the
fix must leave; everything the fixes do not touch must come back unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from stbundle.compiler.lint import lint_paths
from stbundle.compiler.lint.config import LintConfig
from stbundle.compiler.lint.fixes.codemod import rewrite_module, rewrite_source, targets_of

from stbundle.cli import main


@pytest.fixture
def cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def fix(path: Path) -> int:
    result = CliRunner().invoke(main, ["lint", "--fix", "--select", "XST205,XST606", str(path)])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code


def fixed(cwd: Path, before: bytes) -> bytes:
    """The file after ``--fix``; a second ``--fix`` must leave it as it is."""
    path = cwd / "app.py"
    path.write_bytes(before)
    fix(path)
    after = path.read_bytes()
    fix(path)
    assert path.read_bytes() == after, "a second --fix changed the file again"
    return after


CASES: dict[str, tuple[str, str]] = {
    "duplicates, comments and odd spacing": (
        """\
import streamlit as st

# Two identical keyless buttons: Streamlit raises StreamlitDuplicateElementId.
st.button( "Delete" )   # first
st.button( "Delete" )   # second
x=1;st.button("Delete");y=2
""",
        """\
import streamlit as st

# Two identical keyless buttons: Streamlit raises StreamlitDuplicateElementId.
st.button( "Delete" )   # first
st.button( "Delete", key="app:button:1" )   # second
x=1;st.button("Delete", key="app:button:2");y=2
""",
    ),
    "multi-line calls": (
        """\
import streamlit as st

st.text_input("Name")
st.text_input(
    "Name",
)
st.text_input(
    "Name",  # why this label
)
st.text_input("Name"  # no trailing comma
)
st.text_input(
    "Name",
    # a comment line before the closing parenthesis
)
st.text_input(
    "Name", on_change=print,
    args=(1,))
""",
        """\
import streamlit as st

st.text_input("Name")
st.text_input(
    "Name",
    key="app:text_input:1",
)
st.text_input(
    "Name",  # why this label
    key="app:text_input:2",
)
st.text_input("Name",  # no trailing comma
    key="app:text_input:3"
)
st.text_input(
    "Name",
    # a comment line before the closing parenthesis
    key="app:text_input:4",
)
st.text_input(
    "Name", on_change=print,
    args=(1,),
    key="app:text_input:5")
""",
    ),
    "aliases and containers": (
        """\
import streamlit as s
from streamlit import button

s.button("Go")
button("Go")
left, right = s.columns(2)
right.button("Go")
with left:
    s.button("Go")
s.sidebar.button("Go")  # another root: not a duplicate
(s.button("Go"))
""",
        """\
import streamlit as s
from streamlit import button

s.button("Go")
button("Go", key="app:button:1")
left, right = s.columns(2)
right.button("Go", key="app:button:2")
with left:
    s.button("Go", key="app:button:3")
s.sidebar.button("Go")  # another root: not a duplicate
(s.button("Go", key="app:button:5"))
""",
    ),
    "keys in a function use its scope; keyed widgets untouched": (
        """\
import streamlit as st


def settings():
    st.checkbox("Dark")
    st.checkbox("Dark", value=False)
    st.checkbox("Dark", key="dark")
    st.checkbox("Dark")


settings()
""",
        """\
import streamlit as st


def settings():
    st.checkbox("Dark")
    st.checkbox("Dark", value=False)
    st.checkbox("Dark", key="dark")
    st.checkbox("Dark", key="app:settings:checkbox:3")


settings()
""",
    ),
    "loops over counters and literals": (
        """\
import streamlit as st

for i in range(3):
    st.checkbox("Done")
for n, item in enumerate(items):
    st.number_input("Qty")
for size in ["S", "M", "L"]:
    st.radio("Colour", ["red", "blue"])
for row in range(2):
    for col in range(2):
        st.text_input(
            "Cell",
        )
cells = [st.slider("Level") for k in range(4)]
grid = [st.toggle("On") for a in range(2) for b in range(2)]
flags = {k: st.color_picker("Tint") for k in ["x", "y"]}
""",
        """\
import streamlit as st

for i in range(3):
    st.checkbox("Done", key=f"app:checkbox:0:{i}")
for n, item in enumerate(items):
    st.number_input("Qty", key=f"app:number_input:0:{n}")
for size in ["S", "M", "L"]:
    st.radio("Colour", ["red", "blue"], key=f"app:radio:0:{size}")
for row in range(2):
    for col in range(2):
        st.text_input(
            "Cell",
            key=f"app:text_input:0:{row}:{col}",
        )
cells = [st.slider("Level", key=f"app:slider:0:{k}") for k in range(4)]
grid = [st.toggle("On", key=f"app:toggle:0:{a}:{b}") for a in range(2) for b in range(2)]
flags = {k: st.color_picker("Tint", key=f"app:color_picker:0:{k}") for k in ["x", "y"]}
""",
    ),
    "removed commands renamed wherever they are named": (
        """\
import streamlit as st
import streamlit as s
from streamlit import experimental_user, experimental_rerun as again

if st.button("Reset"):  # reset everything
    s.experimental_rerun()
cols = st.beta_columns(3)


@st.experimental_fragment
def panel():
    again()


st.cache  # removed, no plain rename: left alone
""",
        """\
import streamlit as st
import streamlit as s
from streamlit import user as experimental_user, rerun as again

if st.button("Reset"):  # reset everything
    s.rerun()
cols = st.columns(3)


@st.fragment
def panel():
    again()


st.cache  # removed, no plain rename: left alone
""",
    ),
    "statements of every shape (libcst reads only the statements holding a fix)": (
        """\
import streamlit as st


class Page:
    def show(self):
        try:
            st.button("A")
            st.button("A")
        except Exception:
            st.button("A")
        else:
            st.button(
                "A",
            )
        finally:
            st.button("A")


Page().show()
if st.button("B"): st.button("B")
x = 1; st.button("B")


@st.experimental_fragment
def f():
    st.experimental_rerun()


match x:
    case 1:
        st.toggle("C")
        st.toggle("C")
with st.beta_expander("E"):
    st.toggle("C")
s = '''
doc'''; st.toggle("C")
for i in range(2): st.toggle("D")
""",
        """\
import streamlit as st


class Page:
    def show(self):
        try:
            st.button("A")
            st.button("A", key="app:Page.show:button:1")
        except Exception:
            st.button("A", key="app:Page.show:button:2")
        else:
            st.button(
                "A",
                key="app:Page.show:button:3",
            )
        finally:
            st.button("A", key="app:Page.show:button:4")


Page().show()
if st.button("B"): st.button("B", key="app:button:1")
x = 1; st.button("B", key="app:button:2")


@st.fragment
def f():
    st.rerun()


match x:
    case 1:
        st.toggle("C")
        st.toggle("C", key="app:toggle:1")
with st.expander("E"):
    st.toggle("C", key="app:toggle:2")
s = '''
doc'''; st.toggle("C", key="app:toggle:3")
for i in range(2): st.toggle("D", key=f"app:toggle:4:{i}")
""",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_fix_rewrites_only_what_it_must(cwd: Path, case: str) -> None:
    before, after = CASES[case]
    assert fixed(cwd, before.encode()).decode() == after


@pytest.mark.parametrize("case", list(CASES))
def test_statement_by_statement_equals_whole_file(cwd: Path, case: str) -> None:
    """Reading only the statements that hold a fix gives what a whole-file pass gives."""
    source = CASES[case][0].encode()
    (cwd / "app.py").write_bytes(source)
    diagnostics = lint_paths(["app.py"], LintConfig(select=["XST205", "XST606"]))
    targets = targets_of(diagnostics)
    by_statement, applied = rewrite_source(source, targets)
    whole, applied_whole = rewrite_module(source, targets)
    assert by_statement == whole
    assert len(applied) == len(applied_whole) == len(targets) > 0


UNFIXED = {
    "a loop over data (only the author knows what identifies an item)": """\
import streamlit as st

for row in rows:
    st.checkbox("Done")
""",
    "a while loop": """\
import streamlit as st

n = 0
while n < 3:
    st.checkbox("Done")
    n += 1
""",
    "a loop whose counter is reassigned": """\
import streamlit as st

for i in range(3):
    st.checkbox("Done")
    i = 0
""",
    "a literal list with repeated values": """\
import streamlit as st

for size in ["S", "S"]:
    st.checkbox("Done")
""",
    "a nested loop over data": """\
import streamlit as st

for i in range(3):
    for row in rows:
        st.checkbox("Done")
""",
    "a helper called twice (the same literal would repeat per call)": """\
import streamlit as st


def row():
    st.text_input("Note")


row()
row()
""",
    "a loop inside a helper that is called twice": """\
import streamlit as st


def rows():
    for i in range(2):
        st.text_input("Note")


rows()
rows()
""",
    "**kwargs may hold the key": """\
import streamlit as st

opts = {}
for i in range(3):
    st.button("Go", **opts)
""",
    "the inferred key is already used by the app": """\
import streamlit as st

st.session_state["app:button:1"] = 0
st.button("Go")
st.button("Go")
""",
}


@pytest.mark.parametrize("case", list(UNFIXED))
def test_no_fix_where_a_key_would_not_be_as_good(cwd: Path, case: str) -> None:
    source = UNFIXED[case].encode()
    path = cwd / "app.py"
    path.write_bytes(source)
    result = CliRunner().invoke(main, ["lint", "--select", "XST205", str(path)])
    assert "XST205" in result.output  # the problem is still reported...
    assert "fixable" not in result.output  # ...but no fix is offered
    assert fix(path) == 1
    assert path.read_bytes() == source


def test_crlf_bom_and_non_ascii_survive(cwd: Path) -> None:
    before = (
        "\ufeffimport streamlit as st\r\n"
        'st.button("Größe 🎈")  # ünïcode\r\n'
        'note = "é"; st.button("Größe 🎈")\r\n'
        "st.experimental_rerun()\r\n"
    ).encode()
    after = (
        "\ufeffimport streamlit as st\r\n"
        'st.button("Größe 🎈")  # ünïcode\r\n'
        'note = "é"; st.button("Größe 🎈", key="app:button:1")\r\n'
        "st.rerun()\r\n"
    ).encode()
    assert fixed(cwd, before) == after


def test_every_file_of_an_app_directory(cwd: Path) -> None:
    (cwd / "pages").mkdir()
    (cwd / "app.py").write_text('import streamlit as st\nst.button("A")\nst.button("A")\n')
    (cwd / "pages" / "two.py").write_text(
        'import streamlit as st\nst.toggle("B")\nst.toggle("B")\n'
    )
    result = CliRunner().invoke(main, ["lint", "--fix", "--select", "XST205", "."])
    assert result.exit_code == 0, result.output
    assert (cwd / "app.py").read_text().endswith('st.button("A", key="app:button:1")\n')
    assert (
        (cwd / "pages" / "two.py")
        .read_text()
        .endswith('st.toggle("B", key="pages.two:toggle:1")\n')
    )
