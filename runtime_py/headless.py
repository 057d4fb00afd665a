"""Run an app once without a browser and describe what it shows (`bundle run APP`)."""

from __future__ import annotations

from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.element_tree import ElementTree, Node


def describe(node: Node) -> str:
    if node.element is not None:
        kind = node.kind
        value = getattr(node.element, kind)
        for attr in ("body", "code_text", "message"):
            if hasattr(value, attr) and getattr(value, attr):
                return f"{kind}: {getattr(value, attr)}"
        if hasattr(value, "common"):
            return f"{kind}: {value.common.label}"
        return kind
    if node.block is not None:
        label = getattr(getattr(node.block, node.kind, None), "label", "")
        return f"[{node.kind}{' ' + label if label else ''}]"
    return ""


def render_text(tree: ElementTree) -> str:
    lines: list[str] = []

    def visit(node: Node, depth: int) -> None:
        for child in node.children:
            if child is not None:
                lines.append("  " * depth + describe(child))
                visit(child, depth + 1)

    for root, node in tree.roots.items():
        if node.children:
            lines.append(f"{pb.RootContainer.Name(root).lower()}:")
            visit(node, 1)
    return "\n".join(lines)


def print_app(path: str | Path) -> int:
    """Run the app once; print its page; exit status 1 if the script raised."""
    tree = ElementTree()
    session = AppSession(path, tree.apply)
    if session.start():
        session.run_pending()
    print(render_text(tree))
    return 1 if session.last_status == pb.ScriptFinished.FINISHED_WITH_ERROR else 0
