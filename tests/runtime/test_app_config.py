"""`.streamlit/config.toml` sets the page's theme; a broken or absent file means "follow the
browser"."""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home directory of the test's own: the machine's ~/.streamlit must not leak in."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def test_the_home_config_applies_and_the_apps_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _home: Path
) -> None:
    (_home / ".streamlit").mkdir()
    (_home / ".streamlit" / "config.toml").write_text(
        '[theme]\nbase = "light"\nprimaryColor = "#00ff00"\n'
    )
    app_dir = tmp_path / "app"
    (app_dir / ".streamlit").mkdir(parents=True)
    (app_dir / ".streamlit" / "config.toml").write_text('[theme]\nbase = "dark"\n')
    monkeypatch.chdir(tmp_path)
    theme = _theme(app_dir)
    assert theme.base == pb.Theme.DARK
    assert theme.primary_color == "#00ff00"


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
