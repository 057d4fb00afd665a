"""Which lazy renderer chunks a static site ships: those of the commands the compiler found the
app calling (compiler/widget_table.py RENDERER_CHUNKS, generated from the specs), plus those
st.write and magic may route data objects to, judged by the libraries the app imports. When the
build cannot tell (a shipped package imports streamlit and may call any command) every chunk
ships."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from stbundle.compiler.widget_table import RENDERER_CHUNKS

#: Chunks st.write / magic may need for objects of these libraries (write.py's ROUTES).
WRITE_CHUNKS: dict[str, tuple[str, ...]] = {
    "pandas": ("grid",),
    "numpy": ("grid",),
    "pyarrow": ("grid",),
    "polars": ("grid",),
    "xarray": ("grid",),
    "altair": ("vega",),
    "plotly": ("plotly", "component_elements_plotly"),
    "pydeck": ("deck", "component_elements_deck"),
    "graphviz": ("graphviz", "component_elements_graphviz"),
}

#: Every chunk some command names; a chunk outside this set is not chosen here (it ships).
NAMED_CHUNKS = frozenset(c for chunks in RENDERER_CHUNKS.values() for c in chunks)


def _wheel_uses_streamlit(wheel: Path) -> bool:
    with zipfile.ZipFile(wheel) as zf:
        for name in zf.namelist():
            if name.endswith(".py") and b"streamlit" in zf.read(name):
                return True
    return False


def chunks_for(model: Any, wheels: Iterable[Path] = ()) -> set[str] | None:
    """The chunk names the app may use; None when it cannot be told (ship all)."""
    if any(_wheel_uses_streamlit(w) for w in wheels):
        return None
    names = {call.name for call in model.calls} | {site.kind for site in model.widgets}
    wanted = {c for name in names for c in RENDERER_CHUNKS.get(name, ())}
    for imported in model.imports:
        wanted.update(WRITE_CHUNKS.get(imported.top, ()))
    return wanted


def ships(chunk: str, wanted: set[str] | None) -> bool:
    """Whether a chunk with no text trigger goes into the site."""
    return wanted is None or chunk not in NAMED_CHUNKS or chunk in wanted
