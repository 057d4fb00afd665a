"""XST609: st.navigation called twice in one run."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel, StCall


class NavigationCalledTwice(Rule):
    code = "XST609"
    name = "navigation-called-twice"
    summary = "st.navigation is called more than once on one path through the script."
    explanation = (
        "Streamlit keeps only the last st.navigation call of a run: the menu shows the second "
        "list of pages and the page the first call returned is not the one the URL names. "
        "Build one list of pages (conditionally if needed) and call st.navigation once, or "
        "call it in mutually exclusive branches."
    )
    example_bad = """\
        pg = st.navigation([home, reports])
        if st.session_state.get("admin"):
            pg = st.navigation([home, reports, admin])
        pg.run()
    """
    example_good = """\
        pages = [home, reports]
        if st.session_state.get("admin"):
            pages.append(admin)
        st.navigation(pages).run()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        seen: dict[str, list[StCall]] = {}
        for call in model.calls:
            if call.name != "navigation" or call.ctx.function is not None:
                continue
            earlier = seen.setdefault(call.file, [])
            first = next((e for e in earlier if not e.ctx.exclusive_with(call.ctx)), None)
            earlier.append(call)
            if first is not None:
                yield self.diag(
                    model,
                    call.file,
                    call.pos,
                    f"st.navigation is already called on line {first.pos.line} of this run: "
                    "only the last call counts. Call it once with the full list of pages",
                )
