"""The codemod: one libcst pass per file applying every fix the rules asked for.

A fix names its node by the ``ast`` position of its diagnostic (the analysis is the source of
truth for what to fix); ``PositionProvider`` gives each libcst node the same position, so the
pass rewrites exactly the nodes named and reprints everything else as it was read. All fixes of
a statement are applied in one pass over its tree as parsed, so one fix never shifts another's
position. ``libcst.codemod``'s command classes are not used: importing them pulls in
``libcst.matchers`` (about 0.3 s more per ``--fix`` run here) for nothing these fixes need.
"""

from __future__ import annotations

import ast
import codecs
import io
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar, cast

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider
from stbundle.compiler.diagnostics import Diagnostic, Fix
from stbundle.compiler.lint.fixes import removed_api, widget_key
from stbundle.compiler.lint.fixes.regions import Region, regions

Rewrite = Callable[[cst.CSTNode, Fix], cst.CSTNode]
NodeT = TypeVar("NodeT", bound=cst.CSTNode)

#: code -> (the node types its diagnostic may name, the rewrite of such a node)
REWRITES: dict[str, tuple[tuple[type[cst.CSTNode], ...], Rewrite]] = {
    "XST205": (widget_key.NODE_TYPES, widget_key.add_key),
    "XST606": (removed_api.NODE_TYPES, removed_api.rename),
}

# libcst's convention: 1-based lines, 0-based character columns.
Span = tuple[int, int, int, int]


class CannotFix(Exception):
    """The file cannot be rewritten (libcst cannot parse it); it is left as it is."""


@dataclass(frozen=True)
class Target:
    code: str
    span: Span
    fix: Fix


def targets_of(diagnostics: Sequence[Diagnostic]) -> list[Target]:
    """The safe fixes that have a codemod, at the position of the node each one names."""
    return [
        Target(d.code, (d.line, d.col - 1, d.end_line, d.end_col - 1), d.fix)
        for d in diagnostics
        if d.fix is not None and d.fix.safe and d.code in REWRITES
    ]


class _ApplyFixes(cst.CSTTransformer):
    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, targets: Sequence[Target]) -> None:
        super().__init__()
        self._at: dict[Span, list[Target]] = defaultdict(list)
        for target in targets:
            self._at[target.span].append(target)
        self._types = tuple({t for types, _ in REWRITES.values() for t in types})
        self.applied: list[Target] = []

    def on_leave(
        self, original_node: NodeT, updated_node: NodeT
    ) -> NodeT | cst.RemovalSentinel | cst.FlattenSentinel[NodeT]:
        if isinstance(original_node, self._types) and self._at:
            where = self.get_metadata(PositionProvider, original_node)
            span = (where.start.line, where.start.column, where.end.line, where.end.column)
            for target in self._at.get(span, ()):
                types, rewrite = REWRITES[target.code]
                if isinstance(original_node, types):
                    updated_node = cast(NodeT, rewrite(updated_node, target.fix))
                    self.applied.append(target)
        return super().on_leave(original_node, updated_node)


def rewrite_source(source: bytes, targets: Sequence[Target]) -> tuple[bytes, list[Target]]:
    """The file's bytes with the fixes applied, and which fixes found their node.

    libcst reads only the statements that hold a fix (see regions.py); the other lines are
    copied as they are.
    """
    try:
        text = source.decode("utf-8-sig")
        tree = ast.parse(text)
        lines = io.StringIO(text, newline="").readlines()  # \n, \r\n, \r: as ast counts
        chunks = regions(tree, lines, [(t.span[0], t.span[2]) for t in targets])
    except (UnicodeDecodeError, SyntaxError, ValueError):
        return rewrite_module(source, targets)  # libcst reads the encoding, or says why not
    applied: list[Target] = []
    for region in reversed(chunks):
        inside = {_moved(t, region): t for t in targets if region.first <= t.span[0] <= region.last}
        code = "".join(lines[region.first - 1 : region.last])[region.indent :]
        fixed, done = _rewrite_code(code, list(inside))
        indent = lines[region.first - 1][: region.indent]
        lines[region.first - 1 : region.last] = [indent + fixed]
        applied += [inside[t] for t in done]
    bom = "\ufeff" if source.startswith(codecs.BOM_UTF8) else ""
    return (bom + "".join(lines)).encode(), applied


def _moved(target: Target, region: Region) -> Target:
    """The target's span in the region's code (its first line read from ``indent``)."""
    line, col, end_line, end_col = target.span
    if line == region.first:
        col -= region.indent
    if end_line == region.first:
        end_col -= region.indent
    shift = region.first - 1
    return replace(target, span=(line - shift, col, end_line - shift, end_col))


def rewrite_module(source: bytes, targets: Sequence[Target]) -> tuple[bytes, list[Target]]:
    """A whole file, in whatever encoding its coding cookie names."""
    transformer = _ApplyFixes(targets)
    return _transform(source, transformer).bytes, transformer.applied


def _rewrite_code(code: str, targets: Sequence[Target]) -> tuple[str, list[Target]]:
    """Statements cut from a file (text: a comment in them is never read as a coding cookie)."""
    transformer = _ApplyFixes(targets)
    return _transform(code, transformer).code, transformer.applied


def _transform(source: str | bytes, transformer: _ApplyFixes) -> cst.Module:
    try:
        module = cst.parse_module(source)
    except cst.ParserSyntaxError as exc:
        raise CannotFix(f"libcst cannot parse it ({exc.message}, line {exc.raw_line})") from exc
    return MetadataWrapper(module, unsafe_skip_copy=True).visit(transformer)
