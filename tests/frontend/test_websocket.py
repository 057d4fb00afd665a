"""The serve-mode transport against a real WebSocket server: binary frames both ways, the
relative ws URL, the disconnected banner, and reconnecting with the session id."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb
from websockets.asyncio.server import ServerConnection, serve

from tests.browser_support import StaticServer, render_page
from tests.frontend.harness import common, el, text


class WsServer:
    """A tiny runtime stand-in: greets each connection with NewSession + two elements and
    records the request paths and the BackMsgs it receives."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.received: list[pb.BackMsg] = []
        self.conns: list[ServerConnection] = []
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        ready.wait(5)

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        ready.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        self.server = await serve(self._handler, "127.0.0.1", 0)
        self.port = next(iter(self.server.sockets)).getsockname()[1]

    async def _handler(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        self.paths.append(ws.request.path)
        self.conns.append(ws)
        n = len(self.paths)
        for msg in (
            pb.ForwardMsg(new_session=pb.NewSession(session_id="sess-42")),
            text([0, 0], f"connected #{n}", run=f"r{n}"),
            el([0, 1], run=f"r{n}", button=pb.Button(common=common("b", "Press"))),
        ):
            await ws.send(pb.ForwardMsgBatch(msgs=[msg]).SerializeToString())
        async for data in ws:
            assert isinstance(data, bytes), "BackMsgs must be binary frames"
            self.received.append(pb.BackMsg.FromString(data))

    def drop_connection(self) -> None:
        asyncio.run_coroutine_threadsafe(self.conns[-1].close(), self.loop).result(5)

    def close(self) -> None:
        async def stop() -> None:
            self.server.close()
            await self.server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@pytest.fixture
def ws_server() -> Iterator[WsServer]:
    server = WsServer()
    yield server
    server.close()


def test_websocket_round_trip_and_reconnect(
    context: Any, static_server: StaticServer, ws_server: WsServer
) -> None:
    boot = (
        '<script>window.app = stbundle.connectWebSocket(document.getElementById("stb-root"), '
        f'"ws://127.0.0.1:{ws_server.port}/ws");</script>'
    )
    page = context.new_page()
    page.goto(static_server.write("ws.html", render_page(bootstrap=boot)))
    expect(page.get_by_text("connected #1")).to_be_visible()
    assert ws_server.paths == ["/ws"]
    page.get_by_role("button", name="Press").click()
    for _ in range(50):
        if ws_server.received:
            break
        page.wait_for_timeout(20)
    (msg,) = ws_server.received
    assert msg.rerun.widget_states.widgets[0].id == "b"
    assert msg.rerun.widget_states.widgets[0].trigger_value is True

    ws_server.drop_connection()
    # The page reconnects on its own, asking to reattach to its session.
    expect(page.get_by_text("connected #2")).to_be_visible(timeout=10_000)
    assert ws_server.paths[1] == "/ws?session=sess-42"
    expect(page.get_by_text("Disconnected. Reconnecting…")).to_be_hidden()


def test_default_page_uses_relative_ws_url_and_shows_disconnected(
    context: Any, static_server: StaticServer
) -> None:
    page = context.new_page()
    sockets: list[str] = []
    page.on("websocket", lambda ws: sockets.append(ws.url))
    # The default bootstrap block connects to ./ws; a static file server has none there.
    page.goto(static_server.write("sub/dir/index.html", render_page(asset_base="../../")))
    expect(page.get_by_text("Disconnected. Reconnecting…")).to_be_visible()
    assert sockets[0] == static_server.url.replace("http://", "ws://") + "sub/dir/ws"
    urls = page.evaluate(
        """() => [stbundle.defaultSocketUrl("https://u.github.io/repo/app/?x=1#h"),
                  stbundle.defaultSocketUrl("http://h:8501/sub/page")]"""
    )
    assert urls == ["wss://u.github.io/repo/app/ws", "ws://h:8501/sub/ws"]
