"""XST101: a button inside the branch of another button."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import show, widgets_by_id
from stbundle.compiler.model import AppModel


class NestedButton(Rule):
    code = "XST101"
    name = "nested-button"
    summary = "A button inside `if st.button(...)`: its click reruns with the outer one False."
    explanation = (
        "A button is True only on the run right after its click. Clicking the inner button "
        "starts a new run in which the outer button is False again, so the inner branch "
        "never runs. Remember the first click in st.session_state (for example with an "
        "on_click callback that sets a flag) and test that flag instead."
    )
    example_bad = """\
        if st.button("Edit"):
            if st.button("Save"):
                save()
    """
    example_good = """\
        if st.button("Edit"):
            st.session_state.editing = True
        if st.session_state.get("editing") and st.button("Save"):
            save()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        by_id = widgets_by_id(model)
        for site in model.widgets:
            if not site.is_trigger or not site.ctx.gates:
                continue
            outer = by_id[site.ctx.gates[0][1]]
            yield self.diag(
                model,
                site.file,
                site.pos,
                f"{show(site)} is inside the branch of {show(outer)} (line {outer.pos.line}): "
                "clicking it reruns with the outer button False, so this branch never runs. "
                "Keep the first click in st.session_state and test that instead",
            )
