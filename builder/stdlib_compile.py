"""Run inside Pyodide (under Node, by builder/bytecode.py) at build time: never imported by CPython.

`precompile(zip_path)` returns a copy of Pyodide's standard-library zip with a checked
hash-based `.pyc` (PEP 552) next to the source of every module imported so far — the modules
Pyodide's own start-up imports and those the runtime imports (the caller imported it first).
zipimport prefers `name.pyc` to `name.py` and, for a checked `.pyc`, compares the hash of the
source beside it, so a mismatched pair is an import error rather than stale code; sources stay,
so tracebacks and `inspect` read them as before.
"""

from __future__ import annotations

import io
import marshal
import sys
import zipfile
from importlib.util import MAGIC_NUMBER, source_hash

_CHECKED_HASH = (0b11).to_bytes(4, "little")  # hash-based, check the source


def imported_from(zip_path: str) -> list[str]:
    """Archive names of the `.py` files in `zip_path` that modules were imported from."""
    prefix = zip_path + "/"
    names = set()
    for module in list(sys.modules.values()):
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if isinstance(origin, str) and origin.startswith(prefix) and origin.endswith(".py"):
            names.add(origin[len(prefix) :])
    return sorted(names)


def precompile(zip_path: str, names: list[str]) -> bytes:
    """The zip at `zip_path` with a `.pyc` appended for each of `names` (its `.py` entries)."""
    with open(zip_path, "rb") as f:
        buffer = io.BytesIO(f.read())
    with zipfile.ZipFile(buffer, "a") as archive:
        present = set(archive.namelist())
        for name in names:
            if name + "c" in present:
                continue
            info = archive.getinfo(name)
            source = archive.read(info)
            code = compile(source, f"{zip_path}/{name}", "exec", dont_inherit=True)
            pyc = MAGIC_NUMBER + _CHECKED_HASH + source_hash(source) + marshal.dumps(code)
            entry = zipfile.ZipInfo(name + "c", date_time=info.date_time)
            entry.external_attr = info.external_attr
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, pyc, compresslevel=9)
    return buffer.getvalue()
