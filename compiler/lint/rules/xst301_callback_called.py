"""XST301: ``on_click=save()`` calls the callback while drawing instead of passing it."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class CallbackCalled(Rule):
    code = "XST301"
    name = "callback-called-not-passed"
    summary = "`on_click=save()` runs save on every run and passes its result (None)."
    explanation = (
        "A callback must be passed, not called: `on_click=save()` calls save() while the "
        "widget is drawn, on every run, and hands its return value (usually None) to the "
        "widget. Pass the function itself, with args=/kwargs= for its arguments."
    )
    example_bad = """\
        def save(doc):
            db.put(doc)

        st.button("Save", on_click=save(doc))
    """
    example_good = """\
        def save(doc):
            db.put(doc)

        st.button("Save", on_click=save, args=(doc,))
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for ref, _site in model.callbacks:
            if ref.kind != "call" or ref.function is None:
                continue
            info = model.functions.get(ref.function)
            if info is None or info.returns_callable:
                continue
            name = info.name
            yield self.diag(
                model,
                _site.file,
                ref.pos,
                f"`{ref.param}={ref.text}` calls {name}() while drawing, on every run, and "
                f"passes its result. Pass the function: {ref.param}={name}, args=(...)",
            )
