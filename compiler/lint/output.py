"""Diagnostic output formats: text (ruff-like), json (ruff's fields), github, sarif."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.registry import RULES

FORMATS = ("text", "json", "github", "sarif")
DOCS_URL = "docs/lint-rules.md"

_RED = "\x1b[31m"
_BOLD = "\x1b[1m"
_CYAN = "\x1b[36m"
_RESET = "\x1b[0m"


def summary(diagnostics: Sequence[Diagnostic]) -> str:
    if not diagnostics:
        return "All checks passed!"
    n = len(diagnostics)
    line = f"Found {n} diagnostic{'s' if n != 1 else ''}."
    fixable = sum(1 for d in diagnostics if d.fix is not None and d.fix.safe)
    if fixable:
        line += f"\n{fixable} fixable with `bundle lint --fix`."
    return line


def format_text(diagnostics: Sequence[Diagnostic], color: bool = False) -> str:
    lines = []
    for d in diagnostics:
        if color:
            where = f"{_BOLD}{d.path}{_RESET}{_CYAN}:{_RESET}{d.line}{_CYAN}:{_RESET}{d.col}"
            lines.append(f"{where}{_CYAN}:{_RESET} {_BOLD}{_RED}{d.code}{_RESET} {d.message}")
        else:
            lines.append(f"{d.path}:{d.line}:{d.col}: {d.code} {d.message}")
    lines.append(summary(diagnostics))
    return "\n".join(lines)


def _location(row: int, column: int) -> dict[str, int]:
    return {"row": row, "column": column}


def to_ruff_json(d: Diagnostic) -> dict[str, Any]:
    fix = None
    if d.fix is not None:
        fix = {
            "applicability": "safe" if d.fix.safe else "unsafe",
            "message": d.fix.message,
            "edits": [
                {
                    "content": e.content,
                    "location": _location(e.line, e.col),
                    "end_location": _location(e.end_line, e.end_col),
                }
                for e in d.fix.edits
            ],
        }
    return {
        "cell": None,
        "code": d.code,
        "name": d.name,
        "message": d.message,
        "filename": d.path,
        "location": _location(d.line, d.col),
        "end_location": _location(d.end_line, d.end_col),
        "fix": fix,
        "url": d.url,
        "noqa_row": d.noqa_row,
        "severity": d.severity,
        "certainty": d.certainty,
    }


def format_json(diagnostics: Sequence[Diagnostic]) -> str:
    return json.dumps([to_ruff_json(d) for d in diagnostics], indent=2)


def _escape_github(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_github(diagnostics: Sequence[Diagnostic]) -> str:
    levels = {"error": "error", "warning": "warning", "info": "notice"}
    out = []
    for d in diagnostics:
        props = ",".join(
            [
                f"title={_escape_github(f'stbundle ({d.code})', prop=True)}",
                f"file={_escape_github(d.path, prop=True)}",
                f"line={d.line}",
                f"col={d.col}",
                f"endLine={d.end_line}",
                f"endColumn={d.end_col}",
            ]
        )
        text = _escape_github(f"{d.path}:{d.line}:{d.col}: {d.code} {d.message}")
        out.append(f"::{levels[d.severity]} {props}::{text}")
    return "\n".join(out)


def format_sarif(diagnostics: Sequence[Diagnostic]) -> str:
    levels = {"error": "error", "warning": "warning", "info": "note"}
    rules = [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.explanation},
            "defaultConfiguration": {"level": levels[r.severity]},
            "properties": {"certainty": r.certainty},
        }
        for r in RULES
    ]
    results = [
        {
            "ruleId": d.code,
            "level": levels[d.severity],
            "message": {"text": d.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": d.path.replace("\\", "/")},
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.col,
                            "endLine": d.end_line,
                            "endColumn": d.end_col,
                        },
                    }
                }
            ],
        }
        for d in diagnostics
    ]
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "stbundle-lint",
                        "informationUri": "https://github.com/stbundle/stbundle",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(doc, indent=2)


def format_diagnostics(
    diagnostics: Sequence[Diagnostic], fmt: str = "text", color: bool = False
) -> str:
    """Render diagnostics; ``serve`` and ``build`` use the text form."""
    if fmt == "text":
        return format_text(diagnostics, color)
    if fmt == "json":
        return format_json(diagnostics)
    if fmt == "github":
        return format_github(diagnostics)
    if fmt == "sarif":
        return format_sarif(diagnostics)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
