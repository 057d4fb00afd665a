"""Pages that are links to other sites (st.Page("https://...", title=...)): how one is told
apart from a page file, and the URL path its title gives it. No imports beyond the standard
library, so the compiler reads page declarations with the same rules the runtime applies."""

from __future__ import annotations

import re


def is_external_url(page: object) -> bool:
    """Whether a page-like value is an http(s) URL with a host (Streamlit's test)."""
    if not isinstance(page, str) or not page.lstrip().lower().startswith(("http:", "https:")):
        return False
    # Only for URL-like pages: urllib.parse costs a static page ~60 ms to import.
    from urllib.parse import urlparse

    try:
        parts = urlparse(page)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def url_path_from_title(title: str) -> str:
    """An external page's URL pathname when none is given: its title, lower case, spaces as
    underscores, without the characters a URL treats specially (Streamlit's rule)."""
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path).strip("_")
    return re.sub(r"_+", "_", path)
