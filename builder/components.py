"""Custom components in a static build: find the app's `declare_component(name, path=...)` calls
and copy each declared folder into the site as `component/<module>.<name>/`, where the renderer
loads it from (the URL serve mode routes to the same folder).

The path is worked out without running the app: a string literal, `__file__` and what
`os.path` / `pathlib` build from it (dirname, abspath, join, Path(...).parent / "x", ...), and
names assigned such a value in the same module. A call whose name or path cannot be worked out
this way is reported at build time with its line, so a component never silently goes missing.
"""

from __future__ import annotations

import ast
import dataclasses
import os
import shutil
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Where components sit in the site: component/<module>.<name>/index.html (also serve's route).
SITE_FOLDER = "component"


@dataclass(frozen=True)
class DeclaredComponent:
    name: str  # "<module>.<name>", as the runtime names it
    folder: Path | None  # None: declared with url= only (a dev server, nothing to copy)
    where: str  # "file.py:line", for messages
    #: The shipped package's wheel the folder is in (the folder then starts at _WHEEL_ROOT).
    wheel: Path | None = None


class _Unknown(Exception):
    """An expression the build cannot evaluate."""


_PATH_FUNCS = {"dirname", "abspath", "realpath", "normpath", "join"}
_PATH_METHODS = {"resolve", "absolute"}


class _PathEval:
    """Evaluates the small part of Python that builds a component's folder path."""

    def __init__(self, file: Path, assigned: dict[str, ast.expr], base: Path) -> None:
        self.file = file
        self.assigned = assigned
        self.base = base
        self.seen: set[str] = set()

    def value(self, node: ast.expr) -> Any:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            if node.id == "__file__":
                return str(self.file)
            if node.id in self.assigned and node.id not in self.seen:
                self.seen.add(node.id)
                try:
                    return self.value(self.assigned[node.id])
                finally:
                    self.seen.discard(node.id)
            raise _Unknown(node.id)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            return Path(self.value(node.left)) / str(self.value(node.right))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.value(node.left), self.value(node.right)
            if isinstance(left, str) and isinstance(right, str):
                return left + right
        if isinstance(node, ast.Attribute) and node.attr in ("parent", "name", "stem"):
            return getattr(Path(self.value(node.value)), node.attr)
        if isinstance(node, ast.Call) and not node.keywords:
            func = node.func
            callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if callee in ("Path", "PurePath", "str", "fspath") and len(node.args) <= 1:
                return str(self.value(node.args[0])) if node.args else "."
            if callee in _PATH_FUNCS:
                args = [str(self.value(a)) for a in node.args]
                return self._os_path(callee, args)
            if isinstance(func, ast.Attribute) and callee in _PATH_METHODS and not node.args:
                return self._absolute(Path(self.value(func.value)))
            if isinstance(func, ast.Attribute) and callee == "joinpath":
                return Path(self.value(func.value)).joinpath(
                    *(str(self.value(a)) for a in node.args)
                )
        raise _Unknown(ast.unparse(node))

    def _absolute(self, path: Path) -> Path:
        return path if path.is_absolute() else self.base / path

    def _os_path(self, func: str, args: list[str]) -> str:
        if func == "join" and args:
            return os.path.join(*args)
        if len(args) != 1:
            raise _Unknown(func)
        if func == "dirname":
            return os.path.dirname(args[0])
        if func == "normpath":
            return os.path.normpath(args[0])
        return str(self._absolute(Path(args[0])))


def _assignments(tree: ast.Module) -> dict[str, ast.expr]:
    """Names assigned exactly once in the module (at any depth): their value expressions."""
    found: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                found.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            found.setdefault(node.target.id, []).append(node.value)
    return {name: values[0] for name, values in found.items() if len(values) == 1}


def _is_declare(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name == "declare_component"


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    return call.args[position] if len(call.args) > position else None


def _module_name(name: str, role: str, path: Path) -> str:
    """The name the runtime gives the declaring module: a script runs as `__main__` and is
    named after its file, as Streamlit does."""
    return path.stem if role == "script" else name


def find_components(model: Any) -> tuple[list[DeclaredComponent], list[str]]:
    """The app's declared components, and a message for each call the build cannot follow."""
    found: list[DeclaredComponent] = []
    problems: list[str] = []
    for info in model.modules.values():
        module = _module_name(info.name, info.role, info.path)
        _scan(info.source, info.path, module, info.rel, Path(model.root), found, problems)
    return found, problems


def _scan(
    source: str,
    file: Path,
    module: str,
    rel: str,
    base: Path,
    found: list[DeclaredComponent],
    problems: list[str],
) -> None:
    """Adds the declare_component calls of one module's source to `found` (or `problems`)."""
    if "declare_component" not in source:
        return
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return
    evaluator = _PathEval(file, _assignments(tree), base)
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or not _is_declare(call):
            continue
        where = f"{rel}:{call.lineno}"
        name_arg, path_arg = _argument(call, 0, "name"), _argument(call, 1, "path")
        url_arg = _argument(call, 2, "url")
        try:
            name = evaluator.value(name_arg) if name_arg is not None else None
        except _Unknown:
            name = None
        if not isinstance(name, str):
            problems.append(
                f"{where}: declare_component's name is not a string literal, so the build "
                "cannot tell which component folder to copy into the site"
            )
            continue
        full = f"{module}.{name}"
        if _is_none(path_arg) or not _is_none(url_arg):  # url= wins over path=
            found.append(DeclaredComponent(full, None, where))
            continue
        assert path_arg is not None
        try:
            folder = evaluator._absolute(Path(str(evaluator.value(path_arg))))
        except _Unknown as exc:
            problems.append(
                f"{where}: the build cannot work out declare_component({name!r}, path=...) "
                f"without running the app ({exc} is not known at build time): the component "
                "will not load in the static site; use a string literal or a path built "
                "from os.path.dirname(__file__)"
            )
            continue
        found.append(DeclaredComponent(full, Path(os.path.normpath(folder)), where))


def _is_none(node: ast.expr | None) -> bool:
    return node is None or (isinstance(node, ast.Constant) and node.value is None)


#: Where a wheel's files seem to be while its modules' paths are worked out.
_WHEEL_ROOT = Path("/wheel-root")


def find_in_wheels(wheels: Iterable[Path]) -> tuple[list[DeclaredComponent], list[str]]:
    """Components that shipped packages (requirements.txt) declare, with folders inside their
    wheels (streamlit-component-lib packages ship their frontend build in the package)."""
    found: list[DeclaredComponent] = []
    problems: list[str] = []
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            for entry in zf.namelist():
                if not entry.endswith(".py") or ".dist-info/" in entry:
                    continue
                data = zf.read(entry)
                if b"declare_component" not in data:
                    continue
                module = entry.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
                declared: list[DeclaredComponent] = []
                source = data.decode("utf-8", "replace")
                where = f"{wheel.name}:{entry}"
                _scan(source, _WHEEL_ROOT / entry, module, where, _WHEEL_ROOT, declared, problems)
                for comp in declared:
                    if comp.folder is not None and not comp.folder.is_relative_to(_WHEEL_ROOT):
                        problems.append(
                            f"{comp.where}: component {comp.name}: its folder is not inside "
                            f"{wheel.name}, so the build cannot copy it into the site"
                        )
                        continue
                    found.append(dataclasses.replace(comp, wheel=wheel))
    return found, problems


def copy_components(site: Path, components: list[DeclaredComponent], app_root: Path) -> list[str]:
    """Copies each declared folder to component/<name>/; returns problems (missing folders,
    folders outside the app's folder, a folder without index.html)."""
    problems: list[str] = []
    root = app_root.resolve()
    for comp in components:
        if comp.folder is None:
            continue
        target = site / SITE_FOLDER / comp.name
        if target.exists():
            continue  # declared twice (a module imported by two pages)
        if comp.wheel is not None:
            problems += _extract(comp, comp.wheel, target)
            continue
        folder = comp.folder.resolve()
        if not folder.is_dir():
            problems.append(
                f"{comp.where}: component {comp.name}: no folder {folder} to copy into the site"
            )
            continue
        if not folder.is_relative_to(root):
            problems.append(
                f"{comp.where}: component {comp.name}: {folder} is outside the app's folder "
                f"{root}; only files inside it are copied into the site"
            )
            continue
        if not (folder / "index.html").is_file():
            problems.append(f"{comp.where}: component {comp.name}: {folder} has no index.html")
        shutil.copytree(folder, target, ignore=_outside_or_hidden(folder))
    return problems


def _outside_or_hidden(folder: Path) -> Any:
    """copytree's filter: hidden files, caches, and links leading out of the folder stay out
    (a link must not publish a file from elsewhere on the machine)."""

    def ignore(directory: str, names: list[str]) -> set[str]:
        return {
            name
            for name in names
            if name.startswith(".")
            or name in ("__pycache__", "node_modules")
            or not Path(directory, name).resolve().is_relative_to(folder)
        }

    return ignore


def _extract(comp: DeclaredComponent, wheel: Path, target: Path) -> list[str]:
    """Copies a folder of a wheel (a package's frontend build) to `target`."""
    assert comp.folder is not None
    prefix = comp.folder.relative_to(_WHEEL_ROOT).as_posix().rstrip("/") + "/"
    copied = 0
    with zipfile.ZipFile(wheel) as zf:
        for entry in zf.infolist():
            rel = entry.filename.removeprefix(prefix)
            parts = rel.split("/")
            if entry.is_dir() or not entry.filename.startswith(prefix):
                continue
            if any(p in ("", "..") or p.startswith(".") for p in parts):
                continue
            out = target.joinpath(*parts)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(zf.read(entry))
            copied += 1
    if not copied:
        return [f"{comp.where}: component {comp.name}: {wheel.name} has no files in {prefix}"]
    if not (target / "index.html").is_file():
        return [f"{comp.where}: component {comp.name}: {prefix} in {wheel.name} has no index.html"]
    return []
