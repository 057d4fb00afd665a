"""The runtime as a wheel, built from the installed package at build time.

It holds only what the page runs: `stbundle/__init__.py`, `stbundle.proto` (the generated
module), `stbundle.runtime_py` and the `stbundle.runtime_wasm` bridge — no server, compiler,
libcst, test harness or codegen. The zip is deterministic (sorted entries, fixed timestamps and
modes), so an unchanged runtime keeps its content hash and stays in the visitor's cache.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath

import stbundle.proto
import stbundle.runtime_py
import stbundle.runtime_wasm

import stbundle

DIST_NAME = "stbundle_runtime"
_EPOCH = (1980, 1, 1, 0, 0, 0)
#: Parts of the shipped subpackages the page never imports.
_EXCLUDE = {
    "stbundle/proto/generate.py",  # codegen (grpcio-tools)
    "stbundle/runtime_py/headless.py",  # `bundle run`
    "stbundle/runtime_py/auth_config.py",  # st.login's server side: refused in a static build
}
_EXCLUDE_DIRS = ("stbundle/runtime_py/testing/",)  # the AppTest harness


@dataclass(frozen=True)
class Wheel:
    filename: str
    data: bytes
    files: tuple[str, ...]  # archive names, dist-info included


def _package_dir(module: object) -> Path:
    return Path(module.__file__).resolve().parent  # type: ignore[attr-defined]


def runtime_sources() -> dict[str, Path]:
    """Archive name → source file for everything the runtime wheel ships."""
    sources: dict[str, Path] = {"stbundle/__init__.py": _package_dir(stbundle) / "__init__.py"}
    for module, prefix in (
        (stbundle.proto, "stbundle/proto"),
        (stbundle.runtime_py, "stbundle/runtime_py"),
        (stbundle.runtime_wasm, "stbundle/runtime_wasm"),
    ):
        root = _package_dir(module)
        for path in sorted(root.rglob("*.py")):
            rel = path.relative_to(root)
            if "__pycache__" in rel.parts or "node_modules" in rel.parts:
                continue
            name = f"{prefix}/{rel.as_posix()}"
            if name in _EXCLUDE or name.startswith(_EXCLUDE_DIRS):
                continue
            sources[name] = path
    return sources


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return f"sha256={digest.decode()}"


def write_wheel(name: str, version: str, files: dict[str, bytes]) -> Wheel:
    """A deterministic pure-Python wheel holding `files` plus its dist-info."""
    dist_info = f"{name}-{version}.dist-info"
    contents = dict(sorted(files.items()))
    contents[f"{dist_info}/METADATA"] = (
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
        "Summary: stbundle's rerun runtime, packaged for Pyodide by `bundle build`\n"
    ).encode()
    contents[f"{dist_info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: stbundle\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = [f"{arc},{_record_hash(data)},{len(data)}" for arc, data in contents.items()]
    record.append(f"{dist_info}/RECORD,,")
    contents[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for arc, data in contents.items():
            info = zipfile.ZipInfo(arc, date_time=_EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compresslevel=9)
    return Wheel(f"{name}-{version}-py3-none-any.whl", buffer.getvalue(), tuple(contents))


def _names_a_page_with_an_emoji(app_files: Iterable[str]) -> bool:
    """Whether a Python file of the app has a name that is not ASCII: only such a page file's
    name can hold an emoji (its icon)."""
    return any(n.endswith(".py") and not PurePosixPath(n).name.isascii() for n in app_files)


#: Runtime modules only some apps import, with the test of the app's file names (relative
#: paths) that says an app may: a site leaves them out of what every visitor downloads.
OPTIONAL_MODULES: dict[str, Callable[[Iterable[str]], bool]] = {
    "stbundle/runtime_py/leading_emoji.py": _names_a_page_with_an_emoji,
}


def build_runtime_wheel(app_files: Iterable[str] | None = None) -> Wheel:
    """The runtime wheel; for an app whose file names are `app_files`, without the optional
    modules it does not need (None: with every module)."""
    names = None if app_files is None else list(app_files)
    files = {
        arc: path.read_bytes()
        for arc, path in runtime_sources().items()
        if names is None or arc not in OPTIONAL_MODULES or OPTIONAL_MODULES[arc](names)
    }
    return write_wheel(DIST_NAME, stbundle.__version__, files)
