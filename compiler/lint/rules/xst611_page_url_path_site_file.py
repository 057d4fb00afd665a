"""XST611: a page whose URL path is the name of one of a static site's own files."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel, Pos


class PageUrlPathSiteFile(Rule):
    code = "XST611"
    name = "page-url-path-site-file"
    summary = "A page's URL path is the name of one of a static site's own files or folders."
    explanation = (
        "`bundle build` writes every page's URL as a folder of the site (`<url_path>/index.html`) "
        "next to the site's own files: `assets/`, `pyodide/`, `component/`, `index.html`, "
        "`404.html`, `manifest.json`, `.nojekyll`. A page whose URL path is one of those names "
        "would replace that file or open it instead of the page, so the build refuses it. "
        "Serve mode has no such limit. Give the page another `url_path=`."
    )
    example_bad = """\
        st.navigation([st.Page(home), st.Page("reports/assets.py")]).run()
    """
    example_good = """\
        st.navigation([st.Page(home), st.Page("reports/assets.py", url_path="our-assets")]).run()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        yield from self._pages_folder(model)
        if not model.pages:
            return
        from stbundle.compiler.page_paths import inferred_url_path, site_file_clashes

        for site in model.pages:
            path = inferred_url_path(site.args)
            if path is None or site.args.external or site.args.default:
                continue
            if site_file_clashes([path]):
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"This page's URL path `/{path}` is the name of a static site's own "
                    "files: `bundle build` refuses it. Set another `url_path=`",
                )

    def _pages_folder(self, model: AppModel) -> Iterator[Diagnostic]:
        """A pages/ folder app: each file's name gives its page's URL path."""
        folder = model.root / "pages"
        if not folder.is_dir():
            return
        # An app that calls st.navigation is not run from its pages/ folder. (Read from the
        # model: the compiler holds the AST lock that runtime_py.pages' own check takes.)
        if any(c.name == "navigation" for c in model.calls):
            return
        from stbundle.compiler.page_paths import site_file_clashes
        from stbundle.runtime_py.pages import page_icon_and_name, pages_folder_files

        # pages_folder_files reads the pages/ folder beside the path it is given.
        for file in pages_folder_files(model.root / "pages"):
            path = page_icon_and_name(file)[1]
            if site_file_clashes([path]):
                yield self.diag(
                    model,
                    file.relative_to(model.root).as_posix(),
                    Pos(1, 0, 1, 0),
                    f"This page file's URL path `/{path}` is the name of a static site's own "
                    "files: `bundle build` refuses it. Rename the file",
                )
