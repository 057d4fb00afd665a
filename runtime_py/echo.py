"""st.echo: show the source of a `with st.echo():` block next to what the block draws.

The block's lines are found in the calling script's source (the `with` statement at the
caller's line number, through the end of its body), dedented, and shown as Python code above
the block's output (in a placeholder made before the block runs) or below it.
"""

from __future__ import annotations

import ast
import linecache
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def block_source(source_lines: list[str], with_line: int) -> str:
    """The dedented body of the `with` statement that starts at `with_line` (1-based)."""
    tree = ast.parse("".join(source_lines))
    for node in ast.walk(tree):
        if isinstance(node, (ast.With, ast.AsyncWith)) and node.lineno == with_line:
            first = node.body[0]
            decorators = getattr(first, "decorator_list", [])
            start = min([first.lineno] + [d.lineno for d in decorators]) - 1
            return textwrap.dedent("".join(source_lines[start : node.end_lineno]))
    raise OSError(f"no with block at line {with_line}")


@contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    """Show the code of this `with` block, then run it; the code goes above its output unless
    `code_location` is "below" (any other value means above, as in Streamlit)."""
    from stbundle.runtime_py import api as st

    target: Any = st if code_location == "below" else st.empty()
    code: str | None = None
    problem: str | None = None
    # This generator runs inside contextlib's __enter__: the caller is two frames up.
    caller = sys._getframe(2)
    filename, line = caller.f_code.co_filename, caller.f_lineno
    try:
        lines = linecache.getlines(filename)
        if not lines:
            with open(filename, encoding="utf-8") as source:
                lines = source.readlines()
        code = block_source(lines, line)
    except (OSError, SyntaxError) as err:
        problem = f"Unable to display code. {err}"
    yield
    if code is not None:
        target.code(code, "python")
    elif problem is not None:
        target.warning(problem)
