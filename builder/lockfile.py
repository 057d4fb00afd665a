"""Pyodide's `pyodide-lock.json`, read with the `pyodide-lock` library: which import names its
packages provide and which packages each one needs.

Pyodide 314's lock file carries fields older `pyodide-lock` releases reject (`tool`, and no
`info.version`); on Python 3.11 only such a release installs, so the data is trimmed to the
fields the installed library's models declare before validation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyodide_lock import PyodideLockSpec
from pyodide_lock.spec import InfoSpec, PackageSpec
from stbundle.builder.errors import BuildError


def _known(data: dict[str, Any], model: Any) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k in model.model_fields}


def parse_lock(data: dict[str, Any], version: str) -> PyodideLockSpec:
    info = _known(dict(data.get("info", {})), InfoSpec)
    info.setdefault("version", version)
    packages = {
        name: _known(dict(pkg), PackageSpec) for name, pkg in dict(data["packages"]).items()
    }
    try:
        return PyodideLockSpec.model_validate({"info": info, "packages": packages})
    except ValueError as exc:
        raise BuildError(f"Pyodide's pyodide-lock.json does not validate: {exc}") from exc


@dataclass(frozen=True)
class PyodidePackages:
    """The lock file's packages, indexed by the import names they provide."""

    spec: PyodideLockSpec

    @classmethod
    def from_data(cls, data: dict[str, Any], version: str) -> PyodidePackages:
        return cls(parse_lock(data, version))

    def by_import(self, top: str) -> str | None:
        """The package providing top-level import `top` (e.g. "sklearn" → "scikit-learn")."""
        for name, pkg in self.spec.packages.items():
            if top in pkg.imports and pkg.package_type in ("package", "cpython_module"):
                return name
        return None

    def by_name(self, requirement: str) -> str | None:
        """The package a requirement names, compared as normalized distribution names."""
        wanted = normalize(requirement)
        for name, pkg in self.spec.packages.items():
            if normalize(name) == wanted or normalize(pkg.name) == wanted:
                return name
        return None

    def closure(self, names: list[str]) -> list[str]:
        """The packages and everything they depend on (what loadPackage will fetch)."""
        seen: list[str] = []
        stack = list(reversed(names))
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.append(name)
            pkg = self.spec.packages.get(name)
            if pkg is not None:
                stack.extend(reversed(pkg.depends))
        return seen

    def file_name(self, name: str) -> str:
        return self.spec.packages[name].file_name


def normalize(name: str) -> str:
    """PEP 503 name normalization."""
    import re

    return re.sub(r"[-_.]+", "-", name).lower()
