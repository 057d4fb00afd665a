"""XST607: a page whose file does not exist, declared or switched/linked to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel
from stbundle.runtime_py.external_pages import is_external_url


class PageFileMissing(Rule):
    code = "XST607"
    name = "page-file-missing"
    severity = "error"
    summary = (
        "st.Page / st.navigation / st.switch_page / st.page_link names a page file that does "
        "not exist."
    )
    explanation = (
        "A page's file path is relative to the entry script's folder. When no such file "
        "exists, st.Page raises StreamlitPageNotFoundError on every run, so no page of the app "
        "shows; st.switch_page and st.page_link raise it when they run (a click away from the "
        "first run, so easy to miss). Fix the path, create the file, or make the page a "
        "function."
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
            if source is not None and _missing(model, site.file, source):
                shown = PurePosixPath(site.file).parent / source
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"The page file `{source}` does not exist (looked for {shown}, relative to "
                    "the entry script): st.Page raises on every run",
                )
        for call in model.calls:
            target = call.page_arg
            if target is None or is_external_url(target) or not _missing(model, call.file, target):
                continue
            shown = PurePosixPath(call.file).parent / target
            yield self.diag(
                model,
                call.file,
                call.pos,
                f"st.{call.name} names the page file `{target}`, which does not exist (looked "
                f"for {shown}, relative to the entry script): it raises "
                "StreamlitPageNotFoundError when it runs",
            )


def _missing(model: AppModel, file: str, source: str) -> bool:
    """No such file relative to the entry script's folder: the app's root, or the declaring
    script's own folder when a folder of several apps is linted."""
    if "\0" in source:
        return False
    folders = {model.root, (model.root / file).parent}
    return not any((folder / source).is_file() for folder in folders)
