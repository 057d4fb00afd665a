"""XST704 (static builds): an import that no Pyodide package provides."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel, Pos
from stbundle.compiler.pyodide_imports import IMPORTS, PYODIDE_VERSION

#: Imports a static build provides itself (the app's `streamlit` is stbundle's runtime).
PROVIDED = frozenset({"streamlit", "google", "stbundle"})


class PyodideMissingPackage(Rule):
    code = "XST704"
    name = "pyodide-missing-package"
    targets = ("pyodide",)
    certainty = "heuristic"
    summary = f"An import that no package of Pyodide {PYODIDE_VERSION} provides."
    explanation = (
        "A static build runs under Pyodide, which can load only its own packages (numpy, "
        "pandas, matplotlib, ...) and pure-Python wheels. `bundle build` ships a pure-Python "
        "package when requirements.txt names it; a package with compiled code that Pyodide "
        "does not provide cannot run in the browser at all, and `bundle build` stops with an "
        "error naming the import. This rule says so before the build. Imports inside try/if "
        "blocks or functions (optional imports) are not reported. Checked only with "
        'target = "pyodide".'
    )
    example_bad = "import psycopg2"
    example_good = "import sqlite3"

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for imp in model.imports:
            if imp.kind != "third_party" or imp.conditional:
                continue
            if imp.top in IMPORTS or imp.top in PROVIDED:
                continue
            pos = Pos(imp.line, imp.col, imp.line, imp.col)
            yield self.diag(
                model,
                imp.file,
                pos,
                f"`{imp.top}` is not a package of Pyodide {PYODIDE_VERSION}: a static build "
                "can ship it only as a pure-Python wheel named in requirements.txt",
            )
