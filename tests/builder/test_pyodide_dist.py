"""A missing, incomplete or wrong `--pyodide-dir` is named precisely, before anything is built."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from stbundle.builder import BuildError
from stbundle.builder.pyodide_dist import CORE_FILES, local_source

from tests.builder.static_site import PYODIDE_DIR, build, require_offline_inputs


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as err:
        local_source(tmp_path / "nowhere")
    assert str(err.value).startswith(f"--pyodide-dir {tmp_path / 'nowhere'}: no such directory")
    assert "npm install pyodide@314.0.7" in str(err.value)


def test_file_instead_of_directory(tmp_path: Path) -> None:
    (tmp_path / "pyodide.mjs").write_text("")
    with pytest.raises(BuildError, match="is a file, not a directory"):
        local_source(tmp_path / "pyodide.mjs")


def test_incomplete_directory_names_each_missing_file(tmp_path: Path) -> None:
    for name in ("pyodide.mjs", "pyodide-lock.json"):
        (tmp_path / name).write_text("{}")
    with pytest.raises(BuildError) as err:
        local_source(tmp_path)
    message = str(err.value)
    assert "missing pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip." in message
    assert "pyodide.mjs," not in message.split("Expected")[0]  # present files are not blamed


def test_other_pyodide_version_is_refused(tmp_path: Path) -> None:
    for name in CORE_FILES:
        (tmp_path / name).write_text("{}")
    (tmp_path / "package.json").write_text(json.dumps({"name": "pyodide", "version": "0.27.7"}))
    with pytest.raises(BuildError, match=r"holds Pyodide 0\.27\.7, but stbundle is pinned to"):
        local_source(tmp_path)


def test_unreadable_lock_file(tmp_path: Path) -> None:
    for name in CORE_FILES:
        (tmp_path / name).write_text("not json")
    with pytest.raises(BuildError, match=r"pyodide-lock\.json is not readable JSON"):
        local_source(tmp_path)


def test_bad_pyodide_dir_fails_the_build_before_writing(
    write_app: Callable[..., Path], tmp_path: Path
) -> None:
    require_offline_inputs()
    partial = tmp_path / "partial"
    shutil.copytree(PYODIDE_DIR, partial)
    (partial / "python_stdlib.zip").unlink()
    with pytest.raises(BuildError, match=r"missing python_stdlib\.zip"):
        build(write_app(), tmp_path / "dist", pyodide_dir=partial)
    assert not (tmp_path / "dist").exists()


def test_both_sources_at_once_is_an_error(write_app: Callable[..., Path], tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="either --pyodide-dir or --pyodide-url"):
        build(write_app(), tmp_path / "dist", pyodide_url="https://example.org/")
