"""`bundle serve APP`: compile the app, serve it with uvicorn, rerun pages on save."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import webbrowser
from pathlib import Path

import click
import uvicorn
from stbundle.server.app import create_app
from stbundle.server.compile_check import lint_lines
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
        url = f"http://{host}:{port}" if ":" not in host else f"http://[{host}]:{port}"
        click.echo(f"\n  Local URL: {url}\n", err=False)
        if not self._headless:
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()


def _configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
    )
    logger = logging.getLogger("stbundle")
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    logger.propagate = False


@click.command("serve")
@click.argument("app", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    default=8501,
    show_default=True,
    type=int,
    help="Port to listen on (0 picks a free one).",
)
@click.option("--headless", is_flag=True, help="Do not open a browser.")
@click.option("--no-watch", is_flag=True, help="Do not rerun pages when the app's files change.")
@click.option(
    "--allow-origin",
    "allow_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Another origin (https://host[:port]) whose pages may connect; '*' for any. Repeatable.",
)
@click.option(
    "--reconnect-grace",
    default=30.0,
    show_default=True,
    type=float,
    help="Seconds a closed tab's session waits for the tab to reconnect.",
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["debug", "info", "warning", "error"]),
)
def serve_command(
    app: Path,
    host: str,
    port: int,
    headless: bool,
    no_watch: bool,
    allow_origins: tuple[str, ...],
    reconnect_grace: float,
    log_level: str,
) -> None:
    """Serve APP at http://HOST:PORT; connected pages rerun when its files change."""
    _configure_logging(log_level)
    for line in lint_lines(app):
        click.echo(line, err=True)
    settings = ServerSettings(
        allowed_origins=allow_origins,
        reconnect_grace_seconds=reconnect_grace,
        watch=not no_watch,
    )
    asgi = create_app(app, settings=settings)
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
        timeout_graceful_shutdown=3,
    )
    # uvicorn re-raises Ctrl-C once it has shut down cleanly: that is a normal exit.
    with contextlib.suppress(KeyboardInterrupt):
        _Server(config, host=host, headless=headless).run()
    click.echo("  Stopped.")
