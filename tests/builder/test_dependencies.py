"""Import resolution at build time: runtime, requirements wheels, Pyodide's lock, or an error.

The Pyodide cases use the real lock file of the npm package and check decisions only: nothing
is loaded, and the core-only npm package has none of the packages' wheels.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from stbundle.builder import BuildError, python_pack
from stbundle.builder.dependencies import ImportSite, Resolver
from stbundle.builder.lockfile import PyodidePackages
from stbundle.builder.pyodide_dist import CDN_URL
from stbundle.builder.requirements import Requirement, parse_requirements

from tests.builder.static_site import (
    PYODIDE_DIR,
    build,
    protobuf_only_cache,
    require_offline_inputs,
)
from tests.builder.test_build import config_of


@pytest.fixture(scope="module")
def lock() -> PyodidePackages:
    require_offline_inputs()
    data = json.loads((PYODIDE_DIR / "pyodide-lock.json").read_text(encoding="utf-8"))
    return PyodidePackages.from_data(data, "314.0.7")


def site(module: str, line: int = 1, conditional: bool = False) -> ImportSite:
    return ImportSite(module, module.split(".")[0], "app.py", line, 0, conditional)


def make_wheel(
    folder: Path, name: str, version: str, modules: dict[str, str], requires: tuple[str, ...] = ()
) -> Path:
    """A minimal pure-Python wheel, written by hand as any build backend would."""
    path = folder / f"{name}-{version}-py3-none-any.whl"
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    meta += "".join(f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(path, "w") as zf:
        for arc, text in modules.items():
            zf.writestr(arc, text)
        zf.writestr(f"{name}-{version}.dist-info/METADATA", meta)
        zf.writestr(f"{name}-{version}.dist-info/WHEEL", "Wheel-Version: 1.0\nTag: py3-none-any\n")
        zf.writestr(f"{name}-{version}.dist-info/RECORD", "")
    return path


def test_pyodide_packages_are_found_by_import_name(lock: PyodidePackages, tmp_path: Path):
    resolver = Resolver([], tmp_path, lambda: lock)
    result = resolver.resolve(
        [
            site("streamlit"),
            site("numpy"),
            site("sklearn.linear_model"),
            site("yaml"),
            site("numpy.linalg"),
            site("google.protobuf.json_format"),
        ]
    )
    assert result.pyodide_packages == ["numpy", "scikit-learn", "pyyaml"]  # once each, in order
    assert [d["provided_by"] for d in result.decisions] == [
        "stbundle runtime",
        "pyodide: numpy",
        "pyodide: scikit-learn",
        "pyodide: pyyaml",
        "pyodide: numpy",
        "protobuf (runtime)",
    ]
    assert lock.closure(["pandas"]) == ["pandas", "numpy", "python-dateutil", "six", "pytz"]


def test_the_lock_is_read_only_when_an_import_needs_it(tmp_path: Path):
    def no_lock() -> PyodidePackages:
        raise AssertionError("the lock file was read")

    result = Resolver([], tmp_path, no_lock).resolve([site("streamlit"), site("streamlit.x")])
    assert result.pyodide_packages == []


def test_unsatisfiable_import_names_file_line_col_and_the_fix(lock: PyodidePackages, tmp_path):
    sites = [ImportSite("flask_login.utils", "flask_login", "pages/a.py", 7, 4, False)]
    with pytest.raises(BuildError) as err:
        Resolver([], tmp_path, lambda: lock).resolve(sites)
    message = str(err.value)
    assert message.startswith("pages/a.py:7:5: cannot satisfy `import flask_login.utils`")
    assert "not a package Pyodide 314.0.7 provides" in message
    assert "--requirements FILE" in message


def test_conditional_import_is_a_warning(lock: PyodidePackages, tmp_path: Path):
    result = Resolver([], tmp_path, lambda: lock).resolve([site("ujson_fast", 3, True)])
    assert result.warnings == [
        "app.py:3:1: optional import of 'ujson_fast' is not available in the browser; "
        "the app's fallback will run"
    ]


def test_requirements_wheels_ship_and_pyodide_names_load(lock: PyodidePackages, tmp_path: Path):
    cache = tmp_path / "cache"
    cache.mkdir()
    make_wheel(
        cache,
        "fake_pkg",
        "1.0",
        {"fakepkg/__init__.py": "X = 1\n"},
        requires=("needed-elsewhere>=1", "six"),
    )
    reqs = tmp_path / "requirements.txt"
    reqs.write_text("# pinned\nfake-pkg==1.0  # comment\nPyYAML>=6 ; python_version > '3'\n")
    parsed = parse_requirements(reqs)
    assert parsed == [
        Requirement("fake-pkg", "==1.0", "requirements.txt:2"),
        Requirement("PyYAML", ">=6", "requirements.txt:3"),
    ]
    result = Resolver(parsed, cache, lambda: lock).resolve([site("fakepkg"), site("yaml")])
    assert [w.name for w in result.wheels] == ["fake_pkg-1.0-py3-none-any.whl"]
    assert result.pyodide_packages == ["pyyaml", "six"]  # six: the wheel's dependency
    assert [d["provided_by"] for d in result.decisions] == [
        "requirements: fake_pkg-1.0-py3-none-any.whl",
        "pyodide: pyyaml",
    ]
    assert any("requires needed-elsewhere" in w for w in result.warnings)


def test_compiled_local_wheel_is_refused(tmp_path: Path, lock: PyodidePackages):
    wheel = tmp_path / "fast-1.0-cp311-cp311-linux_x86_64.whl"
    wheel.write_bytes(b"")
    reqs = tmp_path / "requirements.txt"
    reqs.write_text(f"{wheel.name}\n")
    with pytest.raises(
        BuildError, match=r"requirements\.txt:1: fast-1\.0-cp311.*not a pure-Python"
    ):
        Resolver(parse_requirements(reqs), tmp_path, lambda: lock).resolve([])


def test_unsupported_requirement_option(tmp_path: Path):
    reqs = tmp_path / "requirements.txt"
    reqs.write_text("--index-url https://example.org\n")
    with pytest.raises(BuildError, match=r"requirements\.txt:1: option --index-url is not"):
        parse_requirements(reqs)


def test_build_ships_a_requirement_wheel(write_app: Callable[..., Path], tmp_path: Path):
    require_offline_inputs()
    cache = protobuf_only_cache(tmp_path / "cache")
    make_wheel(cache, "fake_pkg", "1.0", {"fakepkg.py": "X = 1\n"})
    app = write_app("import streamlit as st\nimport fakepkg\n\nst.write(fakepkg.X)\n")
    (app.parent / "requirements.txt").write_text("fake-pkg==1.0\n")
    build(app, tmp_path / "dist", wheel_cache=cache, requirements=app.parent / "requirements.txt")
    config = config_of(tmp_path / "dist")
    installed = python_pack.unpack((tmp_path / "dist" / config["sitePackages"]).read_bytes())
    assert installed["fakepkg.py"] == b"X = 1\n"
    assert "fake_pkg-1.0.dist-info/METADATA" in installed


def test_build_with_core_only_pyodide_loads_packages_from_the_cdn(
    write_app: Callable[..., Path], tmp_path: Path
):
    require_offline_inputs()
    result = build(write_app("import numpy\nimport streamlit as st\n"), tmp_path / "dist")
    config = config_of(tmp_path / "dist")
    assert config["packages"] == ["numpy"]
    assert config["packageBaseUrl"] == CDN_URL
    assert any(
        re.search(r"has no wheels for numpy: the page loads .* from https://cdn", w)
        for w in result.warnings
    )


def test_build_fails_on_an_unsatisfiable_import(write_app: Callable[..., Path], tmp_path: Path):
    require_offline_inputs()
    app = write_app("import streamlit as st\n\nimport no_such_package_anywhere\n")
    with pytest.raises(BuildError, match=r"app\.py:3:8: cannot satisfy `import no_such_package"):
        build(app, tmp_path / "dist")
    assert not (tmp_path / "dist").exists()
