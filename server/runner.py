"""Running the app under uvicorn for `bundle serve`: announce the URL, lint, stop on Ctrl-C."""

from __future__ import annotations

import contextlib
import socket
import threading
import webbrowser
from pathlib import Path

import click
import uvicorn
from stbundle.runtime_py.st_app import App
from stbundle.server.app import create_app
from stbundle.server.settings import ServerSettings


class _Server(uvicorn.Server):
    """uvicorn's server, announcing the URL once it listens (the real port if --port 0)."""

    def __init__(self, config: uvicorn.Config, *, host: str, headless: bool) -> None:
        super().__init__(config)
        self._host = host
        self._headless = headless

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if not self.started:
            return
        port = self.config.port
        for server in self.servers:
            for sock in server.sockets:
                port = sock.getsockname()[1]
        host = self._host if self._host not in {"0.0.0.0", "::"} else "localhost"
        url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
        click.echo(f"\n  Local URL: {url}\n")
        if not self._headless:
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()


def _print_findings(lines: list[str]) -> None:
    for line in lines:
        click.echo(line, err=True)


def serve(
    app: Path | App, *, host: str, port: int, headless: bool, settings: ServerSettings
) -> None:
    """Serve a script (or an st.App) until Ctrl-C (or SIGTERM); returns after a clean
    shutdown."""
    if isinstance(app, App):
        asgi = app.asgi(settings, report_findings=_print_findings)
    else:
        asgi = create_app(app, settings=settings, report_findings=_print_findings)
    config = uvicorn.Config(
        asgi,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
        # Frames past our own limit get a clear close reason from the app; uvicorn only cuts
        # off the absurd ones before buffering them.
        ws_max_size=4 * settings.max_frame_bytes,
        # No per-message deflate, as Streamlit (server.enableWebsocketCompression = false):
        # compressing a multi-megabyte table costs the server more than the wire saves on the
        # networks apps are served over (measured: 5 MB frame, 1.66 s -> 1.03 s to first rows).
        ws_per_message_deflate=False,
        timeout_graceful_shutdown=3,
    )
    # uvicorn re-raises Ctrl-C once it has shut down cleanly: that is a normal exit.
    with contextlib.suppress(KeyboardInterrupt):
        _Server(config, host=host, headless=headless).run()
