"""`bundle build` end to end without a browser: output layout, atomic replacement, bad input."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from stbundle.builder import BuildError, python_pack
from stbundle.builder.pyodide_dist import CDN_URL, PYODIDE_VERSION
from stbundle.compiler.page_paths import SITE_FILES

from stbundle.cli import main
from tests.builder.static_site import PYODIDE_DIR, WHEEL_CACHE, build, require_offline_inputs


@pytest.fixture(autouse=True)
def _offline() -> None:
    require_offline_inputs()


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def config_of(site: Path) -> dict:
    html = (site / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="stb-config">(.*?)</script>', html, re.S)
    assert m is not None
    return json.loads(m.group(1))


class _Urls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]


def test_site_layout_relative_urls_and_manifest(write_app: Callable[..., Path], tmp_path: Path):
    app = write_app(
        """
        import json
        import streamlit as st
        from helpers import greeting

        st.write(greeting(), json.loads(open("data.json").read()))
        """,
        {
            "helpers.py": "def greeting():\n    return 'hi'\n",
            "data.json": '{"a": 1}',
            "unused.txt": "not read by the app",
        },
    )
    out = tmp_path / "dist"
    result = build(app, out)

    assert (out / ".nojekyll").is_file() and (out / "404.html").is_file()
    # What a page's URL path may not be called (compiler/page_paths.py, lint XST611).
    assert {p.name for p in out.iterdir()} <= SITE_FILES
    names = {name for name, _ in result.files}
    assert f"pyodide/{PYODIDE_VERSION}/pyodide.asm.wasm" in names
    assert not any(n.endswith((".d.ts", ".map", "console.html")) for n in names)

    # every URL in the page and its config is relative, and names a file of the site
    parser = _Urls()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    config = config_of(out)
    # Pyodide's modules, preloaded by the page's head (the rest of Pyodide's files are checked
    # below), then renderer.css, bootstrap.js and renderer.js
    preloaded = [u for u in parser.urls if u.startswith(f"pyodide/{PYODIDE_VERSION}/")]
    assert preloaded == [
        f"pyodide/{PYODIDE_VERSION}/{n}" for n in ("pyodide.mjs", "pyodide.asm.mjs")
    ]
    urls = [*(u for u in parser.urls if u not in preloaded), config["sitePackages"]]
    urls.append(config["appArchive"])
    assert len(urls) == 5
    assert all((out / u).is_file() for u in preloaded)
    for url in urls:
        assert not url.startswith(("/", "http:", "https:", "//")), url
        assert (out / url).is_file(), url
    assert config["pyodideUrl"] == f"pyodide/{PYODIDE_VERSION}/"
    assert config["packageBaseUrl"] is None and config["packages"] == []
    assert all(re.match(r"assets/[0-9a-f]{12}/", u) for u in urls)  # content-hashed

    shipped = python_pack.unpack((out / config["appArchive"]).read_bytes())
    assert sorted(shipped) == [".stbundle/widget_sites.json", "app.py", "data.json", "helpers.py"]
    # The compiler's widget sites, for the runtime in the page (none in this app).
    assert json.loads(shipped[".stbundle/widget_sites.json"]) == {"widgets": []}

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["generator"].startswith("stbundle ")
    assert manifest["app"] == {
        "entry": "app.py",
        "modules": ["app.py", "helpers.py"],
        "data_files": ["data.json"],
    }
    assert manifest["pyodide"]["local"] is True
    assert [i["module"] for i in manifest["compiler"]["imports"]] == [
        "json",
        "streamlit",
        "helpers",
    ]
    assert manifest["dependencies"]["imports"] == [
        {
            "module": "streamlit",
            "file": manifest["dependencies"]["imports"][0]["file"],
            "line": 3,
            "provided_by": "stbundle runtime",
        }
    ]
    assert {w.split("-")[0] for w in manifest["dependencies"]["wheels"]} == set()
    installed = python_pack.unpack((out / config["sitePackages"]).read_bytes())
    assert "google/protobuf/message.py" in installed  # protobuf, and the runtime:
    assert "stbundle/runtime_wasm/bridge.py" in installed
    assert not any(n.endswith("RECORD") for n in installed)


def test_two_builds_of_the_same_app_are_identical(write_app: Callable[..., Path], tmp_path: Path):
    app = write_app()
    build(app, tmp_path / "a")
    build(app, tmp_path / "b")
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")


def test_failed_build_leaves_previous_output_untouched(
    write_app: Callable[..., Path], tmp_path: Path
):
    app = write_app()
    out = tmp_path / "dist"
    build(app, out)
    before = snapshot(out)
    app.write_text('import streamlit as st\n\nst.title("Broken"\n', encoding="utf-8")

    runner = CliRunner()
    result = runner.invoke(
        main,
        [
            "build",
            str(app),
            "--out",
            str(out),
            "--pyodide-dir",
            str(PYODIDE_DIR),
            "--wheel-cache",
            str(WHEEL_CACHE),
        ],
    )
    assert result.exit_code != 0
    assert re.search(r"app\.py:3:9: XST001 Syntax error", result.output), result.output
    assert "left untouched" in result.output
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist", "src"]  # no temp folders left


def test_rebuild_replaces_the_previous_site(write_app: Callable[..., Path], tmp_path: Path):
    out = tmp_path / "dist"
    build(write_app(), out)
    (out / "stale.txt").write_text("from an older build")  # listed as written by the build:
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["files"].append("stale.txt")
    (out / "manifest.json").write_text(json.dumps(manifest))
    build(write_app(), out)
    assert not (out / "stale.txt").exists()
    assert "stale.txt" not in json.loads((out / "manifest.json").read_text())["files"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist", "src"]


def test_refuses_to_replace_a_folder_it_did_not_build(
    write_app: Callable[..., Path], tmp_path: Path
):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.tex").write_text("years of work")
    with pytest.raises(BuildError, match="refusing to replace a folder that is not a previous"):
        build(write_app(), out)
    assert (out / "thesis.tex").read_text() == "years of work"


def test_syntax_error_in_a_local_module_is_reported_at_its_position(
    write_app: Callable[..., Path], tmp_path: Path
):
    app = write_app("import streamlit as st\nimport helpers\n", {"helpers.py": "x = = 1\n"})
    with pytest.raises(BuildError, match=r"helpers\.py:1:5: XST001"):
        build(app, tmp_path / "dist")
    assert not (tmp_path / "dist").exists()


def test_strict_turns_lint_findings_into_errors(write_app: Callable[..., Path], tmp_path: Path):
    source = """
    import streamlit as st

    if st.button("a"):
        if st.button("b"):
            st.write("never")
    """
    app = write_app(source)
    result = build(app, tmp_path / "dist")
    assert any("XST101" in w for w in result.warnings)
    with pytest.raises(BuildError, match=r"app\.py:5:8: XST101.*\n\(--strict"):
        build(app, tmp_path / "strict", strict=True)
    assert not (tmp_path / "strict").exists()


def test_secrets_are_never_shipped(write_app: Callable[..., Path], tmp_path: Path):
    app = write_app(
        'import streamlit as st\nst.write(open(".streamlit/secrets.toml").read())\n',
        {".streamlit/secrets.toml": 'token = "hunter2"\n'},
    )
    result = build(app, tmp_path / "dist")
    config = config_of(tmp_path / "dist")
    shipped = python_pack.unpack((tmp_path / "dist" / config["appArchive"]).read_bytes())
    assert sorted(shipped) == [".stbundle/widget_sites.json", "app.py"]
    assert any("secrets.toml is not shipped" in w for w in result.warnings)


def test_cdn_is_the_default_and_nothing_of_pyodide_is_copied(
    write_app: Callable[..., Path], tmp_path: Path
):
    build(write_app(), tmp_path / "dist", pyodide_dir=None)
    assert config_of(tmp_path / "dist")["pyodideUrl"] == CDN_URL
    assert not (tmp_path / "dist" / "pyodide").exists()
    build(write_app(), tmp_path / "own", pyodide_dir=None, pyodide_url="https://example.org/py")
    assert config_of(tmp_path / "own")["pyodideUrl"] == "https://example.org/py/"


def test_cli_prints_what_it_wrote_and_the_sizes(write_app: Callable[..., Path], tmp_path: Path):
    out = tmp_path / "dist"
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(write_app()),
            "--out",
            str(out),
            "--pyodide-dir",
            str(PYODIDE_DIR),
            "--wheel-cache",
            str(WHEEL_CACHE),
            "--title",
            "My <counter>",
        ],
    )
    assert result.exit_code == 0, result.output
    assert re.search(r"index\.html\s+\d+\.\d KB", result.output)
    assert re.search(
        r"wrote .*dist/: \d+ files, [\d.]+ KB \([\d.]+ KB without Pyodide", result.output
    )
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<title>My &lt;counter&gt;</title>" in html
