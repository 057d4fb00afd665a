"""XST607: a page whose file does not exist."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class PageFileMissing(Rule):
    code = "XST607"
    name = "page-file-missing"
    severity = "error"
    summary = "st.Page / st.navigation names a page file that does not exist."
    explanation = (
        "A page's file path is relative to the entry script's folder. When no such file "
        "exists, st.Page raises StreamlitPageNotFoundError on every run, so no page of the app "
        "shows. Fix the path, create the file, or make the page a function."
    )
    example_bad = """\
        pg = st.navigation([st.Page("pages/reprts.py")])
        pg.run()
    """
    example_good = """\
        def reports():
            st.title("Reports")

        pg = st.navigation([st.Page(reports)])
        pg.run()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for site in model.pages:
            source = site.args.source
            if source is None or "\0" in source:
                continue
            # Relative to the entry script's folder: the app's root, or the declaring
            # script's own folder when a folder of several apps is linted.
            folders = {model.root, (model.root / site.file).parent}
            if not any((folder / source).is_file() for folder in folders):
                shown = PurePosixPath(site.file).parent / source
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"The page file `{source}` does not exist (looked for {shown}, relative to "
                    "the entry script): st.Page raises on every run",
                )
