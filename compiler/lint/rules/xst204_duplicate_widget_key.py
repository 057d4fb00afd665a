"""XST204: two widgets (or forms) with the same literal key in one run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel, Context, Pos


class DuplicateWidgetKey(Rule):
    code = "XST204"
    name = "duplicate-widget-key"
    severity = "error"
    summary = "Two widgets with the same `key=` in one run raise StreamlitDuplicateElementKey."
    explanation = (
        "A key names one element per run. Two widgets (or forms) with the same literal key, or "
        "one keyed widget drawn repeatedly in a loop or by a helper called twice, raise "
        'StreamlitDuplicateElementKey. Give each one its own key, e.g. key=f"delete_{item.id}".'
    )
    example_bad = """\
        st.text_input("First", key="name")
        st.text_input("Last", key="name")
    """
    example_good = """\
        st.text_input("First", key="first")
        st.text_input("Last", key="last")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        seen: dict[tuple[str, str | None, str], list[tuple[Pos, Context]]] = defaultdict(list)
        entries: list[tuple[str, str, Pos, Context, str | None]] = [
            (w.key, w.file, w.pos, w.ctx, w.repeats) for w in model.widgets if w.key is not None
        ]
        entries += [(f.key, f.file, f.pos, f.ctx, None) for f in model.forms.values() if f.key]
        entries.sort(key=lambda e: (e[1], e[2].line, e[2].col))
        for key, file, pos, ctx, repeats in entries:
            slot = (file, ctx.function, key)
            earlier = [p for p, c in seen[slot] if not c.exclusive_with(ctx)]
            if earlier:
                yield self.diag(
                    model,
                    file,
                    pos,
                    f'Key "{key}" is already used at line {earlier[0].line}; two elements with '
                    "one key raise StreamlitDuplicateElementKey. Give this one its own key",
                )
            elif repeats:
                where = "in a loop" if repeats == "loop" else "in a function called more than once"
                yield self.diag(
                    model,
                    file,
                    pos,
                    f'Key "{key}" is fixed but this widget is drawn {where}, so the key repeats '
                    "and Streamlit raises. Build the key from the item, e.g. "
                    f'key=f"{key}_{{item_id}}"',
                    certainty="heuristic",
                )
            seen[slot].append((pos, ctx))
