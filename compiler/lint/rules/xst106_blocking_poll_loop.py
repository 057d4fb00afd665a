"""XST106: ``while True`` with ``time.sleep``: a run that never ends."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class BlockingPollLoop(Rule):
    code = "XST106"
    name = "blocking-poll-loop"
    summary = "`while True:` with `time.sleep` blocks the run; use `@st.fragment(run_every=...)`."
    explanation = (
        "A polling loop keeps the script run alive forever: widgets below it never appear, "
        "and every interaction has to interrupt it. Move the body into a function decorated "
        "with @st.fragment(run_every=...) so Streamlit reruns just that part on a timer."
    )
    example_bad = """\
        while True:
            st.metric('Load', read())
            time.sleep(5)
    """
    example_good = """\
        @st.fragment(run_every=5)
        def load():
            st.metric('Load', read())

        load()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for loop in model.loops.values():
            if loop.while_true and loop.sleeps:
                output = " and draws output" if loop.outputs else ""
                yield self.diag(
                    model,
                    loop.file,
                    loop.pos,
                    f"`while True:` sleeps{output}, so the run never ends. Put the body in a "
                    "function decorated with @st.fragment(run_every=...) instead",
                )
