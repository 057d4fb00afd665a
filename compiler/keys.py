"""Inferred widget keys: a stable site key per call site, and whether a site repeats.

A site key names where a widget is written: ``module:scope:kind:ordinal`` (the ordinal counts
sites of that kind within the enclosing function, in source order), so editing one function
does not shift the keys of widgets elsewhere. Identity stays Streamlit's wherever Streamlit
works; a site that may be drawn twice in one run with the same identity (a keyless widget in a
loop, or in a helper called twice), which Streamlit rejects as a duplicate, is marked
``repeats`` so the runtime tells the occurrences apart by site key and occurrence number.
"""

from __future__ import annotations

from collections import defaultdict

from stbundle.compiler.model import AppModel, LocalCall, WidgetSite


def assign_site_keys(model: AppModel) -> None:
    ordinals: dict[tuple[str, str, str], int] = defaultdict(int)
    for site in model.widgets:
        module = model.modules[site.file].name if site.file in model.modules else site.file
        slot = (site.file, site.ctx.scope, site.kind)
        site.site_key = f"{module}:{site.ctx.scope}:{site.kind}:{ordinals[slot]}"
        ordinals[slot] += 1


def repeated_functions(model: AppModel) -> dict[str, str]:
    """Functions that may run more than once per run, with why ("loop" or "helper")."""
    calls: dict[str, list[LocalCall]] = defaultdict(list)
    for call in model.local_calls:
        calls[call.callee].append(call)
    repeated: dict[str, str] = {}
    for callee, sites in calls.items():
        if any(c.ctx.in_loop for c in sites):
            repeated[callee] = "loop"
        elif any(
            not a.ctx.exclusive_with(b.ctx) for i, a in enumerate(sites) for b in sites[i + 1 :]
        ):
            repeated[callee] = "helper"
    # A function called once from a repeated function repeats too.
    changed = True
    while changed:
        changed = False
        for callee, sites in calls.items():
            if callee in repeated:
                continue
            for c in sites:
                if c.ctx.function in repeated:
                    repeated[callee] = repeated[c.ctx.function]
                    changed = True
                    break
    return repeated


def _varies_with_call(site: WidgetSite, locals_: set[str]) -> bool:
    """The identity (or key) depends on the function's own names, so calls may differ."""
    return bool(site.identity_names & locals_)


def infer_repeats(model: AppModel, function_locals: dict[str, set[str]]) -> None:
    repeated = repeated_functions(model)
    for site in model.widgets:
        if site.key_dynamic and site.identity_names:
            continue  # a key built from data: Streamlit's identity already tells them apart
        if site.ctx.in_loop and not site.identity_varies_in_loop:
            site.repeats = "loop"
            continue
        function = site.ctx.function
        if function in repeated:
            locals_ = function_locals.get(function, set())
            if site.ctx.in_loop and site.identity_varies_in_loop:
                continue
            if not _varies_with_call(site, locals_):
                site.repeats = repeated[function]
