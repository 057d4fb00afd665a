"""XST705 (static builds): a page whose URL path is only known when the app runs."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class PyodidePageUrlUnknown(Rule):
    code = "XST705"
    name = "pyodide-page-url-unknown"
    targets = ("pyodide",)
    summary = "A page's URL path is not a literal: a static site has no file for its URL."
    explanation = (
        "`bundle build` writes each page's URL as a file of the site (`<url_path>/index.html`), "
        "so a deep link or a reload of the page works on any static host. It reads the URL "
        "paths from the app's source: a page made from an expression (a page file or "
        "`url_path=` computed in a loop, a function returned by another) has none it can "
        "read. Its URL then reaches the app only through the site's 404.html, which opens the "
        "app on that page where the host serves 404.html for missing paths (GitHub Pages "
        "does). Give the page a literal `url_path=`, or declare it with a named function or a "
        'file path. Checked only with target = "pyodide".'
    )
    example_bad = """\
        pages = [st.Page(chapter(n), title=f"Chapter {n}", url_path=f"ch{n}") for n in (1, 2)]
        st.navigation(pages).run()
    """
    example_good = """\
        pages = [
            st.Page(chapter(1), title="Chapter 1", url_path="ch1"),
            st.Page(chapter(2), title="Chapter 2", url_path="ch2"),
        ]
        st.navigation(pages).run()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        from stbundle.compiler.page_paths import inferred_url_path

        for site in model.pages:
            args = site.args
            if args.external or args.default or inferred_url_path(args) is not None:
                continue
            yield self.diag(
                model,
                site.file,
                site.pos,
                "This page's URL path is not a literal, so a static site has no file for it: "
                "a deep link or a reload of its URL relies on the host serving the site's "
                "404.html (GitHub Pages does). Give it a literal `url_path=`",
            )
