"""Which lines of a file libcst has to read to apply some fixes.

libcst takes seconds to parse and place every node of a 10,000-line file, so the codemod reads
only the statements that hold a fix: the smallest statement around each fix that stands on its
own lines (a simple statement, moved to column 0 by dropping its first line's indentation),
else the top-level statement around it. Every other line is copied as it is.
"""

from __future__ import annotations

import ast
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Statement lists inside compound statements.
_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")


@dataclass(frozen=True)
class Region:
    """Lines ``first..last`` (1-based, inclusive), the first one read from column ``indent``."""

    first: int
    last: int
    indent: int = 0


def regions(
    tree: ast.Module, lines: Sequence[str], spans: Iterable[tuple[int, int]]
) -> list[Region]:
    """Disjoint regions, in file order, covering every ``(first line, last line)`` span."""
    tops = _top_level(tree)
    starts = [r.first for r in tops]
    found: list[Region] = []
    for first, last in spans:
        top = tops[bisect_right(starts, first) - 1] if starts and starts[0] <= first else None
        if top is None or last > top.last:
            raise ValueError(f"lines {first}-{last} are not inside one statement")
        found.append(_simple_statement(tree, lines, first, last) or top)
    found.sort(key=lambda r: (r.first, -r.last))
    merged: list[Region] = []
    for region in found:
        if merged and region.first <= merged[-1].last:
            # Simple statements never share lines, so an overlap is one statement twice or a
            # statement inside a top-level one that another fix needs whole.
            if region != merged[-1]:
                merged[-1] = _top(tops, region)
        else:
            merged.append(region)
    return merged


def _top(tops: Sequence[Region], region: Region) -> Region:
    return tops[bisect_right([r.first for r in tops], region.first) - 1]


def _top_level(tree: ast.Module) -> list[Region]:
    """The top-level statements' lines (decorators included); statements sharing a line are one."""
    out: list[Region] = []
    for stmt in tree.body:
        decorators = getattr(stmt, "decorator_list", [])
        first = min([stmt.lineno, *(d.lineno for d in decorators)])
        last = stmt.end_lineno or stmt.lineno
        if out and first <= out[-1].last:
            out[-1] = Region(out[-1].first, max(out[-1].last, last))
        else:
            out.append(Region(first, last))
    return out


def _simple_statement(
    tree: ast.Module, lines: Sequence[str], first: int, last: int
) -> Region | None:
    """The innermost simple statement holding the lines, if it has its lines to itself."""
    statements: list[ast.stmt] = tree.body
    found: ast.stmt | None = None
    while statements:
        # Statements of one body are in source order: the last one starting on or before
        # ``first`` is the only one that may hold the lines.
        index = bisect_right(statements, first, key=lambda s: s.lineno) - 1
        inner = statements[index] if index >= 0 else None
        if inner is None or (inner.end_lineno or inner.lineno) < last:
            break
        found = inner
        statements = sorted(
            (s for name in _BODIES for item in getattr(inner, name, []) for s in _statements(item)),
            key=lambda s: s.lineno,
        )
    if found is None or isinstance(found, _COMPOUND) or found.end_lineno is None:
        return None
    head = lines[found.lineno - 1].encode()
    tail = lines[found.end_lineno - 1].encode()[found.end_col_offset or 0 :].strip()
    if head[: found.col_offset].strip() or (tail and not tail.startswith(b"#")):
        return None  # another statement shares a line with it (`a = 1; st.button(...)`)
    return Region(found.lineno, found.end_lineno, found.col_offset)


def _statements(item: ast.AST) -> list[ast.stmt]:
    """An except handler or match case stands for the statements in it."""
    if isinstance(item, ast.stmt):
        return [item]
    return list(getattr(item, "body", []))


_COMPOUND = (
    ast.If,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.With,
    ast.AsyncWith,
    ast.Try,
    ast.TryStar,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Match,
)
