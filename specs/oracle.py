"""Reading Streamlit 1.67's public surface from the installed package (the oracle).

Only the generator and the contract tests import this, and only where `streamlit` is installed
(a dev dependency). What it reads is written to `streamlit_1_67.json` so that the generator's
other outputs, and anyone reading the specs, never need streamlit itself.
"""

from __future__ import annotations

import importlib
import inspect
import types
from typing import Any

ORACLE_VERSION = "1.67.0"

#: Public submodules real apps import, beside `st.*` names (the generator records their names).
SUBMODULES: tuple[str, ...] = ("column_config", "components.v1", "errors")

#: A parameter as [name, kind, default]; default is None when the parameter has none.
Param = list[Any]


def _default(value: Any) -> str | None:
    if value is inspect.Parameter.empty:
        return None
    if isinstance(value, type):
        return value.__qualname__
    if isinstance(value, types.ModuleType):
        return f"module {value.__name__}"
    text = repr(value)
    return text if " at 0x" not in text else type(value).__qualname__


def signature_of(obj: Any) -> list[Param] | None:
    """The parameters of a callable (without `self`), or None when it has no signature."""
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    return [
        [p.name, p.kind.name, _default(p.default)]
        for p in sig.parameters.values()
        if p.name != "self"
    ]


def _kind(obj: Any) -> str:
    if isinstance(obj, type):
        return "class"
    if isinstance(obj, types.ModuleType):
        return "module"
    if inspect.isroutine(obj):
        return "function"
    return "object"


def _entry(obj: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"kind": _kind(obj)}
    if entry["kind"] in ("function", "class"):
        entry["signature"] = signature_of(obj)
    return entry


def read_surface() -> dict[str, Any]:
    """Streamlit's public names and signatures, as plain data."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    if st.__version__ != ORACLE_VERSION:
        raise SystemExit(f"the oracle must be streamlit {ORACLE_VERSION}, not {st.__version__}")
    on_containers = {n for n in dir(st.sidebar) if not n.startswith("_")}
    commands: dict[str, Any] = {}
    for name in sorted(dir(st)):
        obj = getattr(st, name)
        if name.startswith("_") or isinstance(obj, types.ModuleType):
            continue
        entry = _entry(obj)
        entry["on_containers"] = name in on_containers
        commands[name] = entry
    submodules: dict[str, Any] = {}
    for dotted in SUBMODULES:
        module = importlib.import_module(f"streamlit.{dotted}")
        names = getattr(module, "__all__", None) or [
            n
            for n in dir(module)
            if not n.startswith("_") and getattr(getattr(module, n), "__module__", "") is not None
        ]
        public = {}
        for name in sorted(names):
            obj = getattr(module, name)
            if isinstance(obj, types.ModuleType) or (getattr(obj, "__module__", "") or "").split(
                "."
            )[0] not in ("streamlit",):
                continue
            public[name] = _entry(obj)
        submodules[dotted] = public
    apptest = {
        name: _entry(getattr(AppTest, name))
        for name in sorted(dir(AppTest))
        if not name.startswith("_")
    }
    for name, entry in apptest.items():
        if isinstance(inspect.getattr_static(AppTest, name), property):
            entry["kind"] = "property"
            entry.pop("signature", None)
    return {
        "version": ORACLE_VERSION,
        "commands": commands,
        "submodules": submodules,
        "apptest": apptest,
    }
