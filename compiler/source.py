"""Reading and parsing app files without ever running them.

Bad input is a diagnostic, not a traceback: a missing, unreadable, non-UTF-8 or huge file is
reported by name (XST002), a file that does not parse gives one diagnostic at the error's
position (XST001).
"""

from __future__ import annotations

import ast
import warnings
from dataclasses import dataclass
from pathlib import Path

from stbundle.compiler.diagnostics import Diagnostic

#: Larger files are refused: an app this size is almost surely generated data, not code.
MAX_FILE_BYTES = 5 * 1024 * 1024

SYNTAX_ERROR = ("XST001", "syntax-error")
UNREADABLE = ("XST002", "unreadable-file")


@dataclass(frozen=True)
class Parsed:
    source: str
    tree: ast.Module


def _unreadable(display: str, why: str) -> Diagnostic:
    code, name = UNREADABLE
    return Diagnostic(code, name, f"Cannot lint this file: {why}", display, 1, 1, 1, 1, "error")


def read_source(path: Path, display: str) -> str | Diagnostic:
    """The file's text, or a diagnostic naming the file and the reason it can't be read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return _unreadable(display, exc.strerror or str(exc))
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        return _unreadable(display, f"it is {size} bytes, over the {limit} MB limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _unreadable(display, exc.strerror or str(exc))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _unreadable(display, f"it is not UTF-8 (invalid byte at offset {exc.start})")
    return text.replace("\r\n", "\n")


def parse_source(source: str, display: str) -> Parsed | Diagnostic:
    """The parsed module, or one diagnostic at the syntax error's position."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SyntaxWarning for odd escapes is not our business
            tree = ast.parse(source, filename=display)
    except SyntaxError as exc:
        code, name = SYNTAX_ERROR
        line = exc.lineno or 1
        col = exc.offset or 1
        end_line = exc.end_lineno or line
        end_col = exc.end_offset or col
        if (end_line, end_col) < (line, col):
            end_line, end_col = line, col
        msg = exc.msg or "invalid syntax"
        return Diagnostic(
            code,
            name,
            f"Syntax error: {msg}. Fix it before the app can be compiled",
            display,
            line,
            col,
            end_line,
            end_col,
            "error",
        )
    except (ValueError, RecursionError, MemoryError) as exc:  # null bytes, absurd nesting
        code, name = SYNTAX_ERROR
        return Diagnostic(code, name, f"Cannot parse: {exc}", display, 1, 1, 1, 1, "error")
    return Parsed(source, tree)
