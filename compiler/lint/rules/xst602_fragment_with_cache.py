"""XST602: ``@st.fragment`` stacked with a cache decorator."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class FragmentWithCache(Rule):
    code = "XST602"
    name = "fragment-with-cache-decorator"
    summary = "A function both `@st.fragment` and `@st.cache_*`: the cache replays stale output."
    explanation = (
        "A fragment reruns to redraw; a cached function skips its body on a hit and replays "
        "what it drew. Together, the fragment's widgets are replayed instead of run, so "
        "interactions do nothing. Cache the data in a separate function that the fragment "
        "calls."
    )
    example_bad = """\
        @st.fragment
        @st.cache_data
        def panel():
            ...
    """
    example_good = """\
        @st.cache_data
        def data():
            ...

        @st.fragment
        def panel():
            st.write(data())
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for info in model.functions.values():
            if info.fragment and info.cache:
                yield self.diag(
                    model,
                    info.file,
                    info.decorator_pos[0] if info.decorator_pos else info.pos,
                    f"{info.name}() is both a fragment and cached (cache_{info.cache}); a cache "
                    "hit replays the fragment's output instead of running it. Cache the data in "
                    "a separate function and call it from the fragment",
                )
