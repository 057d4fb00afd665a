"""XST403: ``st.button``/``st.download_button``/``st.chat_input`` inside a form."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import show
from stbundle.compiler.model import AppModel

_NOT_IN_FORMS = {
    "button": "st.form_submit_button",
    "download_button": "a download button outside the form",
    "chat_input": "a chat input outside the form",
}


class ButtonInForm(Rule):
    code = "XST403"
    name = "button-in-form"
    severity = "error"
    summary = "`st.button`, `st.download_button` and `st.chat_input` raise inside a form."
    explanation = (
        "Forms batch their widgets until the submit button; a plain button, a download button "
        "or a chat input inside a form raises StreamlitAPIException. Use "
        "st.form_submit_button inside the form, and put the others outside it."
    )
    example_bad = """\
        with st.form("f"):
            st.text_input("Name")
            st.button("Save")
    """
    example_good = """\
        with st.form("f"):
            st.text_input("Name")
            st.form_submit_button("Save")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for site in model.widgets:
            if site.form and site.kind in _NOT_IN_FORMS:
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"{show(site)} cannot be used inside a form (Streamlit raises). Use "
                    f"{_NOT_IN_FORMS[site.kind]} instead",
                )
