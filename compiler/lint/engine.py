"""Run the selected rules over a model and apply suppressions (noqa, per-file-ignores)."""

from __future__ import annotations

import dataclasses

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.config import LintConfig
from stbundle.compiler.lint.noqa import file_codes, line_codes, suppressed
from stbundle.compiler.lint.registry import RULES
from stbundle.compiler.model import AppModel


def run_rules(model: AppModel, config: LintConfig) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for rule in RULES:
        if config.enabled(rule):
            found.extend(rule.check(model))
    out: list[Diagnostic] = []
    seen: set[tuple[str, int, int, str]] = set()
    file_noqa: dict[str, frozenset[str] | None] = {}
    for diag in found:
        key = diag.sort_key()
        if key in seen:
            continue
        seen.add(key)
        if config.ignored_in(model.root / diag.path, diag.code):
            continue
        module = model.modules.get(diag.path)
        if module is not None:
            if diag.path not in file_noqa:
                file_noqa[diag.path] = file_codes(module.lines)
            if suppressed(file_noqa[diag.path], diag.code):
                continue
            if 0 < diag.line <= len(module.lines) and suppressed(
                line_codes(module.lines[diag.line - 1]), diag.code
            ):
                continue
        out.append(dataclasses.replace(diag, noqa_row=diag.line))
    out.sort(key=Diagnostic.sort_key)
    return out
