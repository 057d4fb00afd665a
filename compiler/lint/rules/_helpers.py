"""Small queries over the model that several rules share."""

from __future__ import annotations

from stbundle.compiler.model import AppModel, Context, WidgetSite


def widgets_by_id(model: AppModel) -> dict[int, WidgetSite]:
    return {w.id: w for w in model.widgets}


def callback_function_ids(model: AppModel) -> set[str]:
    """Functions passed as callbacks, and functions nested in them."""
    used = set(model.callback_functions())
    nested = {fid for fid in model.functions if any(fid.startswith(u + ".") for u in used)}
    return used | nested


def in_callback(ctx: Context, callbacks: set[str]) -> bool:
    return ctx.callback or (ctx.function is not None and ctx.function in callbacks)


def show(site: WidgetSite) -> str:
    label = f'"{site.label}"' if site.label is not None else ""
    return f"`{site.api}({label})`" if label else f"`{site.api}`"
