"""Multipage apps: st.Page, st.navigation and st.switch_page.

A session is always on one page, named by its URL pathname ("" is the default page, served at
the app's root). The rerun request carries the pathname the browser shows; `st.navigation`
resolves it against the pages the script declares this run, tells the page which pages exist
(the menu) and which one is current, and returns that page for the script to `.run()`.
A pathname no page has falls back to the default page with a "page not found" notice.
"""

from __future__ import annotations

import ast
import functools
import re
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py import script_source
from stbundle.runtime_py.context import RunContext, get_run_context
from stbundle.runtime_py.errors import (
    RerunException,
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from stbundle.runtime_py.external_pages import is_external_url, url_path_from_title
from stbundle.runtime_py.options import get_option
from stbundle.runtime_py.parallel_fragments import check_not_parallel_worker
from stbundle.runtime_py.query_params import QueryParamsProxy
from stbundle.runtime_py.script_source import AST_LOCK, MAGIC_NAME, ScriptSource

if TYPE_CHECKING:
    from stbundle.runtime_py.app_session import AppSession

# A page file's name: an optional number (its order), separators, then its label.
_PAGE_FILE = re.compile(r"([0-9]*)[_ -]*(.*)\.py")
_POSITIONS = {
    "sidebar": pb.Navigation.SIDEBAR,
    "top": pb.Navigation.TOP,
    "hidden": pb.Navigation.HIDDEN,
}


def page_icon_and_name(path: Path) -> tuple[str, str]:
    """The icon (a leading emoji) and the name a page file's name gives it, as Streamlit does:
    "02_📈_Charts.py" -> ("📈", "Charts")."""
    return _icon_and_name(path.name)


@functools.lru_cache(maxsize=1024)
def _icon_and_name(name: str) -> tuple[str, str]:
    # Kept per file name: every run of a multipage app names its pages again, and this took
    # ~180 µs a page in Pyodide (a page switch's Python is about 2 ms there).
    match = _PAGE_FILE.search(name)
    if match is None:
        return "", ""
    label = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return _split_leading_emoji(label)


def _split_leading_emoji(text: str) -> tuple[str, str]:
    """A leading emoji and the rest, separators stripped (ASCII text has none: the emoji table
    is only imported for other text)."""
    if text.isascii():
        return "", text
    from stbundle.runtime_py.leading_emoji import split_leading_emoji

    return split_leading_emoji(text)


def _check_url_path(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support nested "
            "URL pathnames yet, so use a single path segment (e.g. `foo_bar`). To upvote "
            "support for nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971)."
        )


def _check_safe_path(page: str) -> None:
    if "\x00" in page:
        raise StreamlitAPIException(
            "Unable to create Page. Page paths must not contain null bytes."
        )


class Page:
    """One page of a multipage app: a Python file (relative to the entry script) or a callable.

    Its title, icon and URL path are inferred from the file or function name unless given.
    """

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: Literal["visible", "hidden"] = "visible",
        help: str | None = None,
    ) -> None:
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", ["visible", "hidden"])
        self._default = default
        self._visibility = visibility
        self._help = "" if help is None or not str(help).strip() else str(help)
        self._can_be_called = False
        self._page: Path | Callable[[], None] | None = None
        source: Path | Callable[[], None]
        inferred_icon = inferred_name = ""
        self._external_url: str | None = None
        if is_external_url(page):
            self._init_external(str(page), title=title, icon=icon, url_path=url_path)
            return
        if isinstance(page, (str, Path)):
            _check_safe_path(str(page))
            source = page_file(_app_folder(), page)
            if not _is_page_file(source):
                raise StreamlitPageNotFoundError(
                    f"Unable to create Page. The file `{source.name}` could not be found."
                )
            inferred_icon, inferred_name = page_icon_and_name(source)
        elif callable(page):
            source = page
            name = getattr(page, "__name__", None)
            if name is not None:
                inferred_name = str(name)
            elif title is None:
                raise StreamlitMissingRequiredParameterError(
                    "title", detail="Streamlit cannot infer a title from this callable."
                )
        else:
            raise StreamlitInvalidParameterTypeError(
                "page", type(page).__name__, ["str", "Path", "callable"]
            )
        self._page = source
        self._title = title or inferred_name.replace("_", " ")
        if not self._title.strip():
            raise StreamlitMissingRequiredParameterError(
                "title", detail="It cannot be empty or consist of underscores/spaces only."
            )
        self._icon = icon if icon is not None else inferred_icon
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if not stripped.strip() and not default:
                raise StreamlitMissingRequiredParameterError(
                    "url_path", detail="It can only be empty for the default page."
                )
            _check_url_path(stripped)
            self._url_path = stripped

    def _init_external(
        self, url: str, *, title: str | None, icon: str | None, url_path: str | None
    ) -> None:
        """A page that is a link to another site: listed in the menu, opened in a new tab,
        never run and never reachable at its own URL path."""
        if title is None or not title.strip():
            raise StreamlitMissingRequiredParameterError(
                "title",
                detail="External URL pages require a non-empty title. Please provide a title "
                f"for the URL: {url}",
            )
        if self._default:
            raise StreamlitIncompatibleParametersError(
                "`page=<external URL>` and `default=True` cannot be used together. External "
                "URL pages cannot be set as the default page."
            )
        self._external_url = url
        self._page = None
        self._title = title
        self._icon = icon or ""
        path = url_path_from_title(title) if url_path is None else url_path
        self._url_path = path.strip().strip("/")
        if not self._url_path:
            raise StreamlitMissingRequiredParameterError(
                "url_path",
                detail="Provide a non-empty `url_path`, or omit it and provide a `title` that "
                "can be converted to a valid URL path.",
            )
        _check_url_path(self._url_path)

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def help(self) -> str:
        return self._help

    @property
    def url_path(self) -> str:
        """The page's URL pathname: empty for the default page (the app's root)."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> Literal["visible", "hidden"]:
        return self._visibility

    @property
    def is_external(self) -> bool:
        """A link to another site (opened in a new tab from the menu or a page link)."""
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        return self._external_url

    @property
    def script_path(self) -> Path | None:
        return self._page if isinstance(self._page, Path) else None

    def run(self) -> None:
        """Run the page: its file as `__main__`, or its function. Only the page st.navigation
        returned can run, and only once per run."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once."
            )
        self._can_be_called = False
        if self._page is None:  # an external page: the browser opens it, nothing runs
            return
        ctx = get_run_context()
        before = set(ctx.widget_ids) if ctx is not None else set()
        try:
            if isinstance(self._page, Path):
                from stbundle.runtime_py import streamlit_module

                module = types.ModuleType("__main__")
                module.__file__ = str(self._page)
                module.__dict__[MAGIC_NAME] = streamlit_module.magic_functions()
                exec(_page_source(self._page).code(), module.__dict__)
            else:
                self._page()
        finally:
            if ctx is not None:  # the page's own widgets: forgotten when the page changes
                ctx.session.page_widget_ids = ctx.widget_ids - before

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self._title!r}, url_path={self.url_path!r})"


StreamlitPage = Page


# Every run declares its pages again: resolving a page's path (realpath: a syscall per path
# segment, slow in Pyodide's file system) and reading its file are done once per file, while
# a changed file is still recompiled (ScriptSource checks its stamp).
_PAGE_FILES: dict[tuple[Path, str], Path] = {}
_PAGE_SOURCES: dict[Path, ScriptSource] = {}


def page_file(folder: Path, page: str | Path) -> Path:
    """The resolved path of a page file named relative to the entry script's folder."""
    key = (folder, str(page))
    path = _PAGE_FILES.get(key)
    if path is None:
        path = _PAGE_FILES[key] = (folder / Path(page)).resolve()
    return path


_FOUND_PAGE_FILES: set[Path] = set()


def _is_page_file(path: Path) -> bool:
    """Whether a page's file exists: checked on every run, except where files cannot change (a
    static build, `script_source.WATCH_FILES` off), where a file found once is not `stat`ed again.
    """
    if not script_source.WATCH_FILES and path in _FOUND_PAGE_FILES:
        return True
    if not path.is_file():
        return False
    _FOUND_PAGE_FILES.add(path)
    return True


def _page_source(path: Path) -> ScriptSource:
    source = _PAGE_SOURCES.get(path)
    if source is None:
        source = _PAGE_SOURCES[path] = ScriptSource(path)
    return source


def _app_folder() -> Path:
    ctx = get_run_context()
    if ctx is None:
        return Path.cwd()
    return ctx.session.script.path.parent


def _as_page(entry: Any) -> Page:
    if isinstance(entry, Page):
        return entry
    if isinstance(entry, (str, Path)) or callable(entry):
        return Page(entry)
    raise StreamlitInvalidParameterTypeError(
        "pages", type(entry).__name__, ["str", "Path", "callable", "st.Page"]
    )


def navigation(
    pages: Sequence[Any] | Mapping[str, Sequence[Any]],
    *,
    position: Literal["sidebar", "hidden", "top"] = "sidebar",
    expanded: bool | int = False,
) -> Page:
    """Declare the app's pages (a list, or sections of lists) and return the current one."""
    if not isinstance(position, str) or position not in _POSITIONS:
        raise StreamlitValueError("position", ["'sidebar'", "'hidden'", "'top'"])
    ctx = get_run_context()
    if ctx is not None:
        # An app that declares its pages is no longer run from its pages/ folder.
        ctx.session.uses_pages_directory = False
    return _navigation(pages, position=position, expanded=expanded)


def _navigation(
    pages: Sequence[Any] | Mapping[str, Sequence[Any]],
    *,
    position: Literal["sidebar", "hidden", "top"],
    expanded: bool | int,
) -> Page:
    if isinstance(pages, Mapping):
        sections = {str(name): [_as_page(p) for p in entries] for name, entries in pages.items()}
    else:
        sections = {"": [_as_page(p) for p in pages]}
    listed = [(name, page) for name, entries in sections.items() for page in entries]
    if not listed:
        raise StreamlitMissingRequiredParameterError(
            "pages", detail="Provide at least one `st.Page`."
        )
    defaults = [page for _, page in listed if page._default]
    if len(defaults) > 1:
        raise StreamlitAPIException(
            "Multiple Pages specified with `default=True`. At most one Page can be set to default."
        )
    internal = [page for _, page in listed if not page.is_external]
    if not defaults and not internal:
        raise StreamlitAPIException(
            "At least one non-external page is required. External URL pages cannot be the "
            "default page."
        )
    default = defaults[0] if defaults else internal[0]
    default._default = True
    by_path: dict[str, Page] = {}
    for _, page in listed:
        if page._url_path in by_path:
            raise StreamlitAPIException(
                f"Two pages resolve to the URL pathname `/{page._url_path}`: "
                f"{by_path[page._url_path].title!r} and {page.title!r}. Each page passed to "
                "`st.navigation` needs a unique URL pathname. Set a unique `url_path` in "
                "`st.Page` for one of these pages."
            )
        by_path[page._url_path] = page
    if isinstance(expanded, bool):
        visible_items = 0
    elif isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitValueError("expanded", ["True", "False", "a non-negative integer"])
        visible_items = expanded
    else:
        raise StreamlitInvalidParameterTypeError(
            "expanded", type(expanded).__name__, ["bool", "int"]
        )
    ctx = get_run_context()
    if ctx is None:
        default._can_be_called = True
        return default
    session = ctx.session
    wanted = session.run_page
    current = (
        default if wanted == "" else next((p for _, p in listed if p.url_path == wanted), None)
    )
    if current is not None and current.is_external:
        current = None  # an external page has no URL of its own in the app
    msg = pb.ForwardMsg()
    nav = msg.navigation
    if current is None:
        nav.page_not_found = wanted
        current = default
    nav.current_url_path = current.url_path
    nav.switched = session.run_switched and current.url_path == wanted
    rows = [
        (
            section,
            p.title,
            p.icon,
            p.url_path,
            p._default,
            p.visibility == "hidden",
            p.help,
            p.external_url or "",
        )
        for section, p in listed
    ]
    menu = (position, expanded is True, visible_items, *rows)
    if menu == session.sent_pages:
        # The same menu as the last run's (every rerun of a multipage app declares it again):
        # only the current page goes out. Building it again is most of a page switch's protobuf
        # work in a static build, where protobuf is pure Python.
        nav.same_pages = True
    else:
        session.sent_pages = menu
        nav.position = _POSITIONS[position]
        if position == "sidebar" and get_option("client.showSidebarNavigation") is False:
            nav.position = pb.Navigation.HIDDEN  # config.toml hides the sidebar menu only
        nav.expanded = expanded is True
        nav.visible_items = visible_items
        for section, title, icon, url_path, is_default, hidden, help_text, external in rows:
            entry = nav.pages.add()
            entry.external_url = external
            entry.title = title
            entry.icon = icon
            entry.url_path = url_path
            entry.section = section
            entry.is_default = is_default
            entry.hidden = hidden
            entry.help = help_text
    session.pages = [page for _, page in listed]
    session.current_page = current.url_path
    current._can_be_called = True
    ctx.emit(msg)
    return current


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> NoReturn:
    """End this run and start one of `page` (a Page or a file path relative to the entry
    script); `query_params` replace the URL's query parameters."""
    ctx = get_run_context()
    check_not_parallel_worker(ctx, "st.switch_page")
    if ctx is None:
        raise StreamlitAPIException("st.switch_page needs a running app.")
    target = _resolve_switch_target(ctx, page)
    params = QueryParamsProxy()
    if query_params is None:
        params.clear()
    elif isinstance(query_params, Mapping) or (
        isinstance(query_params, Iterable) and not isinstance(query_params, (str, bytes))
    ):
        params.from_dict(query_params)
    else:
        raise StreamlitInvalidParameterTypeError(
            "query_params",
            type(query_params).__name__,
            ["mapping", "iterable of (key, value) pairs"],
        )
    ctx.session.request_page_switch(target)
    raise RerunException()


def registered_page(session: AppSession, page: str | Path | Page) -> Page | None:
    """The page st.navigation declared that `page` (a Page or a file path relative to the
    entry script) names, if any."""
    if isinstance(page, Page):
        return next(
            (p for p in session.pages if p._url_path == page._url_path and p._page == page._page),
            None,
        )
    _check_safe_path(str(page))
    requested = page_file(session.script.path.parent, page)
    return next((p for p in session.pages if p.script_path == requested), None)


def _resolve_switch_target(ctx: RunContext, page: str | Path | Page) -> str:
    """The URL pathname of the page to switch to."""
    session: AppSession = ctx.session
    if isinstance(page, Page):
        if page.is_external:
            raise StreamlitAPIException(
                "Cannot use st.switch_page with external URL pages. Use st.page_link instead to "
                "create a link to external pages."
            )
        registered = next((p for p in session.pages if p._url_path == page._url_path), None)
        if registered is None or registered._page != page._page:
            raise StreamlitAPIException(
                f"The page `{page.title}` is not one of the pages passed to `st.navigation`. "
                "Pass the page object returned by `st.navigation` or re-create the page with "
                "the matching source."
            )
        return registered.url_path
    _check_safe_path(str(page))
    folder = session.script.path.parent
    requested = page_file(folder, page)
    if requested == session.script.path and not session.pages:
        return ""
    for candidate in session.pages:
        if candidate.script_path == requested:
            return candidate.url_path
    raise page_not_found(session, page)


def page_not_found(session: AppSession, page: object) -> StreamlitPageNotFoundError:
    """Streamlit's error for st.switch_page / st.page_link to a page the app does not have:
    it names what the app's pages are (st.navigation's, or the pages/ folder's)."""
    if session.uses_pages_directory:
        return StreamlitPageNotFoundError(
            f"Could not find page: `{page}`. You must provide a file path relative to the "
            f"entrypoint file (from the directory `{session.script.path.parent.name}`). Only "
            "the entrypoint file and files in the `pages/` directory are supported."
        )
    return StreamlitPageNotFoundError(
        f"Could not find page: `{page}`. You must provide a `Page` object or file path "
        "relative to the entrypoint file. Only pages previously defined by `st.Page` and "
        "passed to `st.navigation` are allowed."
    )


def page_url_path(session: AppSession | None, path: Path, main_script: Path) -> str:
    """The URL pathname of the page a file is (AppTest.switch_page): a page the session's last
    st.navigation declared for it, else the name its file gives it ("" for the main script)."""
    pages = session.pages if session is not None else []
    matches = [p for p in pages if p.script_path == path]
    if matches:
        _, name = page_icon_and_name(path)
        return next((p.url_path for p in matches if p._url_path == name), matches[0].url_path)
    if path == main_script:
        return ""
    if pages:
        known = [str(p.script_path or p.url_path or p.title) for p in pages]
        raise ValueError(
            f"Could not find a navigation page for {str(path)!r}. AppTest.switch_page() matches "
            "registered script paths. If page registration depends on Session State, call "
            "AppTest.run() after updating the state and before switching. "
            f"Known pages: {known}."
        )
    return page_icon_and_name(path)[1]


def page_sort_key(path: Path) -> tuple[float, str]:
    """Streamlit's order of pages/ files: by their leading number (none: last), then by label."""
    match = _PAGE_FILE.search(path.name)
    if match is None:
        return float("inf"), path.name.lower()
    number, label = match.group(1), match.group(2).lower()
    return (float(number) if number else float("inf")), label


def pages_folder_files(main_script: Path) -> list[Path]:
    """The pages of an app's pages/ folder, in Streamlit's order."""
    folder = main_script.parent / "pages"
    files = [
        p
        for p in folder.glob("*.py")
        if p.is_file() and not p.name.startswith(".") and p.name != "__init__.py"
    ]
    return sorted(files, key=page_sort_key)


def run_pages_directory(main_script: Path) -> None:
    """An app with a pages/ folder that does not call st.navigation: the entry script is the
    default page and every file in pages/ another one, listed in the sidebar."""
    entries = [Page(main_script, default=True)] + [Page(p) for p in pages_folder_files(main_script)]
    _navigation(entries, position="sidebar", expanded=False).run()


def calls_navigation(tree: ast.Module) -> bool:
    """Whether a script calls st.navigation anywhere: such an app is never run from its pages/
    folder (Streamlit's server stops doing so once any session has called st.navigation)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "navigation":
                return True
    return False


def uses_pages_directory(main_script: Path) -> bool:
    """Streamlit's pages/ folder applies: the folder exists and the app declares no pages."""
    if not (main_script.parent / "pages").is_dir():
        return False
    try:
        with AST_LOCK:
            tree = ast.parse(main_script.read_bytes(), str(main_script))
    except (OSError, SyntaxError, ValueError):
        return True
    return not calls_navigation(tree)
