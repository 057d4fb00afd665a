"""XST503: a cached function that reads session_state or widget values it is not given."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel, Pos
from stbundle.compiler.streamlit_api import WIDGETS


class CachedHiddenInput(Rule):
    code = "XST503"
    name = "cached-function-hidden-input"
    certainty = "heuristic"
    summary = "A cached function reads st.session_state or a widget global: results go stale."
    explanation = (
        "The cache key is made from the function's arguments only. Reading st.session_state, "
        "st.query_params or a global set from a widget inside it means a cached result is "
        "returned even after that input changed. Pass the value in as an argument."
    )
    example_bad = """\
        @st.cache_data
        def load():
            return read(st.session_state.city)
    """
    example_good = """\
        @st.cache_data
        def load(city):
            return read(city)

        load(st.session_state.city)
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        found: list[tuple[str, Pos, str]] = []
        for op in model.state_ops:
            if op.ctx.cached and op.op in ("read", "guard"):
                found.append((op.file, op.pos, f"st.session_state.{op.key or '[...]'}"))
        for fact in model.facts:
            if fact.kind == "cached-hidden-input" and fact.ctx is not None:
                found.append((fact.file, fact.pos, fact.detail))
        for info in model.functions.values():
            if not info.cache:
                continue
            widgets = model.module_widget_names.get(info.file, {})
            for name, pos in info.global_reads.items():
                site = widgets.get(name)
                if site is not None and WIDGETS[site.kind].value_input:
                    found.append((info.file, pos, name))
        for file, pos, what in found:
            yield self.diag(
                model,
                file,
                pos,
                f"A cached function reads `{what}`, which is not part of its cache key, so a "
                "stale result is returned after it changes. Pass it in as an argument",
            )
