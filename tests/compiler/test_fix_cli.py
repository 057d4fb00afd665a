"""`bundle lint --fix` and `--diff` end to end: output, exit codes, files left alone, libcst use."""

from __future__ import annotations

import ast
import json
import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from stbundle.compiler.lint import lint_paths
from stbundle.compiler.lint.config import LintConfig
from stbundle.compiler.lint.fix import apply_fixes
from streamlit.testing.v1 import AppTest as StreamlitAppTest

from stbundle.cli import main
from stbundle.testing import AppTest as StbundleAppTest

APP = """\
import streamlit as st

st.button("Delete")
st.button("Delete")  # keep me
st.experimental_rerun()
"""
FIXED = """\
import streamlit as st

st.button("Delete")
st.button("Delete", key="app:button:1")  # keep me
st.rerun()
"""


@pytest.fixture
def cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(*args: str) -> Result:
    return CliRunner().invoke(main, ["lint", *args])


def test_diff_prints_the_fixes_and_writes_nothing(cwd: Path) -> None:
    (cwd / "app.py").write_text(APP)
    result = lint("--diff", "app.py")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "--- app.py",
        "+++ app.py",
        "@@ -1,5 +1,5 @@",
        " import streamlit as st",
        " ",
        ' st.button("Delete")',
        '-st.button("Delete")  # keep me',
        "-st.experimental_rerun()",
        '+st.button("Delete", key="app:button:1")  # keep me',
        "+st.rerun()",
    ]
    assert "Would fix 2 diagnostics." in result.stderr
    assert (cwd / "app.py").read_text() == APP


def test_diff_with_nothing_to_fix_exits_0(cwd: Path) -> None:
    (cwd / "app.py").write_text('import streamlit as st\nif st.button("A"):\n    st.button("B")\n')
    result = lint("--diff", "app.py")
    assert (result.exit_code, result.stdout) == (0, "")
    assert "Would fix 0 diagnostics." in result.stderr


def test_fix_writes_reports_and_exits_by_what_remains(cwd: Path) -> None:
    (cwd / "app.py").write_text(APP)
    result = lint("--fix", "app.py")
    assert (cwd / "app.py").read_text() == FIXED
    assert "Fixed 2 diagnostics." in result.stderr
    # st.rerun() at top level is a problem of its own, which no fix removes.
    assert result.exit_code == 1 and "XST104" in result.stdout and "XST205" not in result.stdout

    (cwd / "clean.py").write_text('import streamlit as st\nst.toggle("A")\nst.toggle("A")\n')
    result = lint("--fix", "clean.py")
    assert result.exit_code == 0, result.output
    assert "Fixed 1 diagnostic." in result.stderr and "All checks passed!" in result.stdout


def test_a_file_that_does_not_parse_is_left_untouched(cwd: Path) -> None:
    broken = 'import streamlit as st\nst.button("Delete")\nst.button("Delete"\n'
    (cwd / "broken.py").write_text(broken)
    (cwd / "app.py").write_text(APP)
    result = lint("--fix", ".")
    assert result.exit_code == 1
    assert "broken.py:3:10: XST001" in result.stdout
    assert (cwd / "broken.py").read_text() == broken
    assert (cwd / "app.py").read_text() == FIXED


def test_a_file_changed_since_the_lint_is_left_untouched(cwd: Path) -> None:
    """libcst cannot parse what the analysis parsed: the fix says so and writes nothing."""
    (cwd / "app.py").write_text(APP)
    diagnostics = lint_paths(["app.py"], LintConfig(select=["ALL"]))
    (cwd / "app.py").write_text("def (:\n")
    result = apply_fixes(diagnostics)
    assert result.files == [] and result.applied == 0
    assert result.problems and result.problems[0].startswith("app.py: not fixed: libcst")
    assert (cwd / "app.py").read_text() == "def (:\n"


def test_a_file_that_cannot_be_written_is_named(cwd: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = cwd / "app.py"
    app.write_text(APP)

    def refuse(self: Path, data: bytes) -> int:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "write_bytes", refuse)
    result = lint("--fix", "app.py")
    assert "app.py: not fixed: Permission denied" in result.stderr
    assert "Fixed 0 diagnostics." in result.stderr and result.exit_code == 1
    assert "XST205" in result.stdout  # still reported: nothing was fixed
    assert app.read_text() == APP


def test_json_edit_of_a_key_fix_is_a_valid_text_edit(cwd: Path) -> None:
    """Tools that apply ruff-style edits themselves get valid code with the same key."""
    source = textwrap.dedent(
        """\
        import streamlit as st
        st.button("Go")
        st.button(
            "Go",  # why
        )
        st.button("Go"  # no comma
        )
        for i in range(2):
            st.checkbox("Done")
        """
    )
    (cwd / "app.py").write_text(source)
    items = json.loads(lint("--format", "json", "--select", "XST205", "app.py").stdout)
    assert len(items) == 3
    lines = source.split("\n")
    for item in sorted(items, key=lambda i: i["location"]["row"], reverse=True):
        (edit,) = item["fix"]["edits"]
        assert item["fix"]["applicability"] == "safe"
        row, col = edit["location"]["row"], edit["location"]["column"]
        assert edit["end_location"] == edit["location"]  # an insertion
        line = lines[row - 1]
        lines[row - 1] = line[: col - 1] + edit["content"] + line[col - 1 :]
    calls = [
        node
        for node in ast.walk(ast.parse("\n".join(lines)))
        if isinstance(node, ast.Call) and ast.unparse(node.func) in ("st.button", "st.checkbox")
    ]
    keys = [next((ast.unparse(k.value) for k in c.keywords if k.arg == "key"), None) for c in calls]
    assert keys == [None, "'app:button:1'", "'app:button:2'", "f'app:checkbox:0:{i}'"]


@pytest.fixture
def quiet_streamlit() -> Iterator[None]:
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


@pytest.mark.usefixtures("quiet_streamlit")
def test_fixed_app_runs_under_streamlit_as_under_stbundle(cwd: Path) -> None:
    """Before the fix Streamlit rejects the duplicates; after it both runtimes draw them all."""
    source = textwrap.dedent(
        """\
        import streamlit as st
        st.checkbox("Done")
        st.checkbox("Done")
        for i in range(3):
            st.text_input("Note")
        for size in ["S", "M"]:
            st.radio("Colour", ["red", "blue"])
        """
    )
    app = cwd / "app.py"
    app.write_text(source)
    before = StreamlitAppTest.from_file(str(app)).run()
    assert before.exception and "same auto-generated ID" in before.exception[0].value
    assert lint("--fix", "app.py").exit_code == 0
    fixed = app.read_text()
    for app_test in (StreamlitAppTest, StbundleAppTest):
        at = app_test.from_string(fixed).run()
        assert not at.exception
        assert [c.key for c in at.checkbox] == [None, "app:checkbox:1"]
        assert [t.key for t in at.text_input] == [f"app:text_input:0:{i}" for i in range(3)]
        assert [r.key for r in at.radio] == ["app:radio:0:S", "app:radio:0:M"]


ISOLATION = """
import sys
from click.testing import CliRunner
import stbundle.compiler
import stbundle.runtime_py.api
from stbundle.cli import main
from stbundle.compiler.lint import lint_paths
lint_paths([sys.argv[1]])
result = CliRunner().invoke(main, ["lint", sys.argv[1]])
assert result.exit_code == 1, result.output
assert "libcst" not in sys.modules, "libcst imported without --fix"
result = CliRunner().invoke(main, ["lint", "--fix", sys.argv[1]])
assert "libcst" in sys.modules, "--fix did not use libcst"
print("ok")
"""


def test_libcst_is_imported_only_when_fixing(cwd: Path) -> None:
    (cwd / "app.py").write_text(APP)
    out = subprocess.run(
        [sys.executable, "-c", ISOLATION, "app.py"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.stdout.strip() == "ok", out.stderr
