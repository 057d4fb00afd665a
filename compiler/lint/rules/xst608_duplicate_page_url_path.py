"""XST608: two pages with the same URL path."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel, PageSite


class DuplicatePageUrlPath(Rule):
    code = "XST608"
    name = "duplicate-page-url-path"
    severity = "error"
    summary = "Two pages of st.navigation resolve to the same URL path."
    explanation = (
        "Each page needs its own URL path: it is inferred from the file or function name "
        "(`admin/settings.py` and `user/settings.py` both give `settings`) unless `url_path=` "
        "is set. st.navigation raises when two pages share one, so the app shows nothing. "
        "Give one of them a distinct `url_path`."
    )
    example_bad = """\
        st.navigation([st.Page("admin/settings.py"), st.Page("user/settings.py")]).run()
    """
    example_good = """\
        st.navigation([
            st.Page("admin/settings.py"),
            st.Page("user/settings.py", url_path="user-settings"),
        ]).run()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        if not model.pages:
            return
        # Inferring a path from a file name uses the runtime's naming rules: imported only
        # for apps that declare pages.
        from stbundle.compiler.page_paths import inferred_url_path

        seen: dict[tuple[str, str], list[PageSite]] = {}
        for site in model.pages:
            path = inferred_url_path(site.args)
            if path is None:
                continue
            # Pages written in one st.navigation call, or declared apart in one file.
            earlier = seen.setdefault((site.menu or site.file, path), [])
            first = next((e for e in earlier if not e.ctx.exclusive_with(site.ctx)), None)
            earlier.append(site)
            if first is not None:
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"This page's URL path `/{path}` is already used by the page on line "
                    f"{first.pos.line}: st.navigation raises. Set a distinct `url_path=`",
                )
