"""A static build stops checking the script's file each run (script_source.WATCH_FILES): the
code compiled first is kept; everywhere else an edited file is compiled again."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.runtime_py import script_source
from stbundle.runtime_py.script_source import CompiledScripts, ScriptSource


def _first_constant(source: ScriptSource) -> object:
    return source.code().co_consts[0]


def test_an_edited_script_is_compiled_again_while_files_are_watched(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("x = 'one'\n")
    source = ScriptSource(app, CompiledScripts())
    assert _first_constant(source) == "one"
    app.write_text("x = 'two, longer'\n")
    assert _first_constant(source) == "two, longer"


def test_without_watching_the_first_compile_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(script_source, "WATCH_FILES", False)
    app = tmp_path / "app.py"
    app.write_text("x = 'one'\n")
    source = ScriptSource(app, CompiledScripts())
    assert _first_constant(source) == "one"
    app.write_text("x = 'two, longer'\n")
    app.unlink()  # not even looked at
    assert _first_constant(source) == "one"
