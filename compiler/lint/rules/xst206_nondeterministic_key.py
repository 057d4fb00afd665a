"""XST206: a widget key that changes on every run."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import show
from stbundle.compiler.model import AppModel


class NondeterministicKey(Rule):
    code = "XST206"
    name = "nondeterministic-key"
    summary = "`key=` built from uuid, time or random: a new widget every run, input lost."
    explanation = (
        "A widget's key is its identity across reruns. A key from uuid4(), time.time(), random "
        "or id() differs on every run, so each rerun creates a brand-new widget and whatever "
        "the user typed or picked is lost. Use a stable key derived from your data."
    )
    example_bad = 'st.text_input("Note", key=str(uuid.uuid4()))'
    example_good = 'st.text_input("Note", key=f"note_{row_id}")'

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for site in model.widgets:
            if site.nondeterministic_key:
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"The key of {show(site)} comes from `{site.nondeterministic_key}()`, which "
                    "changes every run, so the widget is recreated and its value lost each "
                    "rerun. Use a stable key derived from your data",
                )
