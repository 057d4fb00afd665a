"""XST209: a keyless choice widget whose options come from data."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import show
from stbundle.compiler.model import AppModel


class DataDerivedIdentity(Rule):
    code = "XST209"
    name = "data-derived-widget-identity"
    certainty = "heuristic"
    summary = "Keyless selectbox/radio/multiselect with options computed from data resets often."
    explanation = (
        "Without key=, the options are part of a widget's identity. When they are computed "
        "from data (a query, a dataframe column), any change in the data makes a new widget "
        "and the user's choice resets. Give the widget a key."
    )
    example_bad = 'st.selectbox("City", df["city"].unique())'
    example_good = 'st.selectbox("City", df["city"].unique(), key="city")'

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for site in model.widgets:
            if site.options_dynamic and site.key is None and not site.key_dynamic:
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"{show(site)} has no key and its options are computed, so when the data "
                    "changes it becomes a new widget and the choice resets. Pass key=...",
                )
