"""XST606's rewrite: rename a removed Streamlit command where it is named.

``st.experimental_rerun`` becomes ``st.rerun`` (any alias of the module, any container of the
call); ``from streamlit import experimental_rerun`` becomes ``from streamlit import rerun as
experimental_rerun``, so the names the script uses keep working unchanged.
"""

from __future__ import annotations

import libcst as cst
from stbundle.compiler.diagnostics import Fix

NODE_TYPES: tuple[type[cst.CSTNode], ...] = (cst.Attribute, cst.ImportAlias)


def rename(node: cst.CSTNode, fix: Fix) -> cst.CSTNode:
    """``node`` naming the replacement the rule's edit gives."""
    content = fix.edits[0].content
    if isinstance(node, cst.Attribute):
        return node.with_changes(attr=node.attr.with_changes(value=content))
    assert isinstance(node, cst.ImportAlias)
    name, _, local = content.partition(" as ")
    if isinstance(node.asname, cst.AsName):
        return node.with_changes(name=cst.Name(name))
    return node.with_changes(name=cst.Name(name), asname=cst.AsName(name=cst.Name(local)))
