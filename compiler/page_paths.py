"""The URL paths of a multipage app's pages, known before anything runs (for static builds).

A static site needs one file per page path so a deep link or a reload of a page URL finds the
app. The paths come from the literal `st.Page(...)` calls of an entry script that calls
`st.navigation`, or else from Streamlit's pages/ folder. A path that could leave the site's
folder, or that a site file already uses, is left out (that page still works in-page).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from stbundle.runtime_py.pages import calls_navigation, page_icon_and_name, pages_folder_files

# One path segment without characters a URL or a file name would treat specially.
_SAFE = re.compile(r"[^/\\?#%<>\"'&:*|\x00-\x1f]+")


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.expr | None) -> object:
    try:
        return ast.literal_eval(node) if node is not None else None
    except ValueError:
        return None


def _page_path(call: ast.Call) -> str | None:
    """The URL path of one st.Page call ("" for the default page); None when not literal."""
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    if _literal(keywords.get("default")) is True:
        return ""
    url_path = _literal(keywords.get("url_path"))
    if isinstance(url_path, str):
        return url_path.strip().strip("/")
    if not call.args:
        return None
    target = call.args[0]
    if isinstance(target, ast.Name):  # a function page: named after the function
        return target.id
    source = _literal(target)
    if isinstance(source, str):
        return page_icon_and_name(Path(source))[1]
    return None


def page_url_paths(entry: Path, taken: frozenset[str] = frozenset()) -> list[str]:
    """The non-default pages' URL paths, in declaration order, minus unsafe or `taken` ones."""
    tree = ast.parse(entry.read_text(encoding="utf-8"), str(entry))
    if calls_navigation(tree):
        pages = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _call_name(n) == "Page"]
        pages.sort(key=lambda c: (c.lineno, c.col_offset))
        found = [_page_path(c) for c in pages]
    else:
        found = [page_icon_and_name(p)[1] for p in pages_folder_files(entry)]
    paths: list[str] = []
    for path in found:
        if not path or path in paths or path in taken or path in (".", ".."):
            continue
        if _SAFE.fullmatch(path):
            paths.append(path)
    return paths
