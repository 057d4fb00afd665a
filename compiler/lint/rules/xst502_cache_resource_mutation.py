"""XST502: mutating the object a ``cache_resource`` function returned."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class CacheResourceMutation(Rule):
    code = "XST502"
    name = "cache-resource-mutation"
    certainty = "heuristic"
    summary = "Mutating an `st.cache_resource` result changes it for every user and session."
    explanation = (
        "st.cache_resource returns the same object to every session, without copying. "
        "Appending to it, assigning items or calling inplace=True methods changes what every "
        "other user sees. Copy it first, keep per-user data in st.session_state, or use "
        "st.cache_data (which returns a copy)."
    )
    example_bad = """\
        @st.cache_resource
        def load_rows():
            return db.rows()

        rows = load_rows()
        rows.append(new)
    """
    example_good = """\
        @st.cache_resource
        def load_rows():
            return db.rows()

        rows = list(load_rows())
        rows.append(new)
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for fact in model.facts:
            if fact.kind == "cache-mutation":
                yield self.diag(
                    model,
                    fact.file,
                    fact.pos,
                    f"`{fact.detail}` mutates an object returned by an st.cache_resource "
                    "function, which every session shares. Copy it first, or keep per-user "
                    "data in st.session_state",
                )
