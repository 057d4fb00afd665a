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


def _graph(model: AppModel) -> dict[str, set[str]]:
    """Function id -> functions it may run: its callees and the functions nested in it."""
    graph: dict[str, set[str]] = model.memo.get("call_graph") or defaultdict(set)
    if "call_graph" in model.memo:
        return graph
    for call in model.local_calls:
        if call.ctx.function is not None and call.callee in model.functions:
            graph[call.ctx.function].add(call.callee)
    for fid in model.functions:
        file, _, qualname = fid.partition("::")
        if "." in qualname:
            graph[f"{file}::{qualname.rsplit('.', 1)[0]}"].add(fid)
    model.memo["call_graph"] = graph
    return graph


def owned_functions(model: AppModel, fragment: FunctionInfo) -> set[str]:
    """The fragment plus every app function reachable by calls from inside it."""
    cache: dict[str, set[str]] = model.memo.setdefault("owned", {})
    if fragment.id in cache:
        return cache[fragment.id]
    graph = _graph(model)
    owned = {fragment.id}
    todo = [fragment.id]
    while todo:
        for callee in graph.get(todo.pop(), ()):
            if callee not in owned:
                owned.add(callee)
                todo.append(callee)
    cache[fragment.id] = owned
    return owned


def is_outside(container: Container | None, owned: set[str], fragment_id: str) -> bool:
    """A write into this container escapes the fragment (the container predates it)."""
    if container is None:
        return False
    if container.kind in ("sidebar", "bottom"):
        return True
    return container.fragment != fragment_id and container.function not in owned


def _write(kind: str, file: str, line: int, col: int, root: str, widget: bool) -> dict[str, Any]:
    return {"kind": kind, "file": file, "line": line, "col": col, "root": root, "widget": widget}


def compute_fragments(model: AppModel) -> None:
    """Fill ``model.fragments`` and each widget's owning fragment."""
    fragments = [f for f in model.functions.values() if f.fragment]
    ownership = {f.id: owned_functions(model, f) for f in fragments}
    owners: dict[str, list[FunctionInfo]] = defaultdict(list)
    for fragment in fragments:
        for fid in ownership[fragment.id]:
            owners[fid].append(fragment)
    called_outside = {
        call.callee
        for call in model.local_calls
        if call.ctx.function is None or call.ctx.function not in owners
    }
    entries: dict[str, dict[str, Any]] = {
        f.id: {
            "name": f.qualname,
            "file": f.file,
            "line": f.pos.line,
            "col": f.pos.col,
            "run_every": f.fragment_run_every,
            "parallel": f.fragment_parallel,
            "key": f.fragment_key,
            "functions": sorted(ownership[f.id]),
            "widgets": [],
            "elements": [],
            "outside_writes": [],
        }
        for f in fragments
    }
    for site in model.widgets:
        function = site.ctx.function
        for fragment in owners.get(function or "", ()):
            entry = entries[fragment.id]
            if site.ctx.fragment == fragment.id or function not in called_outside:
                site.fragment = site.fragment or fragment.qualname
            entry["widgets"].append(site.site_key)
            if is_outside(site.container, ownership[fragment.id], fragment.id):
                pos = site.pos
                entry["outside_writes"].append(
                    _write(site.kind, site.file, pos.line, pos.col, site.root, True)
                )
    for call in model.calls:
        if not call.is_element:
            continue
        for fragment in owners.get(call.ctx.function or "", ()):
            entry = entries[fragment.id]
            pos = call.pos
            entry["elements"].append(
                {"name": call.name, "file": call.file, "line": pos.line, "col": pos.col}
            )
            if is_outside(call.container, ownership[fragment.id], fragment.id):
                entry["outside_writes"].append(
                    _write(call.name, call.file, pos.line, pos.col, call.root, False)
                )
    model.fragments = list(entries.values())
