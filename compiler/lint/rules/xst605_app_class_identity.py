"""XST605: a class defined in the rerunning script, then stored or isinstance-checked."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class AppClassIdentity(Rule):
    code = "XST605"
    name = "app-class-identity"
    certainty = "heuristic"
    summary = "A class defined in the app script is redefined each run: isinstance checks fail."
    explanation = (
        "The script runs from the top on every rerun, so `class Item:` creates a new class "
        "each time. Objects kept in st.session_state from an earlier run belong to the old "
        "class: isinstance() is False and == on dataclasses fails. Define the class in a "
        "separate module and import it (modules are imported once)."
    )
    example_bad = """\
        class Item:
            ...

        st.session_state.item = Item()
    """
    example_good = """\
        from models import Item

        st.session_state.item = Item()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        script_classes = {c.id: c for c in model.classes.values() if c.in_script}
        for fact in model.facts:
            if fact.kind == "isinstance-app-class" and fact.detail in script_classes:
                cls = script_classes[fact.detail]
                yield self.diag(
                    model,
                    fact.file,
                    fact.pos,
                    f"isinstance(..., {cls.name}) tests a class the script redefines each run; "
                    "objects from earlier runs fail it. Move the class into a module and "
                    "import it",
                )
        for op in model.state_ops:
            if op.value_class in script_classes:
                cls = script_classes[op.value_class]
                yield self.diag(
                    model,
                    op.file,
                    op.pos,
                    f"A {cls.name} instance is kept in st.session_state, but the script "
                    "redefines the class each run, so isinstance and == fail on later runs. "
                    "Move the class into a module and import it",
                )
