"""Launcher files: a module that assigns `app = st.App("main.py", ...)` at its top level.

`streamlit run launcher.py` serves the App instead of running the file as a script; so do
`bundle serve` (which imports the file to get the object), `bundle lint` and `bundle build`
(which read the script the App names, without running anything).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

#: st.App keywords only `bundle serve` honours: a static site has no routes, middleware,
#: lifespan or network-layer handlers, never ships secrets, and does not run the launcher file
#: (so not its on_script_error either).
SERVER_ONLY = (
    "secrets",
    "lifespan",
    "routes",
    "middleware",
    "exception_handlers",
    "on_script_error",
)


@dataclass(frozen=True)
class Launcher:
    variable: str  # the module attribute holding the App
    line: int
    script: Path | None  # the script it names (None: not a literal path)
    keywords: tuple[str, ...]  # the keywords given

    @property
    def server_only(self) -> tuple[str, ...]:
        return tuple(k for k in self.keywords if k in SERVER_ONLY)


def _app_callers(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names bound to the streamlit module, and names bound to streamlit's App."""
    modules: set[str] = set()
    apps: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "streamlit":
                    modules.add(alias.asname or "streamlit")
        elif isinstance(node, ast.ImportFrom) and node.module == "streamlit" and node.level == 0:
            apps.update(a.asname or a.name for a in node.names if a.name == "App")
    return modules, apps


def find_launcher(path: Path) -> Launcher | None:
    """The App a file assigns at its top level, if it is a launcher."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None  # not readable as Python: the analysis reports it
    modules, apps = _app_callers(tree)
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        func = node.value.func
        calls_app = (isinstance(func, ast.Name) and func.id in apps) or (
            isinstance(func, ast.Attribute)
            and func.attr == "App"
            and isinstance(func.value, ast.Name)
            and func.value.id in modules
        )
        target = node.targets[0]
        if not calls_app or not isinstance(target, ast.Name):
            continue
        args = node.value.args
        first = args[0] if args else None
        for kw in node.value.keywords:
            if kw.arg == "script_path":
                first = kw.value
        script = None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            script = (path.resolve().parent / first.value).resolve()
        keywords = tuple(kw.arg for kw in node.value.keywords if kw.arg)
        return Launcher(target.id, node.lineno, script, keywords)
    return None
