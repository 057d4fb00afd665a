"""Map the repository's top-level folders onto subpackages of the one import package `stbundle`.

The folders show the architecture (runtime_py/, compiler/, server/, ...); installed, they are
`stbundle.runtime_py`, `stbundle.compiler`, ... so nothing generic lands in site-packages.
Packaging metadata lives in pyproject.toml; only this mapping needs code.
"""

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent
FOLDERS = {
    "stbundle": "stbundle",
    "stbundle.proto": "proto",
    "stbundle.runtime_py": "runtime_py",
    "stbundle.compiler": "compiler",
    "stbundle.specs": "specs",
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


class BuildPyWithAssets(build_py):
    """Bundle the renderer and the static-site bootstrap (esbuild, from npm) into
    stbundle/static/ before packaging, so an installed wheel needs no node. Editable installs
    skip it: there, `scripts/dev setup` builds the assets in place."""

    def run(self) -> None:
        if not getattr(self, "editable_mode", False):
            _build_assets()
        super().run()


def _build_assets() -> None:
    static = HERE / "stbundle" / "static"
    npm = shutil.which("npm")
    if npm is None:
        if (static / "renderer.js").is_file() and (static / "bootstrap.js").is_file():
            return  # built earlier (a wheel built from a checkout that has them)
        raise SystemExit("building stbundle needs node and npm to bundle the renderer")
    frontend = HERE / "frontend"
    if not (frontend / "node_modules").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=frontend, check=True)
    subprocess.run([npm, "run", "--silent", "build"], cwd=frontend, check=True)
    subprocess.run(["node", str(HERE / "runtime_wasm" / "build.mjs")], cwd=HERE, check=True)


setup(
    cmdclass={"build_py": BuildPyWithAssets},
    # stbundle/static holds the bundled renderer (no Python): a data-only package.
    packages=[*_packages(), "stbundle.static"],
    package_dir={p: f for p, f in FOLDERS.items() if (HERE / f / "__init__.py").exists()},
    package_data={
        "": ["py.typed", "*.pyi"],
        # chunks/<name>/ holds the files a chunk loads beside itself, in folders (pdf.js's data).
        "stbundle.static": ["*.js", "*.css", "chunks/**/*"],
        "stbundle.proto": ["*.proto"],
        "stbundle.templates": ["*.j2", "*.yml"],
    },
)
