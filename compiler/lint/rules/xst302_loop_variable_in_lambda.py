"""XST302: a callback lambda that reads a loop variable late."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class LoopVariableInLambda(Rule):
    code = "XST302"
    name = "loop-variable-in-callback-lambda"
    summary = "A callback lambda reads a loop variable: every widget acts on the last item."
    explanation = (
        "A lambda looks its free names up when it is called, after the loop has finished, so "
        "every button's callback sees the last item. Bind the value now: pass it through "
        "args=(item,) or as a default (lambda item=item: ...)."
    )
    example_bad = """\
        for item in items:
            st.button(item, on_click=lambda: delete(item))
    """
    example_good = """\
        for item in items:
            st.button(item, key=item, on_click=delete, args=(item,))
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for ref, site in model.callbacks:
            if ref.kind == "lambda" and ref.captured_loop_vars:
                names = ", ".join(ref.captured_loop_vars)
                first = ref.captured_loop_vars[0]
                yield self.diag(
                    model,
                    site.file,
                    ref.pos,
                    f"The callback lambda reads loop variable `{names}` when clicked, after the "
                    "loop ended, so every widget acts on the last item. Pass it with "
                    f"args=({first},) or bind it: lambda {first}={first}: ...",
                )
