"""XST306: ``st.rerun()`` inside a callback."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import callback_function_ids, in_callback
from stbundle.compiler.model import AppModel


class RerunInCallback(Rule):
    code = "XST306"
    name = "rerun-in-callback"
    summary = "`st.rerun()` in a callback does nothing useful and skips the rest of the callback."
    explanation = (
        "The app already reruns after every callback, so a plain st.rerun() there is a no-op "
        "in Streamlit 1.67, except that it stops the callback at that line. Remove it. "
        "(st.rerun('<fragment key>') from a callback is meaningful and is not reported.)"
    )
    example_bad = """\
        def save():
            db.save()
            st.rerun()

        st.button("Save", on_click=save)
    """
    example_good = """\
        def save():
            db.save()

        st.button("Save", on_click=save)
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        callbacks = callback_function_ids(model)
        for call in model.calls:
            if (
                call.name == "rerun"
                and call.scope_arg == "app"
                and in_callback(call.ctx, callbacks)
            ):
                yield self.diag(
                    model,
                    call.file,
                    call.pos,
                    "`st.rerun()` in a callback is a no-op: the app reruns after every callback "
                    "anyway, and it skips the rest of the callback. Remove it",
                )
