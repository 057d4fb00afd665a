"""XST102: an input widget created only on the run after a button click."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import show, widgets_by_id
from stbundle.compiler.model import AppModel
from stbundle.compiler.streamlit_api import WIDGETS


class InputUnderButton(Rule):
    code = "XST102"
    name = "input-under-button"
    summary = "An input widget inside `if st.button(...)` disappears on the next interaction."
    explanation = (
        "The branch of a button runs only on the run right after the click. Any interaction "
        "with an input widget created there reruns the script with the button False, so the "
        "widget vanishes and the code that would read it never runs. Show the inputs "
        "unconditionally, or keep the click in st.session_state, or use st.form."
    )
    example_bad = """\
        if st.button("New"):
            name = st.text_input("Name")
    """
    example_good = """\
        with st.form("new"):
            name = st.text_input("Name")
            st.form_submit_button()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        by_id = widgets_by_id(model)
        for site in model.widgets:
            if not site.ctx.gates or not WIDGETS[site.kind].value_input:
                continue
            outer = by_id[site.ctx.gates[0][1]]
            yield self.diag(
                model,
                site.file,
                site.pos,
                f"{show(site)} exists only on the run after {show(outer)} "
                f"(line {outer.pos.line}) is clicked; using it reruns with the button False and "
                "it disappears. Keep the click in st.session_state or use st.form",
            )
