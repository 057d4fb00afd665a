"""`bundle serve APP`: serve the app with uvicorn, rerun pages on save, show lint findings.

The heavy imports (uvicorn, starlette, the runtime) happen inside the command so that other
`bundle` commands do not pay for them.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click
from stbundle.runtime_py.uploads import DEFAULT_MAX_UPLOAD_SIZE_MB
from stbundle.server.settings import DEFAULT_MAX_OUTBOX_BYTES


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
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    metavar="HOST",
    help="A host name the server answers to (the Host header, without port); '*' for any. "
    "Repeatable. Default: the --host address, plus localhost names when it is a loopback one.",
)
@click.option(
    "--reconnect-grace",
    default=30.0,
    show_default=True,
    type=float,
    help="Seconds a closed tab's session waits for the tab to reconnect.",
)
@click.option(
    "--max-outbox-mib",
    default=DEFAULT_MAX_OUTBOX_BYTES >> 20,
    show_default=True,
    type=click.IntRange(min=1),
    help="MiB of unsent messages one page may hold before it is cut off as too slow.",
)
@click.option(
    "--send-timeout",
    default=15.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a page may leave a message unread before it is cut off as too slow.",
)
@click.option(
    "--max-upload-size",
    "max_upload_size",
    default=DEFAULT_MAX_UPLOAD_SIZE_MB,
    show_default=True,
    type=click.IntRange(min=1),
    help="Largest file (MB) an upload widget takes unless it sets max_upload_size "
    "(Streamlit's server.maxUploadSize).",
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
    allowed_hosts: tuple[str, ...],
    reconnect_grace: float,
    max_outbox_mib: int,
    send_timeout: float,
    max_upload_size: int,
    log_level: str,
) -> None:
    """Serve APP at http://HOST:PORT; connected pages rerun when its files change.

    APP is a script, or a launcher file assigning an `st.App` (served with its routes)."""
    from stbundle.compiler.launcher import find_launcher
    from stbundle.runtime_py.st_app import load_app
    from stbundle.server.hosts import default_allowed_hosts
    from stbundle.server.runner import serve
    from stbundle.server.settings import ServerSettings

    _configure_logging(log_level)
    settings = ServerSettings(
        allowed_origins=allow_origins,
        allowed_hosts=allowed_hosts or default_allowed_hosts(host),
        reconnect_grace_seconds=reconnect_grace,
        max_outbox_bytes=max_outbox_mib << 20,
        send_timeout_seconds=send_timeout,
        max_upload_size_mb=max_upload_size,
        watch=not no_watch,
    )
    launcher = find_launcher(app)
    target = load_app(app, launcher.variable) if launcher else app
    serve(target, host=host, port=port, headless=headless, settings=settings)
    click.echo("  Stopped.")
