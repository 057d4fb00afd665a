"""A corpus of clean, real-world-style apps on which no rule fires (false-positive guard)."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.compiler import analyse_app
from stbundle.compiler.lint import lint_paths
from stbundle.compiler.lint.config import LintConfig

CORPUS = sorted((Path(__file__).parent / "corpus" / "clean").glob("*.py"))


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS) >= 10


@pytest.mark.parametrize("app", CORPUS, ids=[p.stem for p in CORPUS])
@pytest.mark.parametrize("target", ["server", "pyodide"])
def test_no_rule_fires(app: Path, target: str) -> None:
    # XST801/XST802 say what stbundle does not support yet: not anti-patterns of the app.
    config = LintConfig(target=target, ignore=["XST801", "XST802"])
    found = lint_paths([app], config)
    assert found == [], "\n".join(f"{d.path}:{d.line}:{d.col}: {d.code} {d.message}" for d in found)


@pytest.mark.parametrize("app", CORPUS, ids=[p.stem for p in CORPUS])
def test_corpus_apps_have_widgets(app: Path) -> None:
    model = analyse_app(app)
    assert model.widgets, "each corpus app exercises widget analysis"
    assert all(w.site_key for w in model.widgets)
