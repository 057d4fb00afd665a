"""set_page_config(menu_items=...): the "Get help", "Report a bug" and "About" entries of the
app menu (the renderer's ⋮ button), checked as Streamlit 1.67 checks them: keys in any case,
links only to http(s) or mailto URLs, None to hide an entry; "About" is markdown."""

from __future__ import annotations

from collections.abc import Mapping
from textwrap import dedent
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.errors import StreamlitInvalidURLError, StreamlitValueError
from stbundle.runtime_py.media_sources import is_url

GET_HELP, REPORT_A_BUG, ABOUT = "get help", "report a bug", "about"
_LINK_SCHEMES = ("http", "https", "mailto")


def fill_menu_items(menu_items: Mapping[Any, Any], proto: pb.PageConfig.MenuItems) -> None:
    """Check `menu_items` and write them into `proto` (which is then present in the message)."""
    items = {str(k).lower().strip(): v for k, v in menu_items.items()}
    for key, value in items.items():
        if key not in (GET_HELP, REPORT_A_BUG, ABOUT):
            raise StreamlitValueError(
                "menu_items",
                ["'Get help'", "'Report a bug'", "'About'"],
                detail=f"`{key}` is not a supported menu item key.",
            )
        if value is not None and key != ABOUT and not is_url(value, _LINK_SCHEMES):
            raise StreamlitInvalidURLError(
                f'"{value}" is not a valid URL. You must use a fully qualified domain beginning '
                'with "http://", "https://", or "mailto:".'
            )
    proto.SetInParent()
    if GET_HELP in items:
        if items[GET_HELP] is None:
            proto.hide_get_help = True
        else:
            proto.get_help_url = str(items[GET_HELP])
    if REPORT_A_BUG in items:
        if items[REPORT_A_BUG] is None:
            proto.hide_report_a_bug = True
        else:
            proto.report_a_bug_url = str(items[REPORT_A_BUG])
    if ABOUT in items:
        if items[ABOUT] is None:
            proto.clear_about_md = True
        else:
            proto.about_section_md = dedent(str(items[ABOUT] or ""))
