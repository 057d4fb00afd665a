"""XST305: a widget created inside a callback."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import callback_function_ids, in_callback, show
from stbundle.compiler.model import AppModel


class WidgetInCallback(Rule):
    code = "XST305"
    name = "widget-in-callback"
    summary = "A widget created in a callback renders above the page and vanishes on the run."
    explanation = (
        "Callbacks run before the script; anything they draw appears at the top of the page "
        "and is wiped by the run that follows, and a widget there can never be used. Set "
        "st.session_state in the callback and draw the widget in the script based on it."
    )
    example_bad = """\
        def on_add():
            st.text_input("New item")

        st.button("Add", on_click=on_add)
    """
    example_good = """\
        def on_add():
            st.session_state.adding = True

        st.button("Add", on_click=on_add)
        if st.session_state.get("adding"):
            st.text_input("New item")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        callbacks = callback_function_ids(model)
        for site in model.widgets:
            if in_callback(site.ctx, callbacks):
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"{show(site)} is created inside a callback: it shows above the page and "
                    "disappears on the run that follows. Set st.session_state in the callback "
                    "and draw the widget in the script",
                )
