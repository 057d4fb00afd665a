"""Fragment boundaries: which widgets and elements each ``@st.fragment`` owns, statically.

A fragment owns what is written lexically inside it and inside the app's own functions it calls
(transitively). Writes that land in a container created outside the fragment (``st.sidebar``,
``st.bottom``, a container made before the fragment ran) are listed separately: Streamlit 1.67
redraws them in place on fragment reruns and rejects them in parallel fragments.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from stbundle.compiler.model import AppModel, Container, FunctionInfo


def owned_functions(model: AppModel, fragment: FunctionInfo) -> set[str]:
    """The fragment plus every app function reachable by calls from inside it."""
    by_caller: dict[str, set[str]] = defaultdict(set)
    for call in model.local_calls:
        if call.ctx.function is not None:
            by_caller[call.ctx.function].add(call.callee)
    # Nested functions defined inside the fragment run inside it too.
    nested = {fid for fid in model.functions if fid.startswith(fragment.id + ".")}
    owned = {fragment.id, *nested}
    todo = list(owned)
    while todo:
        for callee in by_caller.get(todo.pop(), ()):
            if callee not in owned and callee in model.functions:
                owned.add(callee)
                todo.append(callee)
    return owned


def is_outside(container: Container | None, owned: set[str], fragment_id: str) -> bool:
    """A write into this container escapes the fragment (the container predates it)."""
    if container is None:
        return False
    if container.kind in ("sidebar", "bottom"):
        return True
    return container.fragment != fragment_id and container.function not in owned


def compute_fragments(model: AppModel) -> None:
    """Fill ``model.fragments`` and each widget's owning fragment."""
    fragments = [f for f in model.functions.values() if f.fragment]
    called_outside: set[str] = set()
    ownership: dict[str, set[str]] = {f.id: owned_functions(model, f) for f in fragments}
    all_owned = set().union(*ownership.values()) if ownership else set()
    for call in model.local_calls:
        if call.ctx.function is None or call.ctx.function not in all_owned:
            called_outside.add(call.callee)

    out: list[dict[str, Any]] = []
    for fragment in fragments:
        owned = ownership[fragment.id]
        widgets: list[str] = []
        outside: list[dict[str, Any]] = []
        for site in model.widgets:
            function = site.ctx.function
            if function not in owned:
                continue
            lexical = site.ctx.fragment == fragment.id
            if lexical or function not in called_outside:
                site.fragment = site.fragment or fragment.qualname
            widgets.append(site.site_key)
            if is_outside(site.container, owned, fragment.id):
                outside.append(
                    {
                        "kind": site.kind,
                        "file": site.file,
                        "line": site.pos.line,
                        "col": site.pos.col,
                        "root": site.root,
                        "widget": True,
                    }
                )
        elements: list[dict[str, Any]] = []
        for call in model.calls:
            if not call.is_element or call.ctx.function not in owned:
                continue
            elements.append(
                {"name": call.name, "file": call.file, "line": call.pos.line, "col": call.pos.col}
            )
            if is_outside(call.container, owned, fragment.id):
                outside.append(
                    {
                        "kind": call.name,
                        "file": call.file,
                        "line": call.pos.line,
                        "col": call.pos.col,
                        "root": call.root,
                        "widget": False,
                    }
                )
        out.append(
            {
                "name": fragment.qualname,
                "file": fragment.file,
                "line": fragment.pos.line,
                "col": fragment.pos.col,
                "run_every": fragment.fragment_run_every,
                "parallel": fragment.fragment_parallel,
                "key": fragment.fragment_key,
                "functions": sorted(owned),
                "widgets": widgets,
                "elements": elements,
                "outside_writes": outside,
            }
        )
    model.fragments = out
