"""XST603: using the value a fragment returns."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class FragmentReturnUsed(Rule):
    code = "XST603"
    name = "fragment-return-value-used"
    summary = "A fragment's return value is used: fragment reruns never deliver it."
    explanation = (
        "When a fragment reruns on its own, only the fragment runs: the caller does not, so a "
        "returned value reaches the rest of the app only on full runs and is stale otherwise. "
        "Store results in st.session_state from inside the fragment."
    )
    example_bad = """\
        @st.fragment
        def pick():
            return st.selectbox('City', cities)

        city = pick()
    """
    example_good = """\
        @st.fragment
        def pick():
            st.selectbox('City', cities, key='city')

        pick()
        city = st.session_state.city
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for call in model.local_calls:
            info = model.functions.get(call.callee)
            if info is not None and info.fragment and call.result_used:
                yield self.diag(
                    model,
                    call.file,
                    call.pos,
                    f"The value returned by fragment {info.name}() is used, but fragment reruns "
                    "do not return to this caller, so it goes stale. Store it in "
                    "st.session_state inside the fragment",
                )
