"""XST610: st.navigation called inside a function, a loop or a page."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class NavigationNotTopLevel(Rule):
    code = "XST610"
    name = "navigation-not-top-level"
    summary = "st.navigation is called in a function, a loop or a page instead of the entry script."
    explanation = (
        "st.navigation belongs at the top level of the entry script, which runs on every "
        "rerun as the frame around the pages. Called from a page (or a function a page runs) "
        "it replaces the app's menu while that page runs and returns a page nobody runs; in a "
        "loop it is called more than once. Declare the pages once, in the entry script."
    )
    example_bad = """\
        def home():
            st.navigation([home, settings])
            st.title("Home")
    """
    example_good = """\
        def home():
            st.title("Home")

        st.navigation([home, settings]).run()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        calls = [c for c in model.calls if c.name == "navigation"]
        if not calls:
            return
        pages = self._page_files(model)
        for call in calls:
            ctx = call.ctx
            where = (
                "in a page file"
                if call.file in pages
                else "inside a function"
                if ctx.function is not None
                else "inside a loop"
                if ctx.loop_ids
                else None
            )
            if where is not None:
                yield self.diag(
                    model,
                    call.file,
                    call.pos,
                    f"st.navigation is called {where}: call it once at the top level of the "
                    "entry script",
                )

    @staticmethod
    def _page_files(model: AppModel) -> set[str]:
        """The files the app's page declarations name (relative to the app folder)."""
        found: set[str] = set()
        for site in model.pages:
            if site.args.source is None or "\0" in site.args.source:
                continue
            path = os.path.normpath((model.root / site.file).parent / site.args.source)
            try:
                found.add(Path(path).relative_to(os.path.abspath(model.root)).as_posix())
            except ValueError:
                continue
        return found
