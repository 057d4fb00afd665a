"""Build-time dependency resolution: every third-party import the compiler found gets a source.

The compiler already classifies imports (standard library and modules beside the app are
skipped). What remains is provided, in this order, by the runtime itself (`streamlit`, protobuf),
a wheel from `--requirements`, or a package in Pyodide's lock file (loaded by name, with its
dependencies). An unconditional import nothing provides stops the build with its position;
a conditional one (inside try/if/def) is reported and left to the app's own fallback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stbundle.builder.errors import BuildError
from stbundle.builder.lockfile import PyodidePackages, normalize
from stbundle.builder.pyodide_dist import PYODIDE_VERSION
from stbundle.builder.requirements import (
    Requirement,
    fetch_wheel,
    requires_dist,
    top_level_names,
)

#: Imports the shipped runtime satisfies: the streamlit API is stbundle's, protobuf is shipped.
RUNTIME_MODULES = {"streamlit": "stbundle runtime", "google.protobuf": "protobuf (runtime)"}
RUNTIME_DISTRIBUTIONS = {"protobuf", "streamlit"}


@dataclass(frozen=True)
class ImportSite:
    """A third-party import as the compiler's manifest records it (col 0-based, as in ast)."""

    module: str
    top: str
    file: str  # as shown to the user
    line: int
    col: int
    conditional: bool

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}:{self.col + 1}"

    @classmethod
    def from_manifest(cls, entry: dict[str, Any], display: Callable[[str], str]) -> ImportSite:
        return cls(
            module=entry["module"],
            top=entry["top"],
            file=display(entry["file"]),
            line=int(entry["line"]),
            col=int(entry["col"]),
            conditional=bool(entry.get("conditional", False)),
        )


@dataclass
class Resolution:
    """What the page must load: Pyodide packages by name, and wheels to ship."""

    pyodide_packages: list[str] = field(default_factory=list)
    wheels: list[Path] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_manifest(self) -> dict[str, Any]:
        return {
            "pyodide_packages": list(self.pyodide_packages),
            "wheels": [w.name for w in self.wheels],
            "imports": list(self.decisions),
        }


def _runtime_provider(module: str) -> str | None:
    for name, provider in RUNTIME_MODULES.items():
        if module == name or module.startswith(name + "."):
            return provider
    return None


class Resolver:
    """Resolves imports against requirements and (loaded only when needed) Pyodide's lock."""

    def __init__(
        self,
        requirements: list[Requirement],
        cache: Path,
        pyodide_packages: Callable[[], PyodidePackages],
    ) -> None:
        self._requirements = requirements
        self._cache = cache
        self._load_pyodide = pyodide_packages
        self._pyodide: PyodidePackages | None = None

    @property
    def pyodide(self) -> PyodidePackages:
        if self._pyodide is None:
            self._pyodide = self._load_pyodide()
        return self._pyodide

    def resolve(self, imports: list[ImportSite]) -> Resolution:
        result = Resolution()
        provides: dict[str, Path] = {}
        for req in self._requirements:
            self._requirement(req, result, provides)
        errors: list[str] = []
        for site in imports:
            provider = _runtime_provider(site.module)
            if provider is None and site.top in provides:
                provider = f"requirements: {provides[site.top].name}"
            if provider is None:
                package = self.pyodide.by_import(site.top)
                if package is not None:
                    if package not in result.pyodide_packages:
                        result.pyodide_packages.append(package)
                    provider = f"pyodide: {package}"
            if provider is None:
                if site.conditional:
                    result.warnings.append(
                        f"{site.where}: optional import of '{site.module}' is not available "
                        "in the browser; the app's fallback will run"
                    )
                    provider = "unavailable (conditional import)"
                else:
                    errors.append(_unresolved(site))
                    continue
            result.decisions.append(
                {
                    "module": site.module,
                    "file": site.file,
                    "line": site.line,
                    "provided_by": provider,
                }
            )
        if errors:
            raise BuildError("\n".join(errors))
        self._check_wheel_dependencies(result)
        return result

    def _requirement(self, req: Requirement, result: Resolution, provides: dict[str, Path]) -> None:
        if normalize(req.name) in RUNTIME_DISTRIBUTIONS and req.wheel_path is None:
            result.warnings.append(f"{req.source}: {req.name} is part of the runtime; skipped")
            return
        if req.wheel_path is None:
            package = self.pyodide.by_name(req.name)
            if package is not None:
                if package not in result.pyodide_packages:
                    result.pyodide_packages.append(package)
                return
        wheel = fetch_wheel(req, self._cache)
        if wheel not in result.wheels:
            result.wheels.append(wheel)
        for name in top_level_names(wheel):
            provides.setdefault(name, wheel)

    def _check_wheel_dependencies(self, result: Resolution) -> None:
        shipped = {normalize(w.name.split("-", 1)[0]) for w in result.wheels}
        for wheel in result.wheels:
            for dep in requires_dist(wheel):
                key = normalize(dep)
                if key in shipped or key in RUNTIME_DISTRIBUTIONS:
                    continue
                if self.pyodide.by_name(dep) is not None:
                    package = self.pyodide.by_name(dep)
                    if package and package not in result.pyodide_packages:
                        result.pyodide_packages.append(package)
                    continue
                result.warnings.append(
                    f"{wheel.name} requires {dep}, which neither requirements nor Pyodide "
                    "provide; add it to the requirements file if the app needs it"
                )


def _unresolved(site: ImportSite) -> str:
    return (
        f"{site.where}: cannot satisfy `import {site.module}`: '{site.top}' is not in the "
        "standard library, not a module beside the app, not a package Pyodide "
        f"{PYODIDE_VERSION} provides, and no wheel from --requirements provides it. If it is a "
        "pure-Python package, list it in a requirements file and pass --requirements FILE; "
        "otherwise remove the import"
    )
