"""Helpers for compiler tests: write snippets to a temporary app and analyse or lint them."""

from __future__ import annotations

import textwrap
from pathlib import Path

from stbundle.compiler import analyse_app
from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint import lint_paths
from stbundle.compiler.lint.config import LintConfig
from stbundle.compiler.model import AppModel


def write_app(tmp: Path, source: str, extra: dict[str, str] | None = None) -> Path:
    app = tmp / "app.py"
    app.write_text(textwrap.dedent(source), encoding="utf-8")
    for name, text in (extra or {}).items():
        path = tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return app


def model_of(tmp: Path, source: str, extra: dict[str, str] | None = None) -> AppModel:
    return analyse_app(write_app(tmp, source, extra), LintConfig(select=["ALL"]))


def lint(
    tmp: Path,
    source: str,
    *,
    target: str = "server",
    extra: dict[str, str] | None = None,
) -> list[Diagnostic]:
    app = write_app(tmp, source, extra)
    return lint_paths([app], LintConfig(select=["ALL"], target=target))


def codes(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]
