"""XST501: a widget inside a cached function."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import show
from stbundle.compiler.model import AppModel


class WidgetInCachedFunction(Rule):
    code = "XST501"
    name = "widget-in-cached-function"
    summary = "A widget inside `@st.cache_data`/`@st.cache_resource` runs only on cache misses."
    explanation = (
        "A cached function's body runs only when the cache misses, so a widget inside it is "
        "drawn once and then replayed without its interaction; Streamlit shows "
        "CachedWidgetWarning. Create widgets outside and pass their values in as arguments."
    )
    example_bad = """\
        @st.cache_data
        def load():
            n = st.slider("Rows")
            return read(n)
    """
    example_good = """\
        @st.cache_data
        def load(n):
            return read(n)

        load(st.slider("Rows"))
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for site in model.widgets:
            if site.ctx.cached:
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"{show(site)} is inside a cached function, which runs only on a cache miss. "
                    "Create the widget outside and pass its value as an argument",
                )
