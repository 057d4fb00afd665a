"""Containers and the queries every container answers (`block.button`, `at.sidebar.radio`, ...).

A query walks the container's subtree in document order (for the whole app: main, then sidebar,
then the event area holding toasts), as `streamlit.testing.v1` does. Block types carry
Streamlit's names: `st.container` and the row around columns are "flex_container", then "column",
"tab_container", "tab", "expander", "form".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from stbundle.runtime_py.testing import elements as el
from stbundle.runtime_py.testing import widgets as w
from stbundle.runtime_py.testing.dataframes import Dataframe
from stbundle.runtime_py.testing.errors import AppTestError
from stbundle.runtime_py.testing.lists import BlockList, ElementList, WidgetList
from stbundle.runtime_py.testing.queries import CommandQueries

if TYPE_CHECKING:
    from stbundle.runtime_py.testing.app_test import AppTest
    from stbundle.runtime_py.testing.element_tree import ElementTree

Node: TypeAlias = "el.Element | Block"


class Queries(CommandQueries):
    """The typed collections, over whatever nodes `_nodes` yields (a block's subtree)."""

    def _nodes(self) -> Iterator[Node]:
        raise NotImplementedError

    def _of(self, cls: type[Any]) -> list[Any]:
        return [n for n in self._nodes() if isinstance(n, cls)]

    def _blocks(self, cls: type[Block], *types: str) -> list[Any]:
        return [
            n
            for n in self._nodes()
            if isinstance(n, cls) and n is not self and (not types or n.type in types)
        ]

    # -- collections with more than a type to match (the rest: queries.py, generated) -------
    @property
    def form_submit_button(self) -> WidgetList[w.Button]:
        return WidgetList([b for b in self._of(w.Button) if b.form_id])

    @property
    def data_editor(self) -> ElementList[Dataframe]:
        """The tables of st.data_editor (at.dataframe lists them too), as Streamlit's AppTest."""
        return ElementList([d for d in self._of(Dataframe) if d.editing_mode != "read_only"])

    @property
    def button_group(self) -> WidgetList[w.ButtonGroup]:
        """st.pills and st.segmented_control together, as Streamlit's AppTest has them."""
        return WidgetList(self._of(w.ButtonGroup))

    @property
    def pills(self) -> WidgetList[w.ButtonGroup]:
        return WidgetList([g for g in self._of(w.ButtonGroup) if g.proto.style == "pills"])

    @property
    def segmented_control(self) -> WidgetList[w.ButtonGroup]:
        return WidgetList(
            [g for g in self._of(w.ButtonGroup) if g.proto.style == "segmented_control"]
        )

    # -- containers ---------------------------------------------------------------------------
    @property
    def container(self) -> BlockList[Block]:
        """st.container blocks (not the row that holds columns)."""
        return BlockList(
            [
                b
                for b in self._blocks(Block, "flex_container")
                if not any(isinstance(c, Column) for c in b.children.values())
            ]
        )

    @property
    def columns(self) -> BlockList[Column]:
        return BlockList(self._blocks(Column))

    @property
    def tabs(self) -> BlockList[Tab]:
        return BlockList(self._blocks(Tab))

    @property
    def expander(self) -> BlockList[Expander]:
        return BlockList(self._blocks(Expander))

    @property
    def status(self) -> BlockList[Status]:
        return BlockList(self._blocks(Status))

    @property
    def grid(self) -> BlockList[Grid]:
        return BlockList(self._blocks(Grid))

    @property
    def form(self) -> BlockList[Block]:
        return BlockList(self._blocks(Block, "form"))

    @property
    def chat_message(self) -> BlockList[ChatMessage]:
        return BlockList(self._blocks(ChatMessage))

    # -- generic lookups ----------------------------------------------------------------------
    def get(self, element_type: str) -> Sequence[Node]:
        """Nodes of a type by Streamlit's collection or node-type name (`at.get("text")`)."""
        named = {
            "container",
            "form",
            "form_submit_button",
            "columns",
            "column",
            "expander",
            "status",
            "tabs",
            "tab",
            "chat_message",
            "grid",
        }
        if element_type in named:
            attr = {"column": "columns", "tab": "tabs"}.get(element_type, element_type)
            return list(getattr(self, attr))
        return [n for n in self._nodes() if n.type == element_type]

    def get_by_key(self, key: str) -> Node:
        """The one node with this user key; AppTestError when several have it."""
        matches = [n for n in self._nodes() if n is not self and getattr(n, "key", None) == key]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise KeyError(key)
        raise AppTestError(
            f"Multiple elements have key {key!r}. "
            "Scope the query to a container or use a typed collection."
        )


class Block(Queries):
    """A container: its children by position, and the queries over its subtree."""

    def __init__(self, proto: Any, root: ElementTree, type_: str) -> None:
        self.proto = proto
        self.root = root
        self.type = type_
        self.children: dict[int, Node] = {}

    def _nodes(self) -> Iterator[Node]:
        return iter(self)

    def __iter__(self) -> Iterator[Node]:
        yield self
        for child in self.children.values():
            yield from child

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, k: int) -> Node:
        return self.children[k]

    @property
    def key(self) -> str | None:
        if self.type == "form" and self.proto is not None:
            return str(self.proto.form_id)
        return getattr(self, "grid_key", None)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "proto" or self.proto is None:
            raise AttributeError(name)
        return getattr(self.proto, name)

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, children={len(self.children)})"


class Column(Block):
    @property
    def weight(self) -> float:
        return float(self.proto.weight)


class Tab(Block):
    @property
    def label(self) -> str:
        return str(self.proto.label)


class Expander(Block):
    @property
    def label(self) -> str:
        return str(self.proto.label)

    @property
    def icon(self) -> str:
        return str(self.proto.icon)


class Status(Block):
    """st.status: an expander with a state ("running", "complete", "error")."""

    @property
    def label(self) -> str:
        return str(self.proto.label)

    @property
    def icon(self) -> str:
        return str(self.proto.icon)

    @property
    def state(self) -> str:
        return str(self.proto.state)


def _gap(value: str) -> str | int | None:
    """A gap as st.grid was given it: a size name, pixels, or None (sent as "none")."""
    if value == "none":
        return None
    return int(value[:-2]) if value.endswith("px") else value


class Grid(Block):
    """st.grid, with its arguments as Streamlit's AppTest rebuilds them (`column_count`, not
    `columns`: that is the nested st.columns collection)."""

    def __init__(self, proto: Any, root: ElementTree, layout: Any) -> None:
        super().__init__(proto, root, "grid_container")
        self.column_count: int | str = int(proto.columns) or "auto"
        self.wrap = bool(proto.wrap)
        self.border = bool(proto.border)
        self.min_column_width: int | str = int(proto.min_column_width) or "auto"
        row, column = _gap(proto.row_gap), _gap(proto.column_gap)
        self.gap: Any = row if row == column else (row, column)
        self.vertical_alignment = str(proto.vertical_alignment) or "top"
        self.dense = bool(proto.dense)
        self.row_height: int | str = int(proto.row_height) or "content"
        self.grid_key = str(proto.key) or None
        width = layout.WhichOneof("width")
        self.width: int | str = layout.width_pixels if width == "width_pixels" else "stretch"
        height = layout.WhichOneof("height")
        self.height: int | str = (
            layout.height_pixels
            if height == "height_pixels"
            else "stretch"
            if height == "height_stretch"
            else "content"
        )


class Popover(Block):
    """st.popover: a plain block in Streamlit's AppTest, which gives it no label."""

    def __getattr__(self, name: str) -> Any:
        if name == "label":
            raise AttributeError("'Block' object has no attribute 'label'")
        return super().__getattr__(name)


class ChatMessage(Block):
    """st.chat_message: its author's `name` and `avatar` (as Streamlit's AppTest gives them)."""

    def __init__(self, proto: Any, root: ElementTree, type_: str = "chat_message") -> None:
        super().__init__(proto, root, type_)
        self.name = str(proto.name)
        self.avatar = str(proto.avatar)
