"""XST402: a callback on a widget inside a form."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import show
from stbundle.compiler.model import AppModel


class CallbackInForm(Rule):
    code = "XST402"
    name = "callback-in-form"
    severity = "error"
    summary = "Only `st.form_submit_button` may have a callback inside a form (others raise)."
    explanation = (
        "Inside st.form, widgets do not trigger runs, so their callbacks could never fire: "
        "Streamlit raises StreamlitInvalidFormCallbackError. Put the callback on the form's "
        "submit button and read the values from st.session_state there."
    )
    example_bad = """\
        with st.form("f"):
            st.text_input("Name", on_change=check)
            st.form_submit_button()
    """
    example_good = """\
        with st.form("f"):
            st.text_input("Name", key="name")
            st.form_submit_button(on_click=check)
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for site in model.widgets:
            if site.form and site.callback is not None and site.kind != "form_submit_button":
                yield self.diag(
                    model,
                    site.file,
                    site.callback.pos,
                    f"{show(site)} is inside a form and has `{site.callback.param}=`; Streamlit "
                    "raises StreamlitInvalidFormCallbackError. Move the callback to the form's "
                    "st.form_submit_button",
                )
