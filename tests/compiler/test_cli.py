"""`bundle lint` end to end: formats, exit codes, suppressions, configuration, bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from stbundle.compiler.lint import command as command_module
from stbundle.compiler.lint.output import format_text
from stbundle.compiler.source import MAX_FILE_BYTES

from stbundle.cli import main

BAD = 'import streamlit as st\nst.experimental_rerun()\nif st.button("A"):\n    st.button("B")\n'


@pytest.fixture
def cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["lint", *args])
    return result.exit_code, result.output


def test_text_output_and_exit_codes(cwd: Path) -> None:
    (cwd / "app.py").write_text(BAD)
    (cwd / "ok.py").write_text('import streamlit as st\nst.title("fine")\n')
    code, out = run("app.py")
    assert code == 1
    assert out.splitlines()[:2] == [
        "app.py:2:1: XST606 `st.experimental_rerun` was removed from Streamlit; use st.rerun",
        out.splitlines()[1],
    ]
    assert out.splitlines()[1].startswith("app.py:4:5: XST101 ")
    assert "Found 2 diagnostics." in out and "1 fixable" in out
    assert "\x1b[" not in out  # no colour when not a TTY
    code, out = run("ok.py")
    assert (code, out.strip()) == (0, "All checks passed!")


def test_colour_is_available_for_ttys(cwd: Path) -> None:
    from stbundle.compiler.diagnostics import Diagnostic

    diag = Diagnostic("XST101", "nested-button", "m", "a.py", 1, 1, 1, 2)
    assert "\x1b[" in format_text([diag], color=True)


def test_json_uses_ruff_field_names(cwd: Path) -> None:
    (cwd / "app.py").write_text(BAD)
    code, out = run("app.py", "--format", "json")
    assert code == 1
    items = json.loads(out)
    first = items[0]
    for field in (
        "code",
        "message",
        "filename",
        "location",
        "end_location",
        "url",
        "fix",
        "noqa_row",
    ):
        assert field in first
    assert first["location"] == {"row": 2, "column": 1}
    assert first["end_location"] == {"row": 2, "column": 22}
    assert first["fix"]["edits"] == [
        {
            "content": "rerun",
            "location": {"row": 2, "column": 4},
            "end_location": {"row": 2, "column": 22},
        }
    ]
    assert first["noqa_row"] == 2 and first["filename"] == "app.py"


def test_github_and_sarif(cwd: Path) -> None:
    (cwd / "app.py").write_text(BAD)
    code, out = run("app.py", "--format", "github")
    assert code == 1
    assert out.splitlines()[0].startswith(
        "::error title=stbundle (XST606),file=app.py,line=2,col=1,endLine=2,endColumn=22"
        "::app.py:2:1: XST606"
    )
    code, out = run("app.py", "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["XST606", "XST101"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (2, 1)
    assert any(r["id"] == "XST101" for r in sarif["runs"][0]["tool"]["driver"]["rules"])


def test_noqa_comments(cwd: Path) -> None:
    (cwd / "a.py").write_text("import streamlit as st\nst.experimental_rerun()  # noqa: XST606\n")
    (cwd / "b.py").write_text("import streamlit as st\nst.experimental_rerun()  # noqa: E501\n")
    (cwd / "c.py").write_text("import streamlit as st\nst.experimental_rerun()  # noqa\n")
    (cwd / "d.py").write_text("# stbundle: noqa\nimport streamlit as st\nst.experimental_rerun()\n")
    (cwd / "e.py").write_text(
        "# stbundle: noqa: XST101\nimport streamlit as st\nst.experimental_rerun()\n"
    )
    assert run("a.py")[0] == 0
    assert run("b.py")[0] == 1
    assert run("c.py")[0] == 0
    assert run("d.py")[0] == 0
    assert run("e.py")[0] == 1


def test_pyproject_configuration(cwd: Path) -> None:
    (cwd / "app.py").write_text(BAD + "import time\ntime.sleep(1)\n")
    (cwd / "pages").mkdir()
    (cwd / "pages" / "p.py").write_text("import streamlit as st\nst.session_state.x.append(1)\n")
    (cwd / "pyproject.toml").write_text(
        "[tool.stbundle.lint]\n"
        'ignore = ["XST606"]\n'
        'target = "pyodide"\n'
        'per-file-ignores = { "pages/*.py" = ["XST207"] }\n'
    )
    code, out = run(".")
    assert code == 1
    found = {line.split()[1] for line in out.splitlines() if line.count(":") >= 3}
    assert found == {"XST101", "XST703"}
    (cwd / "pyproject.toml").write_text('[tool.stbundle.lint]\nselect = ["XST606"]\n')
    code, out = run(".")
    assert {line.split()[1] for line in out.splitlines() if ": XST" in line} == {"XST606"}
    (cwd / "pyproject.toml").write_text('[tool.stbundle.lint]\ntarget = "browser"\n')
    code, out = run(".")
    assert code == 2 and "target" in out


def test_command_line_selection(cwd: Path) -> None:
    (cwd / "app.py").write_text(BAD + "import time\ntime.sleep(1)\n")
    code, out = run("app.py", "--select", "XST1")
    assert code == 1 and "XST606" not in out and "XST101" in out
    code, out = run("app.py", "--ignore", "XST101,removed-api")
    assert code == 0
    code, out = run("app.py", "--target", "pyodide", "--select", "XST7")
    assert code == 1 and "XST703" in out


def test_explain(cwd: Path) -> None:
    code, out = run("--explain", "XST101")
    assert code == 0 and "nested-button" in out and "Certainty: certain" in out
    code, out = run("--explain", "xst999")
    assert code == 2


def test_syntax_error_is_one_diagnostic(cwd: Path) -> None:
    (cwd / "app.py").write_text("import streamlit as st\nst.write(1\n\nx = 2\n")
    code, out = run("app.py")
    assert code == 1
    lines = [line for line in out.splitlines() if "XST001" in line]
    assert len(lines) == 1 and lines[0].startswith("app.py:2:9: XST001 Syntax error")
    assert "Traceback" not in out


def test_bad_files_are_reported_by_name(cwd: Path) -> None:
    (cwd / "latin.py").write_bytes("x = 'caf\xe9'\n".encode("latin-1"))
    (cwd / "huge.py").write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    os.symlink(cwd / "gone.py", cwd / "broken.py")
    code, out = run(".")
    assert code == 1
    bad = sorted(line.split(":")[0] for line in out.splitlines() if "XST002" in line)
    assert bad == ["broken.py", "huge.py", "latin.py"]
    assert "not UTF-8" in out and "MB limit" in out


def test_missing_path_is_a_usage_error(cwd: Path) -> None:
    code, out = run("nope.py")
    assert code == 2 and "nope.py" in out


def test_internal_error_exits_2(cwd: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (cwd / "app.py").write_text("x = 1\n")

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(command_module, "lint_paths", boom)
    code, out = run("app.py")
    assert code == 2 and "internal error" in out


def test_fix_applies_safe_renames(cwd: Path) -> None:
    (cwd / "app.py").write_text(
        "import streamlit as st\nst.experimental_rerun()\nst.beta_columns(2)\n"
        "@st.experimental_fragment\n"
        "def f():\n    pass\nst.experimental_get_query_params()\n"
    )
    code, out = run("app.py", "--fix")
    text = (cwd / "app.py").read_text()
    assert "st.rerun()" in text and "st.columns(2)" in text and "@st.fragment" in text
    assert "experimental_get_query_params" in text  # no safe rename: left alone
    assert code == 1 and out.count("XST606") == 1


def test_columns_count_characters(cwd: Path) -> None:
    (cwd / "app.py").write_text('import streamlit as st\nx = "é🎈"; st.experimental_rerun()\n')
    _, out = run("app.py")
    assert out.startswith("app.py:2:11: XST606")
