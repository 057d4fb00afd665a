"""XST205: keyless widgets whose automatic identity repeats in one run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules._helpers import show
from stbundle.compiler.model import AppModel, WidgetSite


class DuplicateWidgetId(Rule):
    code = "XST205"
    name = "duplicate-widget-id"
    summary = "Identical keyless widgets (same kind and arguments), or one repeated in a loop."
    explanation = (
        "Without key=, a widget's identity is its kind and arguments. Two identical calls in "
        "one run raise StreamlitDuplicateElementId in Streamlit. stbundle tells repeated "
        "occurrences apart by their position, so the widget's state follows its position: "
        "if the list it is drawn for changes, the state moves to another item. Pass an "
        "explicit key built from the item."
    )
    example_bad = """\
        for item in items:
            st.checkbox("Done")
    """
    example_good = """\
        for item in items:
            st.checkbox("Done", key=f"done_{item.id}")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        groups: dict[tuple[str, str | None, str, str | None, str], list[WidgetSite]] = defaultdict(
            list
        )
        for site in model.widgets:
            if site.key is not None or site.key_dynamic:
                continue
            if site.repeats:
                where = "a loop" if site.repeats == "loop" else "a function called more than once"
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"Keyless {show(site)} is drawn repeatedly from {where} with the same "
                    "identity: Streamlit raises a duplicate-ID error, and stbundle keeps each "
                    "copy's state by its position, so state follows the position, not the item. "
                    "Pass key=... built from the item",
                    certainty="heuristic",
                )
                continue
            if not site.identity:
                continue
            slot = (site.file, site.ctx.function, site.root, site.form, site.identity)
            earlier = [w for w in groups[slot] if not w.ctx.exclusive_with(site.ctx)]
            if earlier:
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"{show(site)} repeats the widget at line {earlier[0].pos.line} with the "
                    "same arguments and no key: Streamlit raises StreamlitDuplicateElementId. "
                    "Give one of them key=...",
                )
            groups[slot].append(site)
