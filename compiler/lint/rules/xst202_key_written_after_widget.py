"""XST202: writing a widget's key after the widget was drawn in the same run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import callback_function_ids, in_callback
from stbundle.compiler.model import AppModel, WidgetSite
from stbundle.compiler.streamlit_api import WIDGETS


class KeyWrittenAfterWidget(Rule):
    code = "XST202"
    name = "widget-key-written-after-creation"
    severity = "error"
    summary = "Assigning st.session_state[key] after the widget with that key was drawn raises."
    explanation = (
        "Once a widget has been drawn in a run, its session_state entry belongs to it: "
        "assigning it raises StreamlitAPIException ('cannot be modified after the widget ... "
        "is instantiated'). Change it in a callback (on_change/on_click), which runs before "
        "the script, or before the widget is drawn."
    )
    example_bad = """\
        name = st.text_input("Name", key="name")
        if st.button("Clear"):
            st.session_state.name = ""
    """
    example_good = """\
        def clear():
            st.session_state.name = ""

        st.text_input("Name", key="name")
        st.button("Clear", on_click=clear)
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        keyed: dict[str, list[WidgetSite]] = defaultdict(list)
        for w in model.widgets:
            if w.key is not None and WIDGETS[w.kind].writable:
                keyed[w.key].append(w)
        callbacks = callback_function_ids(model)
        for op in model.state_ops:
            if op.op != "write" or op.key not in keyed or in_callback(op.ctx, callbacks):
                continue
            for site in keyed[op.key]:
                if (
                    site.file == op.file
                    and site.ctx.function == op.ctx.function
                    and (site.pos.line, site.pos.col) < (op.pos.line, op.pos.col)
                    and not site.ctx.exclusive_with(op.ctx)
                    and not site.ctx.callback
                ):
                    yield self.diag(
                        model,
                        op.file,
                        op.pos,
                        f'st.session_state["{op.key}"] is assigned after the widget with that '
                        f"key was drawn (line {site.pos.line}); Streamlit raises. Do it in a "
                        "callback (on_change/on_click) or before the widget",
                    )
                    break
