"""The page as the runtime's messages describe it, rebuilt in Python.

The renderer applies ForwardMsgs to the DOM; this applies the same messages to a plain tree, so
headless use (AppTest, `bundle run`, tests) sees exactly what a browser would be told to show.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from stbundle.proto import stbundle_pb2 as pb

Status = pb.ScriptFinished.Status
_CLEANUP = (
    Status.FINISHED_SUCCESSFULLY,
    Status.FINISHED_WITH_ERROR,
    Status.STOPPED,
    Status.FRAGMENT_FINISHED,
)


@dataclass
class Node:
    """An element (leaf) or a block (with children) at one delta path."""

    element: pb.Element | None = None
    block: pb.Block | None = None
    children: list[Node | None] = field(default_factory=list)
    run_id: str = ""
    fragment_id: str = ""

    @property
    def kind(self) -> str:
        if self.element is not None:
            return self.element.WhichOneof("type") or "unknown"
        if self.block is not None:
            return self.block.WhichOneof("type") or "vertical"
        return "root"

    def walk(self) -> Iterator[Node]:
        for child in self.children:
            if child is not None:
                yield child
                yield from child.walk()


class ElementTree:
    """Roots by container (main, sidebar, event), updated message by message."""

    def __init__(self) -> None:
        self.roots: dict[int, Node] = {r: Node() for r in pb.RootContainer.values()}
        self.run_id = ""
        self.fragment_ids: tuple[str, ...] = ()
        self.page_config = pb.PageConfig()
        self.query_string: str | None = None

    def apply(self, msg: pb.ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "script_started":
            self.run_id = msg.script_started.run_id
            self.fragment_ids = tuple(msg.script_started.fragment_ids)
        elif kind == "delta" and not msg.metadata.transient:
            self._apply_delta(msg)
        elif kind == "script_finished":
            if msg.script_finished.status in _CLEANUP:
                for root in self.roots.values():
                    self._prune(root, in_scope=not self.fragment_ids)
        elif kind == "page_config":
            self.page_config.MergeFrom(msg.page_config)
        elif kind == "query_string":
            self.query_string = msg.query_string.query_string

    def _apply_delta(self, msg: pb.ForwardMsg) -> None:
        path = list(msg.metadata.delta_path)
        parent = self.roots[path[0]]
        for index in path[1:-1]:
            child = parent.children[index] if index < len(parent.children) else None
            if child is None:
                child = Node(block=pb.Block())
                _set_child(parent, index, child)
            parent = child
        index = path[-1] if len(path) > 1 else 0
        delta = msg.delta
        existing = parent.children[index] if index < len(parent.children) else None
        if delta.WhichOneof("type") == "new_element":
            node = Node(element=delta.new_element)
        else:
            same = (
                existing is not None
                and existing.block is not None
                and (existing.block.WhichOneof("type") == delta.add_block.WhichOneof("type"))
            )
            node = Node(
                block=delta.add_block,
                children=existing.children if same and existing is not None else [],
            )
        node.run_id = msg.metadata.run_id
        node.fragment_id = msg.metadata.fragment_id
        _set_child(parent, index, node)

    def _prune(self, node: Node, *, in_scope: bool) -> None:
        """Drop what the finished run did not write (only inside rerun fragments)."""
        kept: list[Node | None] = []
        for child in node.children:
            if child is None:
                continue
            scope = in_scope or child.fragment_id in self.fragment_ids
            if scope and child.run_id != self.run_id:
                continue
            self._prune(child, in_scope=scope)
            kept.append(child)
        node.children = kept

    def elements(self, root: int = pb.RootContainer.MAIN) -> Iterator[Node]:
        return self.roots[root].walk()


def _set_child(parent: Node, index: int, node: Node) -> None:
    while len(parent.children) <= index:
        parent.children.append(None)
    parent.children[index] = node
