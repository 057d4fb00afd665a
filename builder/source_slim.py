"""Python sources made smaller for the page, keeping every line where it was.

Every visitor of a static site downloads the runtime and protobuf as sources (bytecode gzips to
about twice its source: bench/README.md). Their comments and docstrings are about a third of
that, and nothing in the page reads them, so the site ships the sources without them, as
`python -OO` would run them: `__doc__` is None. Line numbers do not move (a removed block becomes
blank lines), so tracebacks still name the right lines. A source that does not parse, or whose
slim form does not, is shipped unchanged.
"""

from __future__ import annotations

import ast
import io
import tokenize

_DOC_OWNERS = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def slim(source: bytes) -> bytes:
    """`source` without comments and docstrings, same lines; unchanged if it cannot be parsed."""
    try:
        text = source.decode("utf-8")
        tree = ast.parse(text)
    except (UnicodeDecodeError, SyntaxError, ValueError):
        return source
    lines = text.splitlines(keepends=True)
    try:
        _drop_comments(text, lines)
    except (tokenize.TokenError, SyntaxError):
        return source
    for start, end, placeholder in sorted(_docstrings(tree), reverse=True):
        _replace(lines, start, end, placeholder)
    slimmed = "".join(line.rstrip() + "\n" if line.endswith("\n") else line for line in lines)
    try:
        ast.parse(slimmed)
    except SyntaxError:
        return source
    return slimmed.encode("utf-8")


def _drop_comments(text: str, lines: list[str]) -> None:
    """Blank every comment in `lines` (coding cookies and shebangs on the first lines stay)."""
    for token in reversed(list(tokenize.generate_tokens(io.StringIO(text).readline))):
        if token.type != tokenize.COMMENT or (token.start[0] <= 2 and _is_directive(token.string)):
            continue
        row, col = token.start
        line = lines[row - 1]
        lines[row - 1] = line[:col] + line[token.end[1] :]


def _is_directive(comment: str) -> bool:
    return comment.startswith("#!") or "coding" in comment


def _docstrings(tree: ast.Module) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    """(start, end, placeholder) of each docstring; `...` where it is the body's only statement."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, _DOC_OWNERS) or not node.body:
            continue
        first = node.body[0]
        if not (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
            and first.end_lineno is not None
            and first.end_col_offset is not None
        ):
            continue
        placeholder = "..." if len(node.body) == 1 and not isinstance(node, ast.Module) else ""
        start = (first.lineno, first.col_offset)
        found.append((start, (first.end_lineno, first.end_col_offset), placeholder))
    return found


def _replace(lines: list[str], start: tuple[int, int], end: tuple[int, int], text: str) -> None:
    """Put `text` where [start, end) was (ast's positions: UTF-8 byte columns), keeping the
    number of lines."""
    (row, col), (end_row, end_col) = start, end
    head = lines[row - 1].encode("utf-8")[:col].decode("utf-8")
    tail = lines[end_row - 1].encode("utf-8")[end_col:].decode("utf-8")
    if text == "" and tail.strip().startswith(";"):
        tail = tail.strip()[1:].lstrip() + "\n"  # `"""doc"""; x = 1`: keep `x = 1`
    lines[row - 1] = head + text + tail
    for i in range(row, end_row):
        lines[i] = "\n"
