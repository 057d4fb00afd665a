"""The wheel carries everything an installed stbundle needs, and nothing generic at the top.

Built from this checkout: the renderer and the static-site bootstrap are bundled into it (an
installed wheel needs no node), templates and the protocol schema ship, and every module lives
under the one import package `stbundle`.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_holds_the_assets_templates_and_only_stbundle(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         str(ROOT), "-w", str(tmp_path)],
        check=True, cwd=tmp_path,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("stbundle-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names}
    assert top == {"stbundle", f"{wheel.name.split('-py3')[0]}.dist-info"}
    for needed in (
        "stbundle/static/renderer.js",
        "stbundle/static/renderer.css",
        "stbundle/static/chunks/sanitize.js",
        "stbundle/static/chunks/katex/KaTeX_Main-Regular.woff2",
        "stbundle/static/chunks/material/material-symbols-rounded.woff2",
        "stbundle/static/chunks/pdfjs/pdf.worker.js",
        "stbundle/static/chunks/pdfjs/wasm/openjpeg.wasm",
        "stbundle/static/chunks/pdfjs/cmaps/UniJIS-UCS2-H.bcmap",
        "stbundle/static/bootstrap.js",
        "stbundle/templates/page.html.j2",
        "stbundle/templates/serve.html.j2",
        "stbundle/templates/static_index.html.j2",
        "stbundle/templates/404.html.j2",
        "stbundle/templates/github-pages.yml",
        "stbundle/proto/stbundle.proto",
        "stbundle/proto/stbundle_pb2.py",
        "stbundle/runtime_py/api.py",
        "stbundle/compiler/__init__.py",
        "stbundle/server/app.py",
        "stbundle/builder/build.py",
        "stbundle/runtime_wasm/bridge.py",
        "stbundle/cli.py",
        "stbundle/testing.py",
    ):
        assert needed in names, needed
    entry_points = (
        zipfile.ZipFile(wheel)
        .read(f"{wheel.name.split('-py3')[0]}.dist-info/entry_points.txt")
        .decode()
    )
    assert "bundle = stbundle.cli:main" in entry_points
    assert "stbundle = stbundle.cli:main" in entry_points
