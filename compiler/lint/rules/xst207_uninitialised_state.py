"""XST207: reading a session_state entry that nothing initialises."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class UninitialisedState(Rule):
    code = "XST207"
    name = "session-state-uninitialised"
    certainty = "heuristic"
    summary = "st.session_state.x read with no guard, assignment or widget key for it anywhere."
    explanation = (
        "On a session's first run st.session_state is empty: reading an entry nobody has set "
        "raises AttributeError/KeyError. Initialise it first (`if 'x' not in "
        "st.session_state: ...`, setdefault) or read it with .get(). Multipage apps may "
        "initialise it on another page, hence heuristic."
    )
    example_bad = "st.session_state.items.append(x)"
    example_good = """\
        st.session_state.setdefault("items", [])
        st.session_state.items.append(x)
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        known: set[str] = {w.key for w in model.widgets if w.key is not None}
        for op in model.state_ops:
            if op.op in ("write", "guard", "delete"):
                if op.key is None and op.op in ("write", "delete"):
                    return  # keys written dynamically: we cannot tell what is initialised
                if op.key is not None:
                    known.add(op.key)
        if any(w.key_dynamic for w in model.widgets):
            return
        reported: set[str] = set()
        for op in model.state_ops:
            if op.op == "read" and op.key is not None and op.key not in known:
                if op.key in reported:
                    continue
                reported.add(op.key)
                yield self.diag(
                    model,
                    op.file,
                    op.pos,
                    f'st.session_state["{op.key}"] is read but never initialised, so the first '
                    f'run raises. Initialise it (st.session_state.setdefault("{op.key}", ...)) '
                    "or read it with .get()",
                )
