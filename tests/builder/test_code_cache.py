"""The page's bytecode cache (runtime_wasm/code_cache.py), under CPython: a module imported
through it behaves as one imported normally; stored code is used only for an unchanged source."""

from __future__ import annotations

import importlib
import importlib.resources
import inspect
import marshal
import sys
import textwrap
from collections.abc import Iterator
from importlib.machinery import PathFinder
from pathlib import Path

import pytest
from stbundle.runtime_wasm import code_cache


@pytest.fixture
def package(tmp_path: Path) -> Iterator[Path]:
    """A package `cc_pkg` (with a submodule and a data file) importable from tmp_path."""
    root = tmp_path / "cc_pkg"
    root.mkdir()
    (root / "__init__.py").write_text('"""Doc."""\nVALUE = 1\n')
    (root / "sub.py").write_text(
        textwrap.dedent(
            """
            def where():
                return __name__, __file__

            def boom():
                raise ValueError("from sub")
            """
        )
    )
    (root / "data.txt").write_text("payload")
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    yield root
    sys.path.remove(str(tmp_path))
    code_cache.uninstall()
    for name in [n for n in sys.modules if n == "cc_pkg" or n.startswith("cc_pkg.")]:
        del sys.modules[name]


def _forget() -> None:
    for name in [n for n in sys.modules if n == "cc_pkg" or n.startswith("cc_pkg.")]:
        del sys.modules[name]
    importlib.invalidate_caches()


def test_first_visit_compiles_and_records_then_the_next_one_hits(package: Path) -> None:
    cache = code_cache.install()
    import cc_pkg.sub

    assert cache.stats() == {"hits": 0, "misses": 2, "modules": 2}
    assert cache.changed
    blob = cache.dump()
    assert blob.startswith(code_cache.HEADER)

    _forget()
    again = code_cache.install(blob)
    import cc_pkg.sub  # noqa: F811

    assert again.stats() == {"hits": 2, "misses": 0, "modules": 2}
    assert not again.changed  # nothing new: the page does not write the record again
    assert cc_pkg.sub.where() == ("cc_pkg.sub", str(package / "sub.py"))


def test_modules_keep_spec_file_source_and_resources(package: Path) -> None:
    code_cache.install()
    import cc_pkg
    import cc_pkg.sub

    assert cc_pkg.__doc__ == "Doc."
    assert cc_pkg.__file__ == str(package / "__init__.py")
    assert list(cc_pkg.__path__) == [str(package)]
    assert cc_pkg.__spec__ is not None and cc_pkg.__spec__.origin == cc_pkg.__file__
    assert "raise ValueError" in inspect.getsource(cc_pkg.sub.boom)
    assert importlib.resources.files("cc_pkg").joinpath("data.txt").read_text() == "payload"
    with pytest.raises(ValueError, match="from sub") as info:
        cc_pkg.sub.boom()
    assert info.traceback[-1].path == package / "sub.py"


def test_a_changed_source_is_compiled_again(package: Path) -> None:
    cache = code_cache.install()
    import cc_pkg

    blob = cache.dump()
    (package / "__init__.py").write_text("VALUE = 2\n")
    _forget()
    again = code_cache.install(blob)
    import cc_pkg  # noqa: F811

    assert cc_pkg.VALUE == 2
    assert again.stats()["misses"] == 1 and again.stats()["hits"] == 0


@pytest.mark.parametrize(
    "blob",
    [b"", b"garbage", code_cache.HEADER + b"\x00not marshal", b"stbundle-code-cache 1\nXXXX{}"],
)
def test_a_foreign_or_broken_record_is_ignored(package: Path, blob: bytes) -> None:
    cache = code_cache.install(blob)
    import cc_pkg

    assert cc_pkg.VALUE == 1
    assert cache.stats() == {"hits": 0, "misses": 1, "modules": 1}


def test_install_is_idempotent_and_sits_before_the_path_finder(package: Path) -> None:
    code_cache.install()
    code_cache.install()
    finders = [type(f).__name__ for f in sys.meta_path]
    assert finders.count("CachingFinder") == 1
    assert finders.index("CachingFinder") < sys.meta_path.index(PathFinder)
    code_cache.uninstall()
    assert "CachingFinder" not in [type(f).__name__ for f in sys.meta_path]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"something else entirely", "made by another Python or cache format"),
        (code_cache.HEADER + b"\xff\x00garbage", "corrupt"),
        (code_cache.HEADER + marshal.dumps([1, 2]), "not a table of modules"),
    ],
)
def test_unusable_stored_data_is_ignored_and_says_why(data: bytes, reason: str) -> None:
    cache = code_cache.CodeCache(data)
    assert cache.stored == {} and cache.rejected is not None and reason in cache.rejected
    assert code_cache.CodeCache(None).rejected is None
    assert code_cache.CodeCache(code_cache.CodeCache().dump()).rejected is None
