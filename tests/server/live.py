"""A real uvicorn serving an ASGI app on 127.0.0.1 (random port), from a background thread."""

from __future__ import annotations

import threading
import time
from typing import Any

import uvicorn


class LiveServer:
    """Starts on construction; `url` is the http base URL, `ws_url` the WebSocket endpoint."""

    def __init__(self, app: Any, *, startup_timeout: float = 10.0) -> None:
        self.app = app
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            log_level="warning",
            lifespan="on",
            access_log=False,
            ws_max_size=8 << 20,
        )
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + startup_timeout
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.port = port
        self.url = f"http://127.0.0.1:{port}/"
        self.ws_url = f"ws://127.0.0.1:{port}/ws"

    def close(self) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)
