"""XST107: statements after ``st.stop()``/``st.rerun()`` in the same block."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class UnreachableAfterStop(Rule):
    code = "XST107"
    name = "unreachable-after-stop"
    summary = "Code after `st.stop()`/`st.rerun()`/`st.switch_page()` in the same block never runs."
    explanation = (
        "These commands end the run by raising; the statements after them in the same block "
        "are dead code. Move them before the call or delete them."
    )
    example_bad = """\
        if done:
            st.stop()
            st.write('bye')
    """
    example_good = """\
        if done:
            st.write('bye')
            st.stop()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for fact in model.facts:
            if fact.kind == "unreachable":
                yield self.diag(
                    model,
                    fact.file,
                    fact.pos,
                    f"This never runs: `{fact.detail}()` above ends the run. Move it before "
                    "that call or delete it",
                )
