"""The memory snapshot a build ships (builder/snapshot.py): made with the site's own Pyodide,
cached, left out on request or where it cannot work, and the build says which. The page's use
of it, and its fallbacks, are tested in Chromium (tests/browser/test_snapshot.py)."""

from __future__ import annotations

import gzip
import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from stbundle.builder import snapshot, snapshot_format

from stbundle.cli import main
from tests.builder.static_site import PYODIDE_DIR, WHEEL_CACHE, build, require_offline_inputs


def config(site: Path) -> dict[str, Any]:
    return json.loads((site / "manifest.json").read_text(encoding="utf-8"))["config"]


@pytest.fixture(autouse=True)
def _offline() -> None:
    require_offline_inputs()


def test_a_site_with_a_local_pyodide_ships_a_snapshot_of_the_started_runtime(
    write_app: Callable[..., Path], tmp_path: Path
) -> None:
    result = build(write_app(), tmp_path / "site")
    url = config(tmp_path / "site")["snapshotUrl"]
    assert url is not None and url.startswith("assets/") and url.endswith("/snapshot.bin.gz")
    shipped = gzip.decompress((tmp_path / "site" / url).read_bytes())
    initial = snapshot.as_instantiated((PYODIDE_DIR / "pyodide.asm.wasm").read_bytes())
    assert len(initial) > 2**20  # Pyodide's data segments
    raw = snapshot_format.decode(shipped, initial)
    assert len(raw) > 20 * 2**20  # Pyodide's whole memory, runtime imported
    # its zero pages left out, the heap's free memory zeroed first (builder/snapshot_heap.py),
    # the pages still as the data segments put them left out too: about 26 of 43 MB were
    # shipped before, 14.6 since
    assert len(shipped) < 0.4 * len(raw)
    with pytest.raises(ValueError, match="kept pages differ"):
        snapshot_format.decode(shipped, bytes(len(initial)))
    assert any(n.startswith("memory snapshot of the started runtime") for n in result.notes)
    # Its layout ships beside it too, as a file of its own: what the snapshot starts with, up
    # to the memory (about 1 KB), for the page to hand Pyodide the header before the rest.
    layout_url = config(tmp_path / "site")["snapshotLayoutUrl"]
    assert layout_url == url.replace("snapshot.bin.gz", "snapshot.layout")
    layout = (tmp_path / "site" / layout_url).read_bytes()
    assert shipped.startswith(layout) and 256 < len(layout) < 16_384
    assert layout == snapshot_format.layout(shipped)


def test_a_snapshot_is_made_once_for_the_same_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[list[str]] = []

    def fake_node(pyodide_dir: Path, stdlib: Any, wheels: Any, modules: list[str], work: Path):
        made.append(modules)
        return pyodide_snapshot(b"memory" * 1000)

    monkeypatch.setattr(snapshot, "_with_node", fake_node)
    wheels = [("w-1-py3-none-any.whl", b"wheel")]
    first = snapshot.make_snapshot(PYODIDE_DIR, None, wheels, ["yaml"], tmp_path)
    again = snapshot.make_snapshot(PYODIDE_DIR, None, wheels, ["yaml"], tmp_path)
    assert first.data == again.data
    # the layout, read back from the cached file's start as the new one gave it
    assert (
        again.layout == first.layout == snapshot_format.layout(gzip.decompress(first.data or b""))
    )
    assert snapshot_format.decode(gzip.decompress(first.data or b"")) == pyodide_snapshot(
        b"memory" * 1000
    )
    assert again.note == "memory snapshot of the started runtime (cached)"
    # not Pyodide's heap: shipped as it was, and the build says so
    assert "its free heap memory kept (the heap walk left the memory" in (first.note or "")
    assert made == [[*snapshot.RUNTIME_MODULES, "yaml"]]
    snapshot.make_snapshot(PYODIDE_DIR, None, wheels, ["attrs"], tmp_path)  # other imports
    snapshot.make_snapshot(PYODIDE_DIR, b"zip", wheels, ["yaml"], tmp_path)  # another stdlib
    assert len(made) == 3


def pyodide_snapshot(memory: bytes) -> bytes:
    """What Pyodide's makeMemorySnapshot() returns: a header (magic, where the memory starts,
    JSON length, build id, JSON), padded to 4 bytes, then the memory."""
    meta = b'{"hiwireKeys":[],"immortalKeys":[]}'
    memory_at = 48 + (len(meta) + 3) // 4 * 4
    head = b"\x00snp" + struct.pack("<III", memory_at, len(meta), 0) + bytes(range(32)) + meta
    return head.ljust(memory_at, b"\x00") + memory


def test_the_shipped_layout_keeps_only_non_zero_pages_and_decodes_to_the_same_bytes() -> None:
    page = snapshot_format.PAGE
    memory = bytes(page) + b"\x01" * 10 + bytes(3 * page - 10) + b"x" * page + b"y" * (page + 8)
    original = pyodide_snapshot(memory)
    shipped = snapshot_format.encode(original)
    assert snapshot_format.page_runs(memory) == ([(page, page), (4 * page, 2 * page + 8)], [])
    assert len(shipped) < len(original) - 2 * page
    assert snapshot_format.decode(shipped) == original
    # Pages equal to the memory as instantiated (here the first non-zero one and the last two)
    # are kept, not shipped: decoded from that memory, checked by its checksum.
    initial = bytes(page) + memory[page : 2 * page] + bytes(2 * page) + b"z" * page
    initial += memory[5 * page :]
    assert snapshot_format.page_runs(memory, initial) == (
        [(4 * page, page)],
        [(page, page), (5 * page, page + 8)],
    )
    lean = snapshot_format.encode(original, initial)
    assert len(lean) == len(shipped) - (2 * page + 8) + 8  # their bytes out, a run entry in
    assert snapshot_format.decode(lean, initial) == original
    with pytest.raises(ValueError, match="kept pages differ"):
        snapshot_format.decode(lean, initial[: 5 * page] + b"!" + initial[5 * page + 1 :])
    with pytest.raises(ValueError, match="not a Pyodide memory snapshot"):
        snapshot_format.encode(b"memory" * 10)
    with pytest.raises(ValueError, match="trailing or missing"):
        snapshot_format.decode(shipped[:-1])
    # The layout: everything before the shipped pages' bytes (magic, counts, Pyodide's header,
    # the runs), readable from the snapshot's first bytes only.
    layout = snapshot_format.layout(lean)
    assert lean[len(layout) :] == memory[4 * page : 5 * page]
    assert snapshot_format.layout_length(lean[: snapshot_format.PREFIX]) == len(layout)
    assert snapshot.layout_of(gzip.compress(lean)) == layout
    with pytest.raises(ValueError, match="cut short in its layout"):
        snapshot_format.layout(layout[:-1])
    with pytest.raises(ValueError, match="not a stbundle memory snapshot"):
        snapshot_format.layout(original)
    with pytest.raises(ValueError, match="not a gzip-compressed snapshot"):
        snapshot.layout_of(lean)


def test_no_snapshot_on_request_or_without_a_local_pyodide(
    write_app: Callable[..., Path], tmp_path: Path
) -> None:
    build(write_app(), tmp_path / "off", snapshot=False)
    assert config(tmp_path / "off")["snapshotUrl"] is None
    assert config(tmp_path / "off")["snapshotLayoutUrl"] is None
    assert not list((tmp_path / "off").rglob("snapshot*"))
    build(write_app(), tmp_path / "cdn", pyodide_dir=None)
    assert config(tmp_path / "cdn")["snapshotUrl"] is None
    runner = CliRunner()
    out = tmp_path / "cli"
    args = ["build", str(write_app()), "--out", str(out), "--pyodide-dir", str(PYODIDE_DIR)]
    done = runner.invoke(main, [*args, "--no-snapshot", "--wheel-cache", str(WHEEL_CACHE)])
    assert done.exit_code == 0, done.output
    assert config(out)["snapshotUrl"] is None


def test_an_app_needing_pyodide_packages_gets_no_snapshot_and_is_told_why(
    write_app: Callable[..., Path], tmp_path: Path
) -> None:
    app = write_app("import numpy\nimport streamlit as st\nst.write(numpy.__version__)\n")
    result = build(app, tmp_path / "site")
    assert config(tmp_path / "site")["snapshotUrl"] is None
    assert any(
        "no memory snapshot: the app needs Pyodide packages (numpy" in n for n in result.notes
    )


def test_without_a_way_to_make_it_the_build_says_so(
    write_app: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "node_jspi_args", lambda node: None)
    monkeypatch.setenv("STBUNDLE_CHROMIUM", str(tmp_path / "no-such-browser"))
    result = build(write_app(), tmp_path / "site", bytecode_cache=tmp_path / "cache")
    assert config(tmp_path / "site")["snapshotUrl"] is None
    note = next(n for n in result.notes if n.startswith("no memory snapshot"))
    assert "no current WebAssembly JSPI" in note and "no Chromium was found" in note
