"""Map the repository's top-level folders onto subpackages of the one import package `stbundle`.

The folders show the architecture (runtime_py/, compiler/, server/, ...); installed, they are
`stbundle.runtime_py`, `stbundle.compiler`, ... so nothing generic lands in site-packages.
Packaging metadata lives in pyproject.toml; only this mapping needs code.
"""

from pathlib import Path

from setuptools import setup

HERE = Path(__file__).parent
FOLDERS = {
    "stbundle": "stbundle",
    "stbundle.proto": "proto",
    "stbundle.runtime_py": "runtime_py",
    "stbundle.compiler": "compiler",
    "stbundle.server": "server",
    "stbundle.builder": "builder",
    "stbundle.runtime_wasm": "runtime_wasm",
    "stbundle.templates": "templates",
}


def _packages() -> list[str]:
    found = []
    for package, folder in FOLDERS.items():
        root = HERE / folder
        if not (root / "__init__.py").exists():
            continue
        for init in sorted(root.rglob("__init__.py")):
            rel = init.parent.relative_to(root)
            if "node_modules" in rel.parts:
                continue
            found.append(".".join([package, *rel.parts]) if rel.parts else package)
    return found


setup(
    packages=_packages(),
    package_dir={p: f for p, f in FOLDERS.items() if (HERE / f / "__init__.py").exists()},
    package_data={"": ["py.typed", "*.proto", "*.pyi", "*.html", "*.j2", "*.yml", "static/*"]},
)
