"""``bundle lint --fix`` and ``--diff``: apply the rules' safe fixes as lossless codemods.

libcst is imported here only when some diagnostic carries a fix, so a plain lint run (and the
compiler, and the runtime) never pays for it. A file libcst cannot parse is left untouched and
named in ``FixResult.problems``.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from stbundle.compiler.diagnostics import Diagnostic


@dataclass(frozen=True)
class FileFix:
    """One file before and after its fixes."""

    path: str
    before: bytes
    after: bytes
    applied: int

    def diff(self) -> str:
        before = self.before.decode("utf-8-sig").splitlines(keepends=True)
        after = self.after.decode("utf-8-sig").splitlines(keepends=True)
        lines = difflib.unified_diff(before, after, self.path, self.path)
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


@dataclass
class FixResult:
    files: list[FileFix] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # files left untouched, and why

    @property
    def applied(self) -> int:
        return sum(f.applied for f in self.files)

    def diff(self) -> str:
        return "".join(f.diff() for f in self.files)


def plan_fixes(diagnostics: Sequence[Diagnostic]) -> FixResult:
    """Every safe fix, applied in memory: what each file would become."""
    result = FixResult()
    if not any(d.fix is not None and d.fix.safe for d in diagnostics):
        return result
    from stbundle.compiler.lint.fixes.codemod import CannotFix, rewrite_source, targets_of

    by_path: dict[str, list[Diagnostic]] = defaultdict(list)
    for d in diagnostics:
        by_path[d.path].append(d)
    for path, file_diagnostics in by_path.items():
        targets = targets_of(file_diagnostics)
        if not targets:
            continue
        try:
            before = Path(path).read_bytes()
            after, applied = rewrite_source(before, targets)
        except (OSError, CannotFix) as exc:
            result.problems.append(f"{path}: not fixed: {exc}")
            continue
        if after != before:
            result.files.append(FileFix(path, before, after, len(applied)))
    return result


def apply_fixes(diagnostics: Sequence[Diagnostic]) -> FixResult:
    """Write every safe fix to its file."""
    result = plan_fixes(diagnostics)
    written: list[FileFix] = []
    for file in result.files:
        try:
            Path(file.path).write_bytes(file.after)
        except OSError as exc:
            result.problems.append(f"{file.path}: not fixed: {exc.strerror or exc}")
        else:
            written.append(file)
    result.files = written
    return result
