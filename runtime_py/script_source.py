"""The user's script: read, magic applied, compiled, and cached until the file changes.

Magic follows Streamlit: a bare expression statement (not a call, not a docstring, not yield or
await) is shown as st.write would show it. The transform keeps every line number, so tracebacks
point at the user's own lines. Compiled code is shared by every session of the process.
"""

from __future__ import annotations

import ast
import hashlib
import os
import threading
from pathlib import Path
from types import CodeType

MAGIC_NAME = "__stbundle_magic__"

# Before Python 3.13, building AST objects uses interpreter-wide state that is not thread-safe:
# two threads parsing at once can fail with "SystemError: AST constructor recursion depth
# mismatch" (CPython gh-106905). Code that parses or compiles Python in a process that runs
# scripts in threads (script compiles here, the server's compiler pass) holds this lock.
AST_LOCK = threading.Lock()


class _Magic(ast.NodeTransformer):
    def _body(self, body: list[ast.stmt], *, docstring_allowed: bool) -> None:
        for i, node in enumerate(body):
            if isinstance(node, ast.Expr):
                value = node.value
                if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
                    continue
                if (
                    i == 0
                    and docstring_allowed
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                ):
                    continue
                args = value.elts if isinstance(value, ast.Tuple) else [value]
                call = ast.Call(
                    func=ast.Attribute(
                        value=ast.Name(id=MAGIC_NAME, ctx=ast.Load()),
                        attr="transparent_write",
                        ctx=ast.Load(),
                    ),
                    args=args,
                    keywords=[],
                )
                node.value = ast.copy_location(call, value)
            else:
                self._nested(node)

    def _nested(self, node: ast.stmt) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self._body(node.body, docstring_allowed=True)
        elif isinstance(node, ast.ClassDef):
            for inner in node.body:
                if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    self._body(inner.body, docstring_allowed=True)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            self._body(node.body, docstring_allowed=False)
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.While, ast.If)):
            self._body(node.body, docstring_allowed=False)
            self._body(node.orelse, docstring_allowed=False)
        elif isinstance(node, (ast.Try, ast.TryStar)):
            self._body(node.body, docstring_allowed=False)
            self._body(node.orelse, docstring_allowed=False)
            self._body(node.finalbody, docstring_allowed=False)
            for handler in node.handlers:
                self._body(handler.body, docstring_allowed=False)
        elif isinstance(node, ast.Match):
            for case in node.cases:
                self._body(case.body, docstring_allowed=False)

    def apply(self, tree: ast.Module) -> ast.Module:
        self._body(tree.body, docstring_allowed=True)
        return ast.fix_missing_locations(tree)


def compile_script(source: str, filename: str) -> CodeType:
    """Compile with magic; raises SyntaxError carrying the user's file, line and column."""
    tree = ast.parse(source, filename, "exec")
    return compile(_Magic().apply(tree), filename, "exec", dont_inherit=True)


class CompiledScripts:
    """Code objects by (file, source digest), shared by every session of the process.

    A server's sessions all run the same file: each version of its source is parsed and
    compiled once, by the first run that needs it, while simultaneous first runs wait for that
    one instead of building their own trees at the same time.
    """

    def __init__(self, capacity: int = 16) -> None:
        self.capacity = capacity
        self.compiles = 0  # how many versions were compiled (for tests and benchmarks)
        self._codes: dict[tuple[str, bytes], CodeType] = {}

    def get(self, path: Path, source: bytes) -> CodeType:
        """The code of this source; raises SyntaxError (not cached) as compile_script does."""
        key = (str(path), hashlib.blake2b(source, digest_size=16).digest())
        with AST_LOCK:
            code = self._codes.get(key)
            if code is None:
                code = compile_script(source.decode("utf-8"), str(path))
                self.compiles += 1
                self._codes[key] = code
                while len(self._codes) > self.capacity:  # the oldest versions go first
                    del self._codes[next(iter(self._codes))]
            return code

    def clear(self) -> None:
        with AST_LOCK:
            self._codes.clear()


COMPILED_SCRIPTS = CompiledScripts()

#: Whether a run checks the script's file for changes. A static build turns it off
#: (runtime_wasm/bridge.py): its files never change while the page is open, and a `stat` of the
#: in-page file system costs 0.1-0.2 ms (a page switch's Python takes about 3 ms there).
WATCH_FILES = True


class ScriptSource:
    """The app's main file, recompiled only when its contents change."""

    def __init__(self, path: str | os.PathLike[str], cache: CompiledScripts | None = None) -> None:
        self.path = Path(path).resolve()
        self._cache = cache or COMPILED_SCRIPTS
        self._stamp: tuple[int, int] | None = None
        self._code: CodeType | None = None

    def code(self) -> CodeType:
        if self._code is not None and not WATCH_FILES:
            return self._code
        stat = self.path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        if self._code is None or stamp != self._stamp:
            self._code = self._cache.get(self.path, self.path.read_bytes())
            self._stamp = stamp
        return self._code
