"""The precompiled standard library (builder/bytecode.py): produced by the site's own Pyodide under
Node, cached, skipped with a note when it cannot be made, and used by the page (with the page's
bytecode cache for the runtime's own modules on the next visit)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from stbundle.builder import bytecode
from stbundle.builder.pyodide_dist import SITE_DIR

from tests.browser_support import StaticServer
from tests.builder.static_site import PYODIDE_DIR, build, require_offline_inputs, wait_until_ready

MAGIC_314 = (3627).to_bytes(2, "little") + b"\r\n"  # CPython 3.14's bytecode magic number


def _config(site: Path) -> dict[str, Any]:
    return json.loads((site / "manifest.json").read_text(encoding="utf-8"))["config"]


@pytest.fixture(scope="module")
def precompiled_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A site built with Pyodide given; the bytecode cache is the module's own (a real compile)."""
    require_offline_inputs()
    root = tmp_path_factory.mktemp("pyc")
    app = root / "app.py"
    app.write_text("import streamlit as st\nst.write('hi')\n", encoding="utf-8")
    cache = root / "bytecode"
    build(app, root / "site", bytecode_cache=cache, snapshot=False)  # the path without one
    return root / "site", cache


def test_the_site_ships_bytecode_for_cpython_314_beside_the_sources(
    precompiled_site: tuple[Path, Path],
) -> None:
    site, _ = precompiled_site
    url = _config(site)["stdlibUrl"]
    assert url.startswith(f"{SITE_DIR}/python_stdlib.") and url.endswith(".zip")
    with zipfile.ZipFile(site / url) as archive:
        names = set(archive.namelist())
        original = set(zipfile.ZipFile(PYODIDE_DIR / "python_stdlib.zip").namelist())
        assert original <= names  # every source stays
        compiled = {n for n in names - original if n.endswith(".pyc")}
        # Pyodide's own start-up, and what the runtime imports through protobuf
        for module in ("encodings/__init__.pyc", "zipfile/__init__.pyc", "pickle.pyc"):
            assert module in compiled
        assert "urllib/parse.pyc" not in compiled  # imported lazily by the runtime
        pyc = archive.read("pickle.pyc")
    assert pyc[:4] == MAGIC_314
    assert int.from_bytes(pyc[4:8], "little") == 0b11  # checked hash-based (PEP 552)
    # the original stays for anyone loading Pyodide from the site without the config
    assert (site / SITE_DIR / "python_stdlib.zip").read_bytes() == (
        PYODIDE_DIR / "python_stdlib.zip"
    ).read_bytes()


def test_a_second_build_reuses_the_cache_without_node(
    precompiled_site: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    write_app: Callable[..., Path],
) -> None:
    site, cache = precompiled_site
    assert len(list(cache.glob("python_stdlib-*.zip"))) == 1
    monkeypatch.setattr(bytecode, "find_node", lambda: pytest.fail("node was run again"))
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write('another app')\n", encoding="utf-8")
    result = build(app, tmp_path / "again", bytecode_cache=cache, snapshot=False)
    assert result.notes == ["standard library precompiled (cached)"]
    assert _config(tmp_path / "again")["stdlibUrl"] == _config(site)["stdlibUrl"]
    assert result.seconds < 2


def test_without_node_the_site_keeps_the_sources_and_says_so(
    write_app: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_offline_inputs()
    monkeypatch.setattr(bytecode, "find_node", lambda: None)
    result = build(write_app(), tmp_path / "site", bytecode_cache=tmp_path / "empty-cache")
    assert _config(tmp_path / "site")["stdlibUrl"] is None
    assert any("node is not installed" in n for n in result.notes)
    assert not list((tmp_path / "site" / SITE_DIR).glob("python_stdlib.*.zip"))


def test_a_failed_compile_falls_back_to_the_sources(
    write_app: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_offline_inputs()
    monkeypatch.setattr(bytecode, "_NODE_SCRIPT", "process.exit(3);")
    result = build(
        write_app(), tmp_path / "site", bytecode_cache=tmp_path / "cache", snapshot=False
    )
    assert _config(tmp_path / "site")["stdlibUrl"] is None
    assert any("compiling it under Node failed" in n for n in result.notes)
    assert not list((tmp_path / "cache").glob("python_stdlib*"))  # nothing half-made is kept


def test_no_precompile_and_cdn_builds_have_no_precompiled_stdlib(
    write_app: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_offline_inputs()
    monkeypatch.setattr(bytecode, "find_node", lambda: pytest.fail("nothing to precompile"))
    app = write_app()
    build(app, tmp_path / "off", precompile=False)
    assert _config(tmp_path / "off")["stdlibUrl"] is None
    build(app, tmp_path / "cdn", pyodide_dir=None)
    assert _config(tmp_path / "cdn")["stdlibUrl"] is None


def test_the_page_uses_the_precompiled_stdlib_and_caches_the_runtime_bytecode(
    precompiled_site: tuple[Path, Path], browser: Any
) -> None:
    site, _ = precompiled_site
    server = StaticServer(site)
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(server.url)
        wait_until_ready(page)
        assert "hi" in page.inner_text("#stb-root")
        stored = "performance.getEntriesByName('stb:code-cache-stored').length > 0"
        page.wait_for_function(stored, timeout=30_000)
        first = page.evaluate("performance.getEntriesByName('stb:code-cache')[0].detail")
        assert first["hits"] == 0 and first["misses"] > 40  # protobuf, the runtime, their stdlib

        page.reload()
        wait_until_ready(page)
        assert "hi" in page.inner_text("#stb-root")
        page.wait_for_function("performance.getEntriesByName('stb:code-cache').length > 0")
        second = page.evaluate("performance.getEntriesByName('stb:code-cache')[0].detail")
        assert second["misses"] == 0 and second["hits"] == first["misses"]
        loaded = page.evaluate(
            "performance.getEntriesByType('resource').map((e) => e.name)"
            ".filter((n) => n.includes('python_stdlib'))"
        )
        assert [u.rsplit("/", 1)[-1] for u in loaded] == [_config(site)["stdlibUrl"].split("/")[-1]]
    finally:
        context.close()
        server.close()


def test_the_precompiled_zip_is_read_as_a_zip(precompiled_site: tuple[Path, Path]) -> None:
    site, cache = precompiled_site
    data = next(cache.glob("python_stdlib-*.zip")).read_bytes()
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    assert (site / _config(site)["stdlibUrl"]).read_bytes() == data
