"""XST604: ``st.rerun(scope="fragment")`` outside any fragment."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.fragments import owned_functions
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import callback_function_ids, in_callback
from stbundle.compiler.model import AppModel


class FragmentRerunOutside(Rule):
    code = "XST604"
    name = "fragment-rerun-outside-fragment"
    severity = "error"
    summary = '`st.rerun(scope="fragment")` outside a fragment raises.'
    explanation = (
        'st.rerun(scope="fragment") reruns the fragment it is called from; called from the '
        "main script (or a function no fragment calls) Streamlit raises "
        "StreamlitInvalidLayoutContextError. Use st.rerun() there, or move the call into "
        "the fragment."
    )
    example_bad = """\
        if st.button("Refresh"):
            st.rerun(scope="fragment")
    """
    example_good = """\
        @st.fragment
        def panel():
            if st.button("Refresh"):
                st.rerun(scope="fragment")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        owned: set[str] = set()
        for info in model.functions.values():
            if info.fragment:
                owned |= owned_functions(model, info)
        callbacks = callback_function_ids(model)
        for call in model.calls:
            if call.name != "rerun" or call.scope_arg != "fragment":
                continue
            ctx = call.ctx
            if ctx.fragment or in_callback(ctx, callbacks) or ctx.function in owned:
                continue
            yield self.diag(
                model,
                call.file,
                call.pos,
                'st.rerun(scope="fragment") is outside any fragment, so Streamlit raises. Use '
                "st.rerun(), or call it inside the @st.fragment function",
            )
