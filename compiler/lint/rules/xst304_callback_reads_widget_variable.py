"""XST304: a callback that reads a module-level variable assigned from a widget."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel
from stbundle.compiler.streamlit_api import WIDGETS


class CallbackReadsWidgetVariable(Rule):
    code = "XST304"
    name = "callback-reads-widget-variable"
    certainty = "heuristic"
    summary = "A callback reads a global set from a widget: it sees the previous run's value."
    explanation = (
        "Callbacks run before the script, so a module-level variable assigned from a widget "
        "(`name = st.text_input(...)`) still holds the previous run's value. Give the widget "
        "a key and read st.session_state[key] in the callback."
    )
    example_bad = """\
        def save():
            db.save(name)

        name = st.text_input("Name")
        st.button("Save", on_click=save)
    """
    example_good = """\
        def save():
            db.save(st.session_state.name)

        st.text_input("Name", key="name")
        st.button("Save", on_click=save)
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for function_id in model.callback_functions():
            info = model.functions.get(function_id)
            if info is None:
                continue
            globals_ = model.module_widget_names.get(info.file, {})
            for name, pos in info.global_reads.items():
                site = globals_.get(name)
                if site is None or not WIDGETS[site.kind].value_input:
                    continue
                yield self.diag(
                    model,
                    info.file,
                    pos,
                    f"Callback {info.name}() reads `{name}`, assigned from a widget at line "
                    f"{site.pos.line}; callbacks run before the script, so it is last run's "
                    "value. Give the widget a key and read st.session_state[key]",
                )
