"""XST404: a form inside a form."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class NestedForm(Rule):
    code = "XST404"
    name = "nested-form"
    severity = "error"
    summary = "`st.form` inside another form raises."
    explanation = (
        "Forms cannot be nested: Streamlit raises StreamlitAPIException when a form is "
        "created inside another. Put the forms one after the other."
    )
    example_bad = """\
        with st.form("outer"):
            with st.form("inner"):
                ...
    """
    example_good = """\
        with st.form("first"):
            ...
        with st.form("second"):
            ...
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for form in model.forms.values():
            if form.parent_form is not None:
                outer = model.forms[form.parent_form]
                yield self.diag(
                    model,
                    form.file,
                    form.pos,
                    f"This form is inside the form at line {outer.pos.line}; forms cannot be "
                    "nested (Streamlit raises). Move it out",
                )
