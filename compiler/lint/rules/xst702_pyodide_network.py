"""XST702 (static builds): blocking network calls."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class PyodideNetwork(Rule):
    code = "XST702"
    name = "pyodide-blocking-network"
    targets = ("pyodide",)
    summary = "requests, urllib, sockets: blocked by the browser (no sockets, CORS, sync I/O)."
    explanation = (
        "In the browser there are no raw sockets, synchronous HTTP is limited, and every "
        "request is subject to CORS. Ship the data with the site (read a file), or fetch "
        "with pyodide.http.pyfetch from a CORS-enabled URL. Checked only with "
        'target = "pyodide".'
    )
    example_bad = 'data = requests.get("https://example.com/data.json").json()'
    example_good = 'data = json.loads(Path("data.json").read_text())'

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for category, name, pos, ctx in model.external_calls:
            if category == "network":
                yield self.diag(
                    model,
                    ctx.file,
                    pos,
                    f"`{name}()` makes a blocking network call, which the browser forbids or "
                    "limits (CORS, no sockets). Ship the data with the site or use "
                    "pyodide.http.pyfetch",
                )
