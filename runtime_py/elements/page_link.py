"""st.page_link: a link to one of the app's pages (by Page or file path) or to an external URL.

A page link names the page by its URL pathname, the same name the rerun request carries, so the
renderer can give it a real href and switch to it like the page menu does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import SIDEBAR, DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
)
from stbundle.runtime_py.external_pages import is_external_url
from stbundle.runtime_py.pages import Page, page_not_found, registered_page
from stbundle.runtime_py.param_checks import check_icon_position


def _query_string(params: Any) -> str:
    from urllib.parse import urlencode

    if isinstance(params, Mapping):
        pairs = list(params.items())
    elif isinstance(params, Iterable) and not isinstance(params, (str, bytes)):
        pairs = list(params)
    else:
        raise StreamlitInvalidParameterTypeError(
            "query_params", type(params).__name__, ["mapping", "iterable of (key, value) pairs"]
        )
    return urlencode(pairs, doseq=True)


class PageLinkMixin(DeltaGeneratorBase):
    def page_link(
        self,
        page: str | Path | Page,
        *,
        label: str | None = None,
        icon: str | None = None,
        icon_position: str = "left",
        help: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: int | str = "content",
        query_params: Any = None,
    ) -> Self:
        """A link to a page the app declared (a Page or a file path relative to the entry
        script) or to an http(s) URL; its label defaults to the page's title."""
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        el = pb.Element()
        link = el.page_link
        link.icon_position = check_icon_position(icon_position)
        if query_params:
            link.query_string = _query_string(query_params)
        link.disabled = bool(disabled)
        if label is not None:
            link.label = str(label)
        if icon is not None:
            link.icon = str(icon)
        if help is not None:
            link.help = str(help)
        ctx = get_run_context()
        if ctx is not None:
            if self._root_container(ctx) == SIDEBAR:
                width = "stretch"
            if isinstance(page, Page) and page.is_external:
                link.page = page.external_url or ""
                link.external = True
                if label is None:
                    link.label = page.title
                if icon is None:
                    link.icon = page.icon
                if help is None:
                    link.help = page.help
            elif isinstance(page, (str, Path)) and is_external_url(str(page)):
                if not label:
                    raise StreamlitMissingRequiredParameterError(
                        "label", detail="Streamlit cannot infer a label for an external URL."
                    )
                link.page = str(page)
                link.external = True
            else:
                target = registered_page(ctx.session, page)
                if target is None:
                    raise page_not_found(ctx.session, page)
                link.page = target.url_path
                if label is None:
                    link.label = target.title
                if icon is None:
                    link.icon = target.icon
                if help is None:
                    link.help = target.help
        set_layout(el, width=width, allow_content_width=True)
        return self._emit(el)
