"""A multipage app's pages as its entry script writes them: the literal arguments of `st.Page`
calls and the page-like entries of `st.navigation` (file paths, functions), read without
running anything. Used to analyse and ship every page file, to write a static site's page
files, and by the page lint rules. Cheap to import (no runtime)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from stbundle.runtime_py.external_pages import is_external_url


@dataclass(frozen=True)
class PageArgs:
    """What one page declaration says literally (None where it is not a literal)."""

    source: str | None  # a file path, relative to the entry script's folder
    function: str | None  # a function page's name
    url_path: str | None  # url_path=, stripped of slashes and spaces
    default: bool
    via_page: bool  # written as st.Page(...) (else a bare entry of st.navigation's list)
    # A link to another site (st.Page("https://...", title=...)): no file, no URL of its own.
    external: bool = False
    title: str | None = None  # title=, when literal


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.expr | None) -> object:
    try:
        return ast.literal_eval(node) if node is not None else None
    except (ValueError, SyntaxError, TypeError):
        return None


def _source_args(target: ast.expr | None) -> tuple[str | None, str | None]:
    if isinstance(target, ast.Name):
        return None, target.id
    source = _literal(target)
    return (source, None) if isinstance(source, str) else (None, None)


def page_args(call: ast.Call) -> PageArgs:
    """The literal arguments of one `st.Page(...)` call."""
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    source, function = _source_args(call.args[0] if call.args else keywords.get("page"))
    url_path = _literal(keywords.get("url_path"))
    title = _literal(keywords.get("title"))
    external = is_external_url(source)
    return PageArgs(
        source=None if external else source,
        function=function,
        url_path=url_path.strip().strip("/") if isinstance(url_path, str) else None,
        default=_literal(keywords.get("default")) is True,
        via_page=True,
        external=external,
        title=title if isinstance(title, str) else None,
    )


def navigation_entries(call: ast.Call) -> list[ast.expr]:
    """The page-like entries of an `st.navigation(...)` call: a list, or the lists of a dict."""
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    pages = call.args[0] if call.args else keywords.get("pages")
    if isinstance(pages, ast.Dict):
        return [e for v in pages.values if isinstance(v, ast.List | ast.Tuple) for e in v.elts]
    if isinstance(pages, ast.List | ast.Tuple):
        return list(pages.elts)
    return []


def bare_entry_args(entry: ast.expr) -> PageArgs | None:
    """A file path or function passed to st.navigation as is (st.Page calls are read apart)."""
    source, function = _source_args(entry)
    if source is None and function is None:
        return None
    if is_external_url(source):  # st.Page raises for it (an external page needs a title)
        return PageArgs(None, None, None, default=False, via_page=False, external=True)
    return PageArgs(source, function, None, default=False, via_page=False)


def declared_pages(tree: ast.AST) -> list[tuple[ast.AST, PageArgs]]:
    """Every page declaration in a script, in source order."""
    found: list[tuple[ast.AST, PageArgs]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if name == "Page":
            found.append((node, page_args(node)))
        elif name == "navigation":
            for entry in navigation_entries(node):
                args = bare_entry_args(entry)
                if args is not None:
                    found.append((entry, args))
    found.sort(key=lambda item: (getattr(item[0], "lineno", 0), getattr(item[0], "col_offset", 0)))
    return found


def declared_page_files(entry: Path) -> list[Path]:
    """The existing page files an entry script declares literally, inside its folder."""
    try:
        tree = ast.parse(entry.read_bytes(), str(entry))
    except (OSError, SyntaxError, ValueError):
        return []
    folder = entry.parent.resolve()
    files: list[Path] = [entry.resolve()]
    for _, args in declared_pages(tree):
        if args.source is None or "\0" in args.source:
            continue
        path = (folder / args.source).resolve()
        inside = path.is_relative_to(folder)
        if path.suffix == ".py" and inside and path.is_file() and path not in files:
            files.append(path)
    return files[1:]
