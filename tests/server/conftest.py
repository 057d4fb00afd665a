"""Fixtures: a factory serving an app under a real uvicorn, and apps written to tmp_path."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from stbundle.server import ServerSettings, create_app

from tests.server.client import PageClient
from tests.server.live import LiveServer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def serve() -> Iterator[Callable[..., LiveServer]]:
    """serve(app_path, **ServerSettings fields) -> a running LiveServer (watch off unless asked)."""
    servers: list[LiveServer] = []

    def start(app: str | Path, **settings: Any) -> LiveServer:
        settings.setdefault("watch", False)
        server = LiveServer(create_app(app, settings=ServerSettings(**settings)))
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def pages() -> Iterator[Callable[..., PageClient]]:
    """pages(ws_url, **kwargs) -> a connected PageClient, closed after the test."""
    opened: list[PageClient] = []

    def open_page(ws_url: str, **kwargs: Any) -> PageClient:
        page = PageClient(ws_url, **kwargs)
        opened.append(page)
        return page

    yield open_page
    for page in opened:
        page.close()


@pytest.fixture
def write_app(tmp_path: Path) -> Callable[[str, str], Path]:
    """write_app(name, source) -> path of a dedented script in tmp_path."""

    def write(name: str, source: str) -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        return path

    return write
