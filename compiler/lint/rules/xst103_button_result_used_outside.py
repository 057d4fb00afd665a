"""XST103: a value computed under a button and used after the button's branch."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class ButtonResultUsedOutside(Rule):
    code = "XST103"
    name = "button-result-used-outside"
    certainty = "heuristic"
    summary = "A name assigned only under a button is used after the branch (lost next run)."
    explanation = (
        "Names assigned inside `if st.button(...)` exist only on the run right after the "
        "click. On the next rerun the branch is skipped and the later use raises NameError or "
        "sees a stale value. Store the result in st.session_state, or initialise the name "
        "before the branch."
    )
    example_bad = """\
        if st.button("Load"):
            df = load()
        st.dataframe(df)
    """
    example_good = """\
        if st.button("Load"):
            st.session_state.df = load()
        if "df" in st.session_state:
            st.dataframe(st.session_state.df)
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for fact in model.facts:
            if fact.kind != "gated-use":
                continue
            line = fact.extra[0] if fact.extra else "?"
            yield self.diag(
                model,
                fact.file,
                fact.pos,
                f"`{fact.detail}` is assigned only when a button is clicked (line {line}) but "
                "used after that branch: on the next rerun it is gone. Keep it in "
                f"st.session_state (st.session_state.{fact.detail} = ...) or initialise it first",
            )
