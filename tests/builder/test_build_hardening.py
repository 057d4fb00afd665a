"""`bundle build` publishes nothing it should not: symbolic links are resolved and refused when
they lead outside the app or to a secret, config.toml ships only what the page reads; and the
output folder is kept tidy: stale temporary folders go, files the user added stay."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from stbundle.builder import BuildError, python_pack
from stbundle.builder.streamlit_config import reduce_config

from stbundle.cli import main
from tests.builder.static_site import (
    PYODIDE_DIR,
    WHEEL_CACHE,
    build,
    protobuf_only_cache,
    require_offline_inputs,
)
from tests.builder.test_build import config_of
from tests.builder.test_dependencies import make_wheel

READS_DATA = (
    'import streamlit as st\nfrom pathlib import Path\nst.write(sorted(Path("data").iterdir()))\n'
)


@pytest.fixture(autouse=True)
def _offline() -> None:
    require_offline_inputs()


def shipped(site: Path) -> dict[str, bytes]:
    return python_pack.unpack((site / config_of(site)["appArchive"]).read_bytes())


def test_a_link_to_the_secrets_file_is_refused(write_app: Callable[..., Path], tmp_path: Path):
    app = write_app(
        READS_DATA,
        {".streamlit/secrets.toml": 'token = "hunter2"\n', "data/table.csv": "a,b\n"},
    )
    (app.parent / "data" / "creds.toml").symlink_to("../.streamlit/secrets.toml")
    with pytest.raises(BuildError, match=r"data/creds\.toml resolves to \.streamlit/secrets\.toml"):
        build(app, tmp_path / "dist")
    assert not (tmp_path / "dist").exists()


@pytest.mark.parametrize("link", ["file", "folder"])
def test_a_link_leading_outside_the_app_is_refused(
    write_app: Callable[..., Path], tmp_path: Path, link: str
):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "private.txt").write_text("not the app's")
    app = write_app(READS_DATA, {"data/table.csv": "a,b\n"})
    if link == "file":
        (app.parent / "data" / "notes.txt").symlink_to(outside / "private.txt")
    else:
        (app.parent / "data" / "more").symlink_to(outside, target_is_directory=True)
    with pytest.raises(BuildError, match=r"resolves to .*elsewhere.*outside the app's folder"):
        build(app, tmp_path / "dist")


def test_links_inside_the_app_ship_their_contents(write_app: Callable[..., Path], tmp_path: Path):
    app = write_app(READS_DATA, {"data/table.csv": "a,b\n", "shared/extra.csv": "c\n"})
    (app.parent / "data" / "alias.csv").symlink_to("table.csv")
    (app.parent / "data" / "shared").symlink_to("../shared", target_is_directory=True)
    build(app, tmp_path / "dist")
    files = shipped(tmp_path / "dist")
    assert files["data/alias.csv"] == b"a,b\n" and files["data/shared/extra.csv"] == b"c\n"


CONFIG = """
[server]
cookieSecret = "s3cr3t-cookie"
port = 9000

[browser]
gatherUsageStats = false

[theme]
base = "dark"
primaryColor = "#ff4b4b"
font = "serif"

[theme.sidebar]
backgroundColor = "#101010"

[client]
showErrorDetails = "none"
toolbarMode = "minimal"
"""


def test_config_ships_only_theme_and_client_and_the_summary_says_so(
    write_app: Callable[..., Path], tmp_path: Path
):
    app = write_app(files={".streamlit/config.toml": CONFIG, ".streamlit/secrets.toml": "a=1\n"})
    result = build(app, tmp_path / "dist")
    config = shipped(tmp_path / "dist")[".streamlit/config.toml"]
    assert b"cookieSecret" not in config and b"s3cr3t" not in config and b"9000" not in config
    original = tomllib.loads(CONFIG)
    assert tomllib.loads(config.decode()) == {k: original[k] for k in ("theme", "client")}
    assert (
        "shipped from .streamlit/: config.toml with [theme], [client]; left out: [browser], "
        "[server]" in result.notes
    )
    everything = b"".join(p.read_bytes() for p in (tmp_path / "dist").rglob("*") if p.is_file())
    assert b"s3cr3t-cookie" not in everything


def test_config_without_page_sections_ships_nothing() -> None:
    reduced = reduce_config(b'[server]\ncookieSecret = "x"\n', "config.toml")
    assert reduced.data is None and reduced.left_out == ["server"]
    with pytest.raises(BuildError, match=r"config\.toml: not valid TOML"):
        reduce_config(b"[theme\n", "config.toml")


def test_stale_temporary_folders_of_killed_builds_are_removed(
    write_app: Callable[..., Path], tmp_path: Path
):
    out = tmp_path / "dist"
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    stale = [tmp_path / ".dist.build-k3j4h5g6", tmp_path / f".dist.build-{gone}-abcd"]
    running = tmp_path / f".dist.build-{os.getppid()}-wxyz"  # a build still writing
    for folder in (*stale, running):
        (folder / "assets").mkdir(parents=True)
        (folder / "assets" / "big.bin").write_bytes(b"\0" * 1000)
    result = build(write_app(), out)
    assert [p.exists() for p in stale] == [False, False] and running.exists()
    assert any(n.startswith("removed temporary folders of killed builds") for n in result.notes)


def test_files_the_user_added_to_the_output_survive_a_rebuild(
    write_app: Callable[..., Path], tmp_path: Path
):
    out = tmp_path / "dist"
    build(write_app(), out)
    (out / "CNAME").write_text("apps.example.com\n")
    (out / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    (out / ".well-known").mkdir()
    (out / ".well-known" / "security.txt").write_text("Contact: me@example.com\n")
    old_assets = set(json.loads((out / "manifest.json").read_text())["files"])
    result = build(write_app("import streamlit as st\nst.write('v2')\n"), out)
    assert (out / "CNAME").read_text() == "apps.example.com\n"
    assert (out / "robots.txt").read_text().startswith("User-agent")
    assert (out / ".well-known" / "security.txt").is_file()
    files = json.loads((out / "manifest.json").read_text())["files"]
    assert "CNAME" not in files and "manifest.json" in files and "index.html" in files
    assert {n for n in old_assets - set(files) if (out / n).exists()} == set()  # old build's go
    assert any("kept from the previous" in n and "CNAME" in n for n in result.notes)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist", "src"]


def test_cli_summary_names_what_shipped_from_dot_streamlit(
    write_app: Callable[..., Path], tmp_path: Path
):
    app = write_app(files={".streamlit/config.toml": CONFIG})
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(app),
            "--out",
            str(tmp_path / "dist"),
            "--pyodide-dir",
            str(PYODIDE_DIR),
            "--wheel-cache",
            str(WHEEL_CACHE),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "note: shipped from .streamlit/: config.toml with [theme], [client]" in result.output


def test_the_sanitiser_chunk_ships_next_to_the_renderer_when_the_app_shows_html(
    write_app: Callable[..., Path], tmp_path: Path
):
    build(write_app(), tmp_path / "plain")
    assert not list((tmp_path / "plain").rglob("sanitize.js"))
    app = write_app("import streamlit as st\nst.html('<b>hi</b>')\n")
    build(app, tmp_path / "html")
    (chunk,) = (tmp_path / "html").rglob("chunks/sanitize.js")
    assert (chunk.parent.parent / "renderer.js").is_file()  # it loads relative to renderer.js
    # A shipped package that shows HTML brings the chunk too, though the app never says html.
    cache = protobuf_only_cache(tmp_path / "cache")
    make_wheel(cache, "fancy", "1.0", {"fancy.py": "import streamlit as st\nshow = st.html\n"})
    app = write_app("import fancy\nfancy.show('<b>hi</b>')\n")
    (app.parent / "requirements.txt").write_text("fancy==1.0\n")
    requirements = app.parent / "requirements.txt"
    build(app, tmp_path / "pkg", wheel_cache=cache, requirements=requirements, precompile=False)
    assert list((tmp_path / "pkg").rglob("chunks/sanitize.js"))
