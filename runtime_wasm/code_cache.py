"""The page's bytecode cache: compiled modules kept from one visit to the next.

Under Pyodide nothing writes `.pyc` files (site-packages lives in memory and the standard library
is a zip of sources), so every page load compiles protobuf, the runtime and the standard-library
modules they import from source again: about 0.3 s of the start-up. The page keeps what it
compiled in IndexedDB (runtime_wasm/src/codecache.ts) and hands it back on the next visit.

`install(data)` puts a finder in front of the path finder. For a module that would be imported
from a `.py` file (a file or the standard-library zip) it reads the source, and runs the cached
code object when the cache holds one for that file compiled from a source with the same hash
(the rule of checked hash-based `.pyc` files, PEP 552); otherwise it compiles the source as the
import system would and records the result. Modules keep their spec, `__file__`, package path
and loader methods (`get_source`, resource readers: delegated), so nothing but the compile step
changes. `dump()` serializes what this visit used, for the page to store.
"""

from __future__ import annotations

import marshal
import sys
from importlib.machinery import PathFinder, SourceFileLoader
from importlib.util import MAGIC_NUMBER, source_hash
from types import CodeType, ModuleType
from typing import Any
from zipimport import zipimporter

#: What a cache blob starts with: the format and the interpreter's bytecode magic number.
HEADER = b"stbundle-code-cache 1\n" + MAGIC_NUMBER


class CodeCache:
    """Code objects by source file, each with the hash of the source it was compiled from."""

    def __init__(self, data: bytes | None = None) -> None:
        self.stored: dict[str, tuple[bytes, bytes]] = {}  # origin -> (source hash, marshalled)
        self.used: dict[str, tuple[bytes, bytes | CodeType]] = {}  # what this visit ran
        self.hits = 0
        self.misses = 0
        #: Why stored data was not used (for the page's console), None when it was or was none.
        self.rejected: str | None = None
        if not data:
            return
        if not data.startswith(HEADER):
            self.rejected = "it was made by another Python or cache format"
            return
        try:
            stored = marshal.loads(data[len(HEADER) :])
        except (EOFError, ValueError, TypeError) as exc:
            self.rejected = f"it is corrupt ({exc})"
            return
        if isinstance(stored, dict):
            self.stored = stored
        else:
            self.rejected = "it is corrupt (not a table of modules)"

    def code(self, origin: str, source: bytes) -> CodeType:
        """The module code for `source` (read from `origin`): cached if still valid, else new."""
        digest = source_hash(source)
        entry = self.stored.get(origin)
        if entry is not None and entry[0] == digest:
            try:
                code = marshal.loads(entry[1])
            except (EOFError, ValueError, TypeError):
                code = None
            if isinstance(code, CodeType):
                self.hits += 1
                self.used[origin] = entry
                return code
        # What SourceFileLoader.source_to_code and zipimport do.
        code = compile(source, origin, "exec", dont_inherit=True)
        self.misses += 1
        self.used[origin] = (digest, code)
        return code

    @property
    def changed(self) -> bool:
        """Whether this visit compiled anything the stored cache lacked (worth storing)."""
        return self.misses > 0 or len(self.used) != len(self.stored)

    def dump(self) -> bytes:
        """The modules this visit ran, for the next one."""
        entries = {
            origin: (digest, code if isinstance(code, bytes) else marshal.dumps(code))
            for origin, (digest, code) in self.used.items()
        }
        return HEADER + marshal.dumps(entries)

    def stats(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses, "modules": len(self.used)}


class _CachedLoader:
    """The loader the import system found, except that the module's code comes from the cache."""

    def __init__(self, loader: Any, cache: CodeCache) -> None:
        self._loader = loader
        self._cache = cache

    def __getattr__(self, name: str) -> Any:  # get_source, get_data, resource readers, …
        return getattr(self._loader, name)

    def create_module(self, spec: Any) -> None:
        return None  # the default module object, as both wrapped loaders do

    def exec_module(self, module: ModuleType) -> None:
        spec = module.__spec__
        assert spec is not None and spec.origin is not None
        code = self._cache.code(spec.origin, self._loader.get_data(spec.origin))
        exec(code, module.__dict__)


class CachingFinder:
    """A meta-path finder in front of PathFinder: the same specs, with a caching loader."""

    def __init__(self, cache: CodeCache) -> None:
        self.cache = cache

    def find_spec(self, name: str, path: Any = None, target: ModuleType | None = None) -> Any:
        spec = PathFinder.find_spec(name, path, target)
        if spec is None:
            return None  # the finders after this one (Pyodide's among them) have their turn
        loader = spec.loader
        if (
            type(loader) in (SourceFileLoader, zipimporter)
            and isinstance(spec.origin, str)
            and spec.origin.endswith(".py")
        ):
            spec.loader = _CachedLoader(loader, self.cache)  # type: ignore[assignment]
        return spec

    def invalidate_caches(self) -> None:
        pass


def install(data: Any = None) -> CodeCache:
    """Serve imports through a cache made from `data` (bytes, a JS Uint8Array, or nothing)."""
    to_bytes = getattr(data, "to_bytes", None)
    blob = bytes(to_bytes()) if callable(to_bytes) else data if isinstance(data, bytes) else None
    cache = CodeCache(blob)
    uninstall()
    index = next(
        (i for i, finder in enumerate(sys.meta_path) if finder is PathFinder), len(sys.meta_path)
    )
    sys.meta_path.insert(index, CachingFinder(cache))
    return cache


def uninstall() -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, CachingFinder)]


def dump_for_js(cache: CodeCache) -> Any:
    """`cache.dump()` as a JS Uint8Array under Pyodide (bytes elsewhere)."""
    data = cache.dump()
    try:
        from pyodide.ffi import to_js  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return data
    return to_js(data)
