"""The submodules of `streamlit` that apps import, as stbundle provides them.

`import streamlit.components.v1 as components` and `from streamlit.runtime.scriptrunner import
get_script_run_ctx` must work inside an app, so `streamlit` is made a package while a script
runs: each submodule of specs/submodules.py is either one of ours or a module whose every name
says it is not supported yet.
"""

from __future__ import annotations

import importlib
import types

from stbundle.runtime_py.submodule_table import SUBMODULES
from stbundle.runtime_py.unsupported import NotYetModule


def streamlit_submodules() -> dict[str, types.ModuleType]:
    """`streamlit.<dotted>` -> module, each also an attribute of its parent (`st.runtime`)."""
    from stbundle.runtime_py import api

    api.__path__ = []  # `streamlit` is a package to the importer
    modules: dict[str, types.ModuleType] = {"streamlit": api}
    for dotted in sorted(SUBMODULES, key=lambda d: d.count(".")):
        impl = SUBMODULES[dotted]
        parts = f"streamlit.{dotted}".split(".")
        for depth in range(2, len(parts) + 1):
            name = ".".join(parts[:depth])
            if name in modules:
                continue
            leaf = depth == len(parts)
            module = (
                importlib.import_module(f"stbundle.runtime_py.{impl}")
                if leaf and impl
                else NotYetModule(name)
            )
            if not leaf or impl is None:
                module.__path__ = []
            modules[name] = module
            setattr(modules[".".join(parts[: depth - 1])], parts[depth - 1], module)
    del modules["streamlit"]
    return modules
