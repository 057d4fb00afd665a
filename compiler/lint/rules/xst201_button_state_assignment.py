"""XST201: setting a button-like widget's value through session_state."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel
from stbundle.compiler.streamlit_api import WIDGETS


class ButtonStateAssignment(Rule):
    code = "XST201"
    name = "button-state-assignment"
    severity = "error"
    summary = "Writing st.session_state for the key of a button, uploader or data editor raises."
    explanation = (
        "Buttons, download/submit buttons, file/camera/audio uploaders, menu buttons and data "
        "editors cannot have their value set through st.session_state: Streamlit raises "
        "StreamlitValueAssignmentNotAllowedError when the widget is drawn. Keep your own state "
        "under a different key."
    )
    example_bad = """\
        st.session_state.go = True
        st.button("Go", key="go")
    """
    example_good = """\
        st.session_state.go_clicked = True
        st.button("Go", key="go")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        locked = {
            w.key: w for w in model.widgets if w.key is not None and not WIDGETS[w.kind].writable
        }
        for op in model.state_ops:
            if op.op == "write" and op.key in locked:
                site = locked[op.key]
                yield self.diag(
                    model,
                    op.file,
                    op.pos,
                    f'`{site.kind}` with key "{op.key}" (line {site.pos.line}) cannot be set '
                    "through st.session_state; Streamlit raises when it is drawn. Store your "
                    "own value under another key",
                )
