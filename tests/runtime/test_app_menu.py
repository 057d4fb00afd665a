"""set_page_config(menu_items=) reaches the page as the app menu's entries, and the page learns
client.toolbarMode (config.toml or st.set_option) when its session starts."""

from __future__ import annotations

from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py import options

from tests.app_runs import run_app

APP = """
import streamlit as st
st.set_page_config(page_title="A", menu_items={"Get help": "https://example.com/h",
                                               "Report a bug": None, "About": "  **Hi**"})
st.set_page_config(menu_items={"about": None})
st.set_page_config(page_title="B")
"""


def _sent(tmp_path: Path) -> list[pb.ForwardMsg]:
    return run_app(tmp_path, APP)[1]


def test_menu_items_are_sent_with_the_page_config(tmp_path: Path) -> None:
    configs = [m.page_config for m in _sent(tmp_path) if m.HasField("page_config")]
    assert [c.HasField("menu_items") for c in configs] == [True, True, False]
    first, second = configs[0].menu_items, configs[1].menu_items
    assert first == pb.PageConfig.MenuItems(
        get_help_url="https://example.com/h", hide_report_a_bug=True, about_section_md="**Hi**"
    )
    assert second == pb.PageConfig.MenuItems(clear_about_md=True)


def test_the_toolbar_mode_comes_with_the_new_session(tmp_path: Path) -> None:
    def mode() -> str:
        return next(
            m.new_session for m in _sent(tmp_path) if m.HasField("new_session")
        ).toolbar_mode

    assert mode() == "auto"
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[client]\ntoolbarMode = "minimal"\n')
    assert mode() == "minimal"
    options.set_option("client.toolbarMode", "viewer")  # the conftest resets it after the test
    assert mode() == "viewer"
