"""XST701 (static builds): threads, processes, signals."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class PyodideThreads(Rule):
    code = "XST701"
    name = "pyodide-threads"
    targets = ("pyodide",)
    summary = "Threads, subprocesses, multiprocessing, os.system and signals fail in the browser."
    explanation = (
        "A static build runs Python in the browser under Pyodide, which has no threads, no "
        "processes and no signals: these calls raise or hang. Do the work inline (cache it "
        "with st.cache_data), or use a server deployment (`bundle serve`). Checked only with "
        'target = "pyodide".'
    )
    example_bad = "threading.Thread(target=work).start()"
    example_good = "work()"

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for category, name, pos, ctx in model.external_calls:
            if category == "threads":
                yield self.diag(
                    model,
                    ctx.file,
                    pos,
                    f"`{name}()` needs threads or processes, which a static (Pyodide) build "
                    "lacks. Do the work inline, or deploy with `bundle serve`",
                )
