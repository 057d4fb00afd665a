"""What a name or expression stands for during the pass (the pass's tiny abstract values).

Only the handful of things the rules care about are tracked: the streamlit module and its
attributes under any alias, containers, widget results, cached-resource results, app functions,
app classes, local modules, and other imported names (for ``time.sleep``, ``uuid.uuid4``...).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count

from stbundle.compiler.model import Container, Pos, WidgetSite
from stbundle.compiler.streamlit_api import ROOT_CONTAINERS


@dataclass(frozen=True)
class StRef:
    """``streamlit`` or one of its attributes, e.g. ``("streamlit", "session_state")``."""

    path: tuple[str, ...]


@dataclass(frozen=True)
class ModRef:
    """Any other imported name, fully qualified: ``time.sleep``, ``uuid.uuid4``."""

    name: str


@dataclass(frozen=True)
class ContainerVal:
    container: Container


@dataclass(frozen=True)
class ContainerSeq:
    """The result of st.columns/st.tabs: each item is a fresh container like the others."""

    kind: str
    root: str
    form: str | None
    file: str
    pos: Pos
    function: str | None
    fragment: str | None
    ids: count

    def item(self) -> Container:
        return Container(
            next(self.ids),
            self.kind,
            self.root,
            self.form,
            self.file,
            self.pos,
            self.function,
            self.fragment,
        )


@dataclass(frozen=True)
class ContainerMethod:
    container: Container
    method: str


@dataclass(frozen=True)
class WidgetVal:
    site: WidgetSite


@dataclass(frozen=True)
class CachedVal:
    """The result of an ``@st.cache_resource`` function (shared by every session)."""

    function: str


@dataclass(frozen=True)
class FuncVal:
    function: str  # "file::qualname"


@dataclass(frozen=True)
class ClassVal:
    cls: str  # "file::Name"


@dataclass(frozen=True)
class InstanceVal:
    cls: str


@dataclass(frozen=True)
class LocalModVal:
    """A module of the app itself (a file beside the app)."""

    rel: str  # its file, relative to the app directory
    dotted: str


Value = (
    StRef
    | ModRef
    | ContainerVal
    | ContainerSeq
    | ContainerMethod
    | WidgetVal
    | CachedVal
    | FuncVal
    | ClassVal
    | InstanceVal
    | LocalModVal
)

STREAMLIT = StRef(("streamlit",))
SESSION_STATE = ("streamlit", "session_state")


def attribute(base: Value, attr: str, sidebar: dict[str, Container]) -> Value | None:
    """The value of ``base.attr`` (None when we cannot tell)."""
    if isinstance(base, StRef):
        if base.path == ("streamlit",) and attr in ROOT_CONTAINERS:
            return ContainerVal(sidebar[attr])
        return StRef((*base.path, attr))
    if isinstance(base, ModRef):
        return ModRef(f"{base.name}.{attr}")
    if isinstance(base, ContainerVal):
        return ContainerMethod(base.container, attr)
    if isinstance(base, CachedVal):
        return base
    return None
