"""A static build finds the app's declare_component(path=...) calls without running it and
copies each folder to component/<module>.<name>/; a path it cannot work out, a missing folder
or one outside the app are reported with their line, and links out of a folder are not copied."""

from __future__ import annotations

import zipfile
from pathlib import Path

from stbundle.builder.components import copy_components, find_components, find_in_wheels
from stbundle.compiler.app import analyse_entry


def _ui(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text("<p>ui</p>")
    return folder


def test_the_usual_ways_of_naming_a_folder_are_followed(tmp_path: Path) -> None:
    _ui(tmp_path / "literal")
    _ui(tmp_path / "frontend" / "build")
    _ui(tmp_path / "viapath")
    (tmp_path / "mycomp").mkdir()
    _ui(tmp_path / "mycomp" / "dist")
    (tmp_path / "mycomp" / "__init__.py").write_text(
        "import os\n"
        "import streamlit.components.v1 as components\n"
        "_RELEASE = True\n"
        "if not _RELEASE:\n"
        "    _f = components.declare_component('pkg', url='http://localhost:3001')\n"
        "else:\n"
        "    parent_dir = os.path.dirname(os.path.abspath(__file__))\n"
        "    build_dir = os.path.join(parent_dir, 'dist')\n"
        "    _f = components.declare_component('pkg', path=build_dir)\n"
    )
    app = tmp_path / "app.py"
    app.write_text(
        "import os\n"
        "from pathlib import Path\n"
        "import streamlit as st\n"
        "from streamlit.components.v1 import declare_component\n"
        "import mycomp\n"
        "a = declare_component('a', path='literal')\n"
        "b = declare_component('b', os.path.join(os.path.dirname(__file__), 'frontend/build'))\n"
        "c = declare_component('c', path=Path(__file__).parent / 'viapath')\n"
        "d = declare_component('d', url='http://localhost:3001')\n"
    )
    found, problems = find_components(analyse_entry(app))
    assert problems == []
    folders = {c.name: c.folder and c.folder.resolve() for c in found}
    root = tmp_path.resolve()
    assert folders == {
        "app.a": root / "literal",
        "app.b": root / "frontend" / "build",
        "app.c": root / "viapath",
        "app.d": None,
        "mycomp.pkg": root / "mycomp" / "dist",
    }
    site = tmp_path / "site"
    assert copy_components(site, found, tmp_path) == []
    for name in ("app.a", "app.b", "app.c", "mycomp.pkg"):
        assert (site / "component" / name / "index.html").read_text() == "<p>ui</p>"


def test_what_the_build_cannot_follow_is_reported_with_its_line(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit.components.v1 as components\n"
        "import sys\n"
        "a = components.declare_component('a', path=sys.argv[1])\n"
        "b = components.declare_component(sys.argv[2], path='x')\n"
        "c = components.declare_component('c', path='missing')\n"
        "d = components.declare_component('d', path='/')\n"
    )
    found, problems = find_components(analyse_entry(app))
    assert len(problems) == 2
    assert problems[0].startswith("app.py:3: the build cannot work out declare_component('a'")
    assert problems[1].startswith("app.py:4: declare_component's name is not a string literal")
    copied = copy_components(tmp_path / "site", found, tmp_path)
    assert [p.split(":", 2)[1] for p in copied] == ["5", "6"]
    assert "no folder" in copied[0] and "outside the app's folder" in copied[1]
    assert not (tmp_path / "site" / "component").exists()


def test_links_and_hidden_files_stay_out_of_the_site(tmp_path: Path) -> None:
    ui = _ui(tmp_path / "ui")
    (tmp_path / "secret.txt").write_text("not for the site")
    (ui / "link.txt").symlink_to(tmp_path / "secret.txt")
    (ui / ".env").write_text("TOKEN=1")
    (ui / "main.js").write_text("1")
    app = tmp_path / "app.py"
    app.write_text("import streamlit.components.v1 as c\nx = c.declare_component('x', path='ui')\n")
    found, _ = find_components(analyse_entry(app))
    assert copy_components(tmp_path / "site", found, tmp_path) == []
    copied = sorted(p.name for p in (tmp_path / "site" / "component" / "app.x").iterdir())
    assert copied == ["index.html", "main.js"]


def test_a_shipped_package_s_component_is_copied_out_of_its_wheel(tmp_path: Path) -> None:
    wheel = tmp_path / "st_widget-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr(
            "st_widget/__init__.py",
            "import os\n"
            "import streamlit.components.v1 as components\n"
            "parent_dir = os.path.dirname(os.path.abspath(__file__))\n"
            "build_dir = os.path.join(parent_dir, 'frontend', 'build')\n"
            "_f = components.declare_component('widget', path=build_dir)\n"
            "up = os.path.join(parent_dir, '..', '..')\n"
            "_g = components.declare_component('escape', path=up)\n",
        )
        zf.writestr("st_widget/frontend/build/index.html", "<p>widget</p>")
        zf.writestr("st_widget/frontend/build/static/js/main.js", "1")
        zf.writestr("st_widget/frontend/build/.cache", "x")
        zf.writestr("st_widget-1.0.dist-info/METADATA", "Name: st-widget")
    found, problems = find_in_wheels([wheel])
    assert [c.name for c in found] == ["st_widget.widget"]
    assert len(problems) == 1 and "st_widget.escape: its folder is not inside" in problems[0]
    site = tmp_path / "site"
    assert copy_components(site, found, tmp_path) == []
    out = site / "component" / "st_widget.widget"
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "index.html",
        "static/js/main.js",
    ]
