"""XST612: a parallel fragment that opens a dialog or switches page on the page's full run."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel, Context, FunctionInfo, Pos

# What Streamlit 1.67 refuses in a parallel fragment's body while the full run is going.
_REFUSED_COMMANDS = {"switch_page": "st.switch_page"}


class ParallelFragmentDialog(Rule):
    code = "XST612"
    name = "parallel-fragment-dialog"
    severity = "error"
    summary = "A `parallel=True` fragment opens an `@st.dialog` or calls `st.switch_page` ungated."
    explanation = (
        "During a full run of the app, a parallel fragment's body runs on its own thread, and "
        "Streamlit 1.67 raises StreamlitInvalidLayoutContextError when it opens a dialog or "
        "switches page there. A fragment-only rerun (a click inside the fragment) runs the body "
        "on the script's thread, where both are allowed: gate the call behind a button "
        "(`if st.button(...):`), or drop parallel=True. Calls reached through the app's own "
        "functions count; calls under a button, or in a callback, do not."
    )
    example_bad = """\
        @st.dialog('Details')
        def details():
            st.write('more')

        @st.fragment(parallel=True)
        def card():
            st.metric('Users', 3)
            details()

        card()
    """
    example_good = """\
        @st.dialog('Details')
        def details():
            st.write('more')

        @st.fragment(parallel=True)
        def card():
            st.metric('Users', 3)
            if st.button('Details'):
                details()

        card()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for fragment in model.functions.values():
            if not (fragment.fragment and fragment.fragment_parallel):
                continue
            reached = _reached_ungated(model, fragment)
            for call in model.calls:
                api = _REFUSED_COMMANDS.get(call.name)
                if api and call.ctx.function in reached and _ungated(call.ctx):
                    yield self._refused(model, fragment, call.file, call.pos, api)
            for local in model.local_calls:
                callee = model.functions.get(local.callee)
                if (
                    callee is not None
                    and callee.dialog
                    and local.ctx.function in reached
                    and _ungated(local.ctx)
                ):
                    api = f"@st.dialog {callee.qualname}()"
                    yield self._refused(model, fragment, local.file, local.pos, api)

    def _refused(
        self, model: AppModel, fragment: FunctionInfo, file: str, pos: Pos, api: str
    ) -> Diagnostic:
        return self.diag(
            model,
            file,
            pos,
            f"Parallel fragment {fragment.qualname}() reaches {api} on the page's full run, "
            "where Streamlit raises; gate it behind a button or drop parallel=True",
        )


def _ungated(ctx: Context) -> bool:
    """Runs whenever its function runs during a full run: not under a button, not a callback."""
    return not ctx.gates and not ctx.callback


def _reached_ungated(model: AppModel, fragment: FunctionInfo) -> set[str]:
    """The fragment and the app functions it calls outside any button gate, transitively."""
    reached = {fragment.id}
    todo = [fragment.id]
    while todo:
        caller = todo.pop()
        for call in model.local_calls:
            callee = call.callee
            if call.ctx.function == caller and _ungated(call.ctx) and callee not in reached:
                callee_info = model.functions.get(callee)
                if callee_info is not None and not callee_info.dialog:
                    reached.add(callee)
                    todo.append(callee)
    return reached
