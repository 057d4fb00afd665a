"""XST208: a keyed widget drawn only under a condition (its state is dropped meanwhile)."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import show
from stbundle.compiler.model import AppModel


class ConditionalKeyedWidget(Rule):
    code = "XST208"
    name = "conditional-keyed-widget"
    severity = "info"
    default = False
    summary = "A keyed widget inside a condition loses its state on runs where it is not drawn."
    explanation = (
        "Streamlit deletes a widget's state (including its st.session_state entry) at the end "
        "of any run that does not draw it. If the widget is hidden behind a condition, its "
        "value resets when it comes back. Pass persist_state='page' (Streamlit 1.67) or keep "
        "the value under a separate session_state key. Informational: off unless selected."
    )
    example_bad = """\
        if advanced:
            st.slider("Depth", key="depth")
    """
    example_good = """\
        if advanced:
            st.slider("Depth", key="depth", persist_state="page")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for site in model.widgets:
            keyed = site.key is not None or site.key_dynamic
            if keyed and site.ctx.conditional and not site.persist_state:
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"{show(site)} is drawn only under a condition; its state is dropped on "
                    'runs that skip it. Pass persist_state="page" to keep it',
                )
