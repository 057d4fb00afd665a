"""`.streamlit/config.toml` sets the page's theme; a broken or absent file means "follow the
browser"."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession


def _theme(app_dir: Path) -> pb.Theme:
    app = app_dir / "app.py"
    app.write_text("import streamlit as st\n")
    return AppSession(app, lambda msg: None).new_session_message().new_session.theme


def test_theme_from_the_apps_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[server]\nport = 8502\n\n[theme]\nbase = "dark"\nprimaryColor = "#ff4b4b"\n'
    )
    theme = _theme(tmp_path)
    assert theme.base == pb.Theme.DARK
    assert theme.primary_color == "#ff4b4b"


def test_no_config_follows_the_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert _theme(tmp_path).base == pb.Theme.AUTO


@pytest.mark.parametrize("text", ['[theme]\nbase = "purple"\n', "[theme\nbase=", "theme = 3\n"])
def test_a_bad_config_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(text)
    assert _theme(tmp_path).base == pb.Theme.AUTO
