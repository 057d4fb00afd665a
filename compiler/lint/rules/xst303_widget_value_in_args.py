"""XST303: a widget's value handed to a callback through ``args=``."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class WidgetValueInArgs(Rule):
    code = "XST303"
    name = "widget-value-in-callback-args"
    certainty = "heuristic"
    summary = "`args=(value,)` binds a widget's value at draw time; it is stale when clicked."
    explanation = (
        "args= is evaluated when the widget is drawn, so it holds the value from the previous "
        "run, not what the user just typed. Give the input widget a key and read "
        "st.session_state[key] inside the callback."
    )
    example_bad = """\
        name = st.text_input("Name")
        st.button("Save", on_click=save, args=(name,))
    """
    example_good = """\
        st.text_input("Name", key="name")
        st.button("Save", on_click=lambda: save(st.session_state.name))
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for site in model.widgets:
            for text, pos in site.args_widgets:
                yield self.diag(
                    model,
                    site.file,
                    pos,
                    f"`{text}` is a widget value bound when the widget is drawn, so the "
                    "callback sees the previous run's value. Give that widget a key and read "
                    "st.session_state[key] in the callback",
                )
