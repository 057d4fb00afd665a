"""XST104: ``st.rerun()`` reached on every run: an endless rerun loop."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel
from stbundle.compiler.streamlit_api import RUN_ENDERS


class UnconditionalRerun(Rule):
    code = "XST104"
    name = "unconditional-rerun"
    summary = "`st.rerun()` at top level with no condition reruns forever."
    explanation = (
        "A top-level st.rerun() that every run reaches starts the next run immediately, "
        "forever: the app never settles and burns CPU. Put it under the condition that "
        "needs a fresh run (usually after changing st.session_state)."
    )
    example_bad = """\
        st.title("Hi")
        st.rerun()
    """
    example_good = """\
        if st.session_state.pop("dirty", False):
            st.rerun()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        exits: dict[str, int] = {}
        for call in model.calls:
            ctx = call.ctx
            if call.name in RUN_ENDERS and ctx.function is None and ctx.conditional:
                exits.setdefault(call.file, call.pos.line)
        for call in model.calls:
            ctx = call.ctx
            if call.name != "rerun" or ctx.function is not None or ctx.callback:
                continue
            if ctx.conditional or ctx.loop_ids or ctx.tries or ctx.handler:
                continue
            if exits.get(call.file, call.pos.line + 1) < call.pos.line:
                continue  # an earlier conditional st.stop()/st.rerun() may end the run first
            yield self.diag(
                model,
                call.file,
                call.pos,
                "`st.rerun()` runs on every run, so the app reruns forever. Call it only under "
                "the condition that needs a fresh run",
            )
