"""The URL paths of a multipage app's pages, known before anything runs (for static builds).

A static site needs one file per page path so a deep link or a reload of a page URL finds the
app. The paths come from the literal `st.Page(...)` calls of the entry script and the local
modules it imports (when one of them calls `st.navigation`), and from Streamlit's pages/ folder
(when the entry script does not call it). A path that could leave the site's
folder is left out (that page still works in-page); one that names the site's own files
(`SITE_FILES`) is refused by `bundle build` and reported by lint (XST611).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from pathlib import Path

from stbundle.compiler.imports import local_module_file, resolve_relative
from stbundle.compiler.page_decls import PageArgs, declared_pages
from stbundle.runtime_py.external_pages import url_path_from_title
from stbundle.runtime_py.pages import calls_navigation, page_icon_and_name, pages_folder_files

# One path segment without characters a URL or a file name would treat specially.
_SAFE = re.compile(r"[^/\\?#%<>\"'&:*|\x00-\x1f]+")


# What a static site keeps at its root besides the page folders (builder/site.py and
# builder/build.py write them; a builder test checks a real site against this list).
SITE_FILES = frozenset(
    {"index.html", "404.html", ".nojekyll", "manifest.json", "assets", "pyodide", "component"}
)


def site_file_clashes(paths: Iterable[str], taken: Iterable[str] = SITE_FILES) -> list[str]:
    """The page paths that name one of a site's own files or folders (compared without case:
    a site is often built or served on a case-insensitive file system)."""
    names = {name.casefold() for name in taken}
    return [path for path in paths if path.casefold() in names]


def inferred_url_path(args: PageArgs) -> str | None:
    """The URL path a page declaration gives its page, ignoring `default` (Streamlit tells
    pages apart by it); None when it is not literal."""
    if args.url_path is not None:
        return args.url_path
    if args.external:
        return url_path_from_title(args.title) if args.title is not None else None
    if args.function is not None:
        return args.function
    if args.source is not None:
        return page_icon_and_name(Path(args.source))[1]
    return None


def _page_path(args: PageArgs) -> str | None:
    """The URL path of one page ("" for the default page); None when not literal."""
    return "" if args.default else inferred_url_path(args)


def _imported_names(node: ast.AST, root: Path, importer: Path) -> list[str]:
    """The dotted names an import statement may load (a `from` import's names may be modules)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        resolved = resolve_relative(root, importer, node.level, node.module)
        if resolved is None:
            return []
        base = resolved
    return [base, *(f"{base}.{alias.name}" if base else alias.name for alias in node.names)]


def _app_trees(entry: Path) -> list[ast.Module]:
    """The entry script's syntax tree, then those of the local modules it imports, directly or
    not: a helper module may declare the app's pages. A module that does not parse is skipped
    (the entry script's own errors are raised)."""
    root = entry.parent
    trees: list[ast.Module] = []
    seen: set[Path] = set()
    todo = [entry]
    while todo:
        path = todo.pop(0)
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        try:
            tree = ast.parse(path.read_bytes(), str(path))
        except (OSError, SyntaxError, ValueError):
            if path == entry:
                raise
            continue
        trees.append(tree)
        for node in ast.walk(tree):
            for dotted in _imported_names(node, root, path):
                module = local_module_file(root, dotted)
                if module is not None:
                    todo.append(module)
    return trees


def page_url_paths(entry: Path) -> list[str]:
    """The non-default pages' URL paths, in declaration order, minus unsafe ones: the pages
    the entry script and its local modules declare literally, and the pages/ folder's when
    the entry script does not call st.navigation itself (the runtime then starts from it)."""
    trees = _app_trees(entry)
    found: list[str | None] = []
    if any(calls_navigation(tree) for tree in trees):
        # An external page is a link to another site: it has no page file of its own.
        found += [
            _page_path(args)
            for tree in trees
            for _, args in declared_pages(tree)
            if not args.external
        ]
    if not calls_navigation(trees[0]):
        found += [page_icon_and_name(p)[1] for p in pages_folder_files(entry)]
    paths: list[str] = []
    for path in found:
        if not path or path in paths or path in (".", ".."):
            continue
        if _SAFE.fullmatch(path):
            paths.append(path)
    return paths
