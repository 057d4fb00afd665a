"""XST203: a keyed widget with both a default value and a session_state value."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class DefaultAndSessionState(Rule):
    code = "XST203"
    name = "default-and-session-state"
    severity = "info"
    summary = "A keyed widget gets a default value and a session_state value (runtime warning)."
    explanation = (
        "When st.session_state already holds a value for a widget's key, the widget's "
        "value=/index=/default= argument is ignored and Streamlit logs a warning. Set the "
        "initial value in one place: either session_state or the argument."
    )
    example_bad = """\
        st.session_state.n = 5
        st.slider("N", value=3, key="n")
    """
    example_good = """\
        st.session_state.setdefault("n", 5)
        st.slider("N", key="n")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        written = {op.key for op in model.state_ops if op.op == "write" and op.key}
        for site in model.widgets:
            if site.key in written and site.has_default:
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f'Widget key "{site.key}" also gets a value through st.session_state, so '
                    "this default is ignored (Streamlit warns). Drop the default argument or "
                    "the session_state assignment",
                )
