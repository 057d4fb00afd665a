"""docs/lint-rules.md is generated from the rules; it must be current."""

from __future__ import annotations

from stbundle.compiler.lint.docs import DOC_PATH, render
from stbundle.compiler.lint.registry import RULES


def test_rule_docs_are_current() -> None:
    assert DOC_PATH.read_text(encoding="utf-8") == render(), (
        "docs/lint-rules.md is stale: run `python -m stbundle.compiler.lint.docs`"
    )


def test_every_rule_is_documented() -> None:
    text = render()
    for rule in RULES:
        assert f"## {rule.code} `{rule.name}`" in text
