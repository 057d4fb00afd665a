"""XST205's rewrite: add ``key=...`` to a keyless widget call, in the call's own layout.

The key expression is the rule's (the text after ``key=`` in its edit); this module only places
it: after the last argument, on its own line with the arguments' indentation when the call is
written one argument per line, and before the trailing comma, comment or closing line if any.
"""

from __future__ import annotations

import libcst as cst
from stbundle.compiler.diagnostics import Fix

NODE_TYPES: tuple[type[cst.CSTNode], ...] = (cst.Call,)

Whitespace = cst.BaseParenthesizableWhitespace


def key_source(fix: Fix) -> str:
    """The key expression from the rule's edit (``key=EXPR``, maybe after ``, ``)."""
    content = fix.edits[0].content.removeprefix(", ")
    return content.removeprefix("key=")


def _bare(ws: Whitespace) -> Whitespace:
    """The same line break and indentation, without the comment or blank lines it carries."""
    if isinstance(ws, cst.ParenthesizedWhitespace):
        return ws.with_changes(first_line=cst.TrailingWhitespace(), empty_lines=())
    return ws


def _separator(call: cst.Call) -> Whitespace:
    """What separates two arguments in this call: a space, or a new line and indentation."""
    args = call.args
    if len(args) >= 2 and isinstance(args[-2].comma, cst.Comma):
        return _bare(args[-2].comma.whitespace_after)
    if isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace):
        return _bare(call.whitespace_before_args)
    return cst.SimpleWhitespace(" ")


def add_key(node: cst.CSTNode, fix: Fix) -> cst.CSTNode:
    """``node`` (a Call) with ``key=`` appended; unchanged if it already passes a key."""
    assert isinstance(node, cst.Call)
    if any(arg.keyword is not None and arg.keyword.value == "key" for arg in node.args):
        return node
    value = cst.parse_expression(key_source(fix))
    keyword = cst.Name("key")
    equal = cst.AssignEqual(
        whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace("")
    )
    if not node.args:
        return node.with_changes(args=(cst.Arg(value, keyword=keyword, equal=equal),))
    last = node.args[-1]
    # Whatever stood between the last argument and ")" (a comment, a line break) closes the
    # call again after the new argument; a comment on the last argument's line stays there.
    trailing = isinstance(last.comma, cst.Comma)
    if isinstance(last.comma, cst.Comma):
        tail, comma_before = last.comma.whitespace_after, last.comma.whitespace_before
    else:
        tail, comma_before = last.whitespace_after_arg, cst.SimpleWhitespace("")
    separator = _separator(node)
    closing: Whitespace = tail
    between: Whitespace = separator
    if isinstance(tail, cst.ParenthesizedWhitespace):
        closing = _bare(tail)
        if tail.first_line.comment is not None or tail.empty_lines:
            indent = (
                separator.last_line
                if isinstance(separator, cst.ParenthesizedWhitespace)
                else cst.SimpleWhitespace(tail.last_line.value + "    ")
            )
            between = tail.with_changes(last_line=indent)
    new_last = last.with_changes(
        comma=cst.Comma(
            whitespace_before=comma_before,
            whitespace_after=between,
        ),
        whitespace_after_arg=last.whitespace_after_arg if trailing else cst.SimpleWhitespace(""),
    )
    added = cst.Arg(
        value,
        keyword=keyword,
        equal=equal,
        comma=cst.Comma(whitespace_after=closing) if trailing else cst.MaybeSentinel.DEFAULT,
        whitespace_after_arg=cst.SimpleWhitespace("") if trailing else closing,
    )
    return node.with_changes(args=(*node.args[:-1], new_last, added))
