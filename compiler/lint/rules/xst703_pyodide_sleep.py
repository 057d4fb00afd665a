"""XST703 (static builds): ``time.sleep`` freezes the page."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class PyodideSleep(Rule):
    code = "XST703"
    name = "pyodide-time-sleep"
    targets = ("pyodide",)
    summary = "`time.sleep` blocks the browser's only thread: the page freezes."
    explanation = (
        "Under Pyodide the script runs on the page's main thread; time.sleep blocks it, so "
        "nothing redraws until it returns. Remove the sleep, or use "
        "@st.fragment(run_every=...) for periodic updates. Checked only with "
        'target = "pyodide".'
    )
    example_bad = "time.sleep(2)"
    example_good = """\
        @st.fragment(run_every=2)
        def tick():
            ...
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for category, name, pos, ctx in model.external_calls:
            if category == "sleep":
                yield self.diag(
                    model,
                    ctx.file,
                    pos,
                    f"`{name}()` freezes the page in a static (Pyodide) build. Remove it, or "
                    "use @st.fragment(run_every=...) for periodic work",
                )
