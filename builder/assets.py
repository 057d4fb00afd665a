"""Content-hashed assets: each file (or group that must share a folder) goes under
`assets/<hash>/`, so its URL changes exactly when its bytes do and hosts may cache it forever.
The original file name is kept, because Pyodide and people read it. The renderer's group holds
the lazy chunks the app may use."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from stbundle.builder.chunk_choice import ships

HASH_CHARS = 12


@dataclass
class Assets:
    """Writes hashed assets into a site folder and remembers what it wrote."""

    site: Path
    written: list[Path] = field(default_factory=list)

    def add_group(self, files: dict[str, bytes]) -> str:
        """Write files into one hashed folder; returns its relative URL prefix ("assets/h/")."""
        digest = hashlib.sha256()
        for name in sorted(files):
            digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
        prefix = f"assets/{digest.hexdigest()[:HASH_CHARS]}/"
        folder = self.site / prefix
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
            self.written.append(folder / name)
        return prefix

    def add(self, name: str, data: bytes) -> str:
        """Write one file; returns its relative URL."""
        return self.add_group({name: data}) + name


# What in an app's code may make the page need a chunk; a chunk not listed always ships. The
# sanitiser serves st.html, unsafe_allow_html and objects' _repr_html_: all spelled with "html".
# KaTeX draws st.latex, and $...$ / $$...$$ in markdown (a pair on one line: a lone "$" such as
# f"${price}" is not maths); the Material Symbols font (chunks/material/) draws :material/ icons.
CHUNK_TRIGGERS: dict[str, re.Pattern[str]] = {
    "sanitize": re.compile("html"),
    "katex": re.compile(r"latex|\$\$|\$[^\s$][^$\n]*\$"),
    "material": re.compile(":material/"),
    # st.mermaid_chart and ```mermaid fences in markdown.
    "mermaid": re.compile("mermaid"),
}


def code_of(sources: Iterable[str], wheels: Iterable[Path]) -> Iterator[str]:
    """The app's own sources, then the Python files of the wheels it ships (a package from
    requirements.txt may call st.html too)."""
    yield from sources
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            for name in zf.namelist():
                if name.endswith(".py"):
                    yield zf.read(name).decode("utf-8", "replace")


def lazy_chunks(
    static: Path, sources: Iterable[str], wanted: set[str] | None = None
) -> dict[str, bytes]:
    """The renderer's lazy chunks (`chunks/<name>.js`, see frontend/src/lazy.ts) that an app
    whose code is `sources` may use. They load relative to renderer.js, so they go into its
    group folder. A page that needs a chunk the build left out shows a message in place of
    the element, never its content unsanitised. A chunk without a text trigger ships when
    `wanted` (chunk_choice.chunks_for: None = cannot tell) says the app may use it. A folder
    `chunks/<name>/` (fonts a chunk loads beside itself) ships as a chunk `<name>` would."""
    folder = static / "chunks"
    if not folder.is_dir():
        return {}
    text = "\n".join(sources)

    def used(name: str) -> bool:
        if name in CHUNK_TRIGGERS:
            return CHUNK_TRIGGERS[name].search(text) is not None
        return ships(name, wanted)

    files: dict[str, bytes] = {}
    for p in sorted(folder.iterdir()):
        if p.suffix == ".js" and used(p.stem):
            files[f"chunks/{p.name}"] = p.read_bytes()
        elif p.is_dir() and used(p.name):
            for f in sorted(p.rglob("*")):
                if f.is_file():
                    files[f"chunks/{f.relative_to(folder).as_posix()}"] = f.read_bytes()
    return files
