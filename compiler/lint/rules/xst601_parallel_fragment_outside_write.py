"""XST601: a parallel fragment that writes into a container outside itself."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel, Pos


class ParallelFragmentOutsideWrite(Rule):
    code = "XST601"
    name = "fragment-outside-write"
    severity = "error"
    summary = "A `parallel=True` fragment writes to st.sidebar or a container made outside it."
    explanation = (
        "A fragment may write into containers created outside it (st.sidebar, st.bottom, a "
        "container made before the call), but a parallel fragment may not: Streamlit 1.67 "
        "raises StreamlitInvalidLayoutContextError. Draw the element inside the fragment "
        "body, or drop parallel=True. The manifest lists every fragment's outside writes."
    )
    example_bad = """\
        @st.fragment(parallel=True)
        def stats():
            st.sidebar.metric('Users', n())
    """
    example_good = """\
        @st.fragment(parallel=True)
        def stats():
            st.metric('Users', n())
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for fragment in model.fragments:
            if not fragment["parallel"]:
                continue
            for write in fragment["outside_writes"]:
                pos = Pos(write["line"], write["col"], write["line"], write["col"])
                where = f"st.{write['root']}" if write["root"] != "main" else "a container"
                yield self.diag(
                    model,
                    write["file"],
                    pos,
                    f"Parallel fragment {fragment['name']}() writes `{write['kind']}` into "
                    f"{where} created outside it; Streamlit raises. Draw it inside the fragment "
                    "or drop parallel=True",
                )
