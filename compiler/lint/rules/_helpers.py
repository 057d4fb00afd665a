"""Small queries over the model that several rules share (memoised on the model)."""

from __future__ import annotations

from stbundle.compiler.model import AppModel, Context, WidgetSite


def widgets_by_id(model: AppModel) -> dict[int, WidgetSite]:
    found: dict[int, WidgetSite] | None = model.memo.get("widgets_by_id")
    if found is None:
        found = model.memo["widgets_by_id"] = {w.id: w for w in model.widgets}
    return found


def callback_function_ids(model: AppModel) -> set[str]:
    """Functions passed as callbacks, and functions nested in them."""
    found: set[str] | None = model.memo.get("callback_ids")
    if found is not None:
        return found
    used = set(model.callback_functions())
    found = set(used)
    for fid in model.functions:
        file, _, qualname = fid.partition("::")
        parts = qualname.split(".")
        if any(f"{file}::{'.'.join(parts[:i])}" in used for i in range(1, len(parts))):
            found.add(fid)
    model.memo["callback_ids"] = found
    return found


def in_callback(ctx: Context, callbacks: set[str]) -> bool:
    return ctx.callback or (ctx.function is not None and ctx.function in callbacks)


def show(site: WidgetSite) -> str:
    label = f'"{site.label}"' if site.label is not None else ""
    return f"`{site.api}({label})`" if label else f"`{site.api}`"
