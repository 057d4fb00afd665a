"""The Python packages a static site installs as one pack (builder/python_pack.py), and the slim
sources in it (builder/source_slim.py): same lines, no comments or docstrings, still valid."""

from __future__ import annotations

import ast
import gzip
import io
import zipfile
from pathlib import Path

import pytest
from stbundle.builder import python_pack
from stbundle.builder.source_slim import slim
from stbundle.builder.wheel import build_runtime_wheel

SOURCE = '''\
# -*- coding: utf-8 -*-
"""Module docstring, with an emoji 📈 before the end."""

from __future__ import annotations

X = "# not a comment"  # a comment


class Only:
    """Nothing but a docstring."""


def f(a):  # trailing
    """A docstring over
    two lines: 📈 -> "quoted"."""
    # a whole-line comment
    return a + 1  # after code


def g():
    """Doc"""; return 2
'''


def test_slim_drops_comments_and_docstrings_keeping_every_line_and_meaning() -> None:
    out = slim(SOURCE.encode()).decode()
    assert out.count("\n") == SOURCE.count("\n")
    assert "comment" not in out.replace('"# not a comment"', "")
    assert "docstring" not in out and "Doc" not in out
    assert out.splitlines()[0] == "# -*- coding: utf-8 -*-"  # the encoding line stays
    namespace: dict[str, object] = {}
    exec(compile(out, "m.py", "exec"), namespace)
    assert namespace["X"] == "# not a comment"
    assert namespace["f"](1) == 2 and namespace["g"]() == 2  # type: ignore[operator]
    assert namespace["f"].__doc__ is None and namespace["Only"].__doc__ is None  # type: ignore[attr-defined]
    # the same statements start on the same lines (tracebacks name the right ones)
    lines = [(type(n).__name__, n.lineno) for n in ast.parse(out).body]
    assert lines == [
        ("ImportFrom", 4),
        ("Assign", 6),
        ("ClassDef", 9),
        ("FunctionDef", 13),
        ("FunctionDef", 20),
    ]


@pytest.mark.parametrize("source", [b"def broken(:\n", b"\xff\xfe not utf-8\n"])
def test_a_source_that_does_not_parse_is_kept_as_it_is(source: bytes) -> None:
    assert slim(source) == source


def test_every_slimmed_runtime_module_compiles_with_its_lines_in_place() -> None:
    with zipfile.ZipFile(io.BytesIO(build_runtime_wheel().data)) as zf:
        sources = {n: zf.read(n) for n in zf.namelist() if n.endswith(".py")}
    for name, source in sources.items():
        slimmed = slim(source)
        assert slimmed.count(b"\n") == source.count(b"\n"), name
        compile(slimmed, name, "exec")
    before = sum(len(s) for s in sources.values())
    after = sum(len(slim(s)) for s in sources.values())
    assert after < 0.85 * before


def wheel(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buffer.getvalue()


def test_a_pack_holds_the_wheels_files_without_record_slimmed_only_where_asked() -> None:
    ours = wheel(
        {
            "pkg/__init__.py": '"""Doc."""\nX = 1  # note\n',
            "pkg/data.txt": "kept # as is",
            "pkg-1.dist-info/RECORD": "pkg/__init__.py,,\n",
            "google/protobuf/internal/message_benchmark.py": "import nothing\n",
        }
    )
    theirs = wheel({"ply_like.py": 'def p_rule(p):\n    "expr : expr PLUS term"\n'})
    files = python_pack.wheel_files(ours, slim_sources=True)
    assert files == {"pkg/__init__.py": b"\nX = 1\n", "pkg/data.txt": b"kept # as is"}
    assert python_pack.wheel_files(theirs)["ply_like.py"].count(b"PLUS") == 1
    packed = python_pack.pack({**files, **python_pack.wheel_files(theirs)})
    assert python_pack.pack({**python_pack.wheel_files(theirs), **files}) == packed  # sorted
    assert python_pack.unpack(packed) == {**files, **python_pack.wheel_files(theirs)}
    with pytest.raises(ValueError, match="not a stbundle pack"):
        python_pack.unpack(gzip.compress(b"something else"))


def test_site_files_are_cached_by_wheel_content(tmp_path: Path) -> None:
    cache = tmp_path
    data = wheel({"m.py": "# c\nY = 2\n"})
    first = python_pack.site_files([(data, True)], cache)
    assert first == {"m.py": b"\nY = 2\n"} and len(list(cache.glob("pack-*.gz"))) == 1
    assert python_pack.site_files([(data, True)], cache) == first
    assert python_pack.site_files([(data, False)], cache) == {"m.py": b"# c\nY = 2\n"}


def test_the_site_pack_is_gzip_smaller_than_level_9_and_made_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {
        f"pkg/m{i}.py": f"def f{i}(x):\n    return x * {i} + {i * i}\n".encode() for i in range(400)
    }
    shipped = python_pack.site_pack(files, tmp_path)
    # The format the page reads (gzip) and the same files, in fewer bytes than gzip -9.
    assert python_pack.unpack(shipped) == files
    assert len(shipped) < len(python_pack.pack(files))
    # A second build of the same files reads it back: zopfli does not run again.
    import zopfli.gzip

    monkeypatch.setattr(zopfli.gzip, "compress", lambda *a, **k: pytest.fail("compressed again"))
    assert python_pack.site_pack(files, tmp_path) == shipped
    # A damaged cached copy is not shipped.
    (kept,) = tmp_path.glob("site-*.gz")
    kept.write_bytes(shipped[: len(shipped) // 2])
    monkeypatch.undo()
    assert python_pack.site_pack(files, tmp_path) == shipped
