"""Every rule fires on its positive snippets and stays quiet on its negative ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.compiler import analysis
from stbundle.compiler.lint.registry import RULES
from stbundle.compiler.lint.rule import Rule

from tests.compiler.helpers import codes, lint
from tests.compiler.rule_cases import CASES

POSITIVE = [(code, i, src) for code, case in CASES.items() for i, src in enumerate(case.positive)]
NEGATIVE = [(code, i, src) for code, case in CASES.items() for i, src in enumerate(case.negative)]


def _pretend(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """Give the analysis the 'not yet' commands and 'not honoured' parameters a case assumes."""
    case = CASES.get(code)
    if case is not None and case.not_yet:
        monkeypatch.setattr(analysis, "NOT_YET", case.not_yet)
    if case is not None and case.not_honoured:
        monkeypatch.setattr(analysis, "NOT_HONOURED", case.not_honoured)


def test_every_rule_has_cases() -> None:
    tested_elsewhere = {"XST002"}  # unreadable files: test_cli.py
    assert {r.code for r in RULES} == set(CASES) | tested_elsewhere


@pytest.mark.parametrize(
    ("code", "index", "source"), POSITIVE, ids=[f"{c}-{i}" for c, i, _ in POSITIVE]
)
def test_positive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str, index: int, source: str
) -> None:
    case = CASES[code]
    _pretend(monkeypatch, code)
    found = lint(tmp_path, source, target=case.target, extra=case.extra)
    hits = [d for d in found if d.code == code]
    assert hits, f"{code} did not fire; got {codes(found)}"
    if index == 0 and case.line is not None:
        assert hits[0].line == case.line


@pytest.mark.parametrize(
    ("code", "index", "source"), NEGATIVE, ids=[f"{c}-{i}" for c, i, _ in NEGATIVE]
)
def test_negative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str, index: int, source: str
) -> None:
    case = CASES[code]
    _pretend(monkeypatch, code)
    found = lint(tmp_path, source, target=case.target, extra=case.extra)
    assert code not in codes(found), [str(d) for d in found if d.code == code]


@pytest.mark.parametrize("code", ["XST701", "XST702", "XST703"])
def test_pyodide_rules_are_quiet_on_server(tmp_path: Path, code: str) -> None:
    found = lint(tmp_path, CASES[code].positive[0], target="server")
    assert code not in codes(found)


def test_heuristic_messages_say_so(tmp_path: Path) -> None:
    found = lint(tmp_path, CASES["XST207"].positive[0])
    assert found and all(d.message.endswith("(heuristic)") for d in found if d.code == "XST207")
    certain = lint(tmp_path, CASES["XST101"].positive[0])
    assert not any(d.message.endswith("(heuristic)") for d in certain if d.code == "XST101")


def test_rule_metadata_is_complete() -> None:
    names = [r.name for r in RULES]
    assert len(set(names)) == len(names)
    for rule in RULES:
        assert rule.code.startswith("XST") and len(rule.code) == 6
        assert rule.name == rule.name.lower() and " " not in rule.name
        assert rule.summary and rule.explanation


EXAMPLE_PRELUDE = (
    "import json\nimport sqlite3\nimport threading\nimport time\nimport uuid\n"
    "from pathlib import Path\n\nimport requests\nimport streamlit as st\n\n"
)
# No code examples: file errors (XST001/2), and XST802 while every parameter is honoured (a
# real example would be false; its cases use a pretend table).
CODE_EXAMPLES = [r for r in RULES if r.code not in ("XST001", "XST002", "XST802")]


@pytest.mark.parametrize("rule", CODE_EXAMPLES, ids=[r.code for r in CODE_EXAMPLES])
def test_documented_examples_are_real(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rule: Rule
) -> None:
    """The 'instead of' example fires the rule and the 'write' example does not."""
    _pretend(monkeypatch, rule.code)
    bad = lint(tmp_path, EXAMPLE_PRELUDE + rule.example("bad") + "\n", target="pyodide")
    assert rule.code in codes(bad)
    good = lint(tmp_path, EXAMPLE_PRELUDE + rule.example("good") + "\n", target="pyodide")
    assert rule.code not in codes(good)
