"""The ASGI app of `bundle serve`: `create_app(path)` runs under uvicorn or any ASGI server.

Routes (all relative to wherever the app is mounted, so it works behind a path prefix):
`/` the page (and `/<page>`, a multipage app's other pages), `/static/...` the renderer's
assets, `/healthz` a JSON health check, `/media/...` and `/upload/...` a session's files
(server/media.py, server/uploads.py), `/component/...` the files of the app's custom
components (server/components.py), and `/ws` the WebSocket that carries binary protobuf
ForwardMsg/BackMsg frames.

Pages are one path segment, so of these only `/healthz` could take a page's URL (`/static`,
`/media`, `/upload`, `/component` and `/ws` alone are pages: those routes need more segments or
a WebSocket). An app that declares a page `healthz` gets its page there; its health check is
also at `/_stcore/health` (Streamlit's path), which no page can take.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from stbundle.server.auth_routes import AuthRoutes
from stbundle.server.components import serve_component_file
from stbundle.server.hosts import HostCheck
from stbundle.server.media import MediaRoute
from stbundle.server.origin import OriginPolicy
from stbundle.server.sessions import SessionRegistry
from stbundle.server.settings import ServerSettings
from stbundle.server.uploads import UploadRoute
from stbundle.server.watcher import RunOnSave
from stbundle.server.websocket import SessionEndpoint
from stbundle.server.workers import WorkerPool

import stbundle

_LOG = logging.getLogger(__name__)

STATIC_DIR = Path(stbundle.__file__).resolve().parent / "static"


def templates_dir() -> Path:
    """templates/ as installed (the stbundle.templates package) or in a source checkout."""
    try:
        import stbundle.templates as installed  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return Path(__file__).resolve().parent.parent / "templates"
    return Path(installed.__file__).resolve().parent


def render_page(title: str) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates_dir()), autoescape=True)
    return env.get_template("serve.html.j2").render(title=title, asset_base="static/")


def render_not_found(title: str, root: str) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates_dir()), autoescape=True)
    return env.get_template("404.html.j2").render(title=title, root=root)


def create_app(
    path: str | os.PathLike[str],
    *,
    allowed_origins: Sequence[str] | None = None,
    watch: bool | None = None,
    settings: ServerSettings | None = None,
    report_findings: Callable[[list[str]], None] | None = None,
) -> Starlette:
    """The ASGI app serving the Streamlit-style script at `path` (one session per tab).

    The compiler's findings for the app (on start and after every save) go to
    `report_findings`, by default the log.
    """
    report = report_findings or _log_findings
    script = Path(path).resolve()
    if not script.is_file():
        raise FileNotFoundError(f"no app at {script}")
    settings = settings or ServerSettings()
    if allowed_origins is not None:
        settings = dataclasses.replace(settings, allowed_origins=tuple(allowed_origins))
    if watch is not None:
        settings = dataclasses.replace(settings, watch=watch)
    if not (STATIC_DIR / "renderer.js").is_file():
        _LOG.warning(
            "the renderer is not built (%s missing): run `npm run build` in frontend/",
            STATIC_DIR / "renderer.js",
        )

    registry = SessionRegistry(script, settings, WorkerPool())
    endpoint = SessionEndpoint(registry, settings)
    page = render_page(script.stem)
    uploads = UploadRoute(registry, OriginPolicy(settings.allowed_origins))

    async def index(request: Request) -> Response:
        return HTMLResponse(page, headers={"Cache-Control": "no-cache"})

    async def not_a_page(request: Request) -> Response:
        """A path deeper than a page (pages are one segment): Streamlit's "page not found",
        the app's default page with a message, through the static site's 404 page."""
        depth = request.url.path.removeprefix(request.scope.get("root_path", "")).count("/") - 1
        return HTMLResponse(render_not_found(script.stem, "../" * depth), status_code=404)

    # The page paths the entry script declares literally, read again on every compile.
    declared: dict[str, frozenset[str]] = {"paths": _declared_page_paths(script)}

    async def health_or_page(request: Request) -> Response:
        """`/healthz` is a page's URL when the app declares such a page (literally, or in a
        session's run), else the health check."""
        if "healthz" in declared["paths"] or registry.declares_page("healthz"):
            return await index(request)
        return await health(request)

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "app": script.name,
                "sessions": len(registry),
                "connected": registry.connected_count(),
            }
        )

    def compile_and_report() -> None:
        declared["paths"] = _declared_page_paths(script)
        report(registry.recompile())

    async def recompile_and_rerun(names: str) -> None:
        # Compile first, so the rerun already uses the new code's manifest.
        await asyncio.get_running_loop().run_in_executor(None, compile_and_report)
        count = registry.rerun_connected()
        _LOG.info("changed: %s; rerunning %d page(s)", names, count)

    background: set[asyncio.Task[None]] = set()

    def on_save(paths: list[Path]) -> None:
        task = asyncio.get_running_loop().create_task(
            recompile_and_rerun(", ".join(p.name for p in paths))
        )
        background.add(task)
        task.add_done_callback(background.discard)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        watcher = RunOnSave(script, on_save) if settings.watch else None
        task = asyncio.create_task(watcher.run()) if watcher is not None else None
        # Compile in the background: the first page need not wait for the compiler.
        asyncio.get_running_loop().run_in_executor(None, compile_and_report)
        try:
            yield
        finally:
            if watcher is not None and task is not None:
                watcher.stop()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await asyncio.wait_for(task, timeout=2)
            registry.shutdown()
            await endpoint.flusher.stop()

    app = Starlette(
        middleware=[Middleware(HostCheck, allowed=settings.allowed_hosts)],
        routes=[
            Route("/", index),
            Route("/healthz", health_or_page),
            Route("/_stcore/health", health),
            # st.login / st.logout (auth/login, auth/logout, oauth2callback: Streamlit's paths).
            *AuthRoutes(script.parent, settings.script_hooks.secrets).routes(),
            WebSocketRoute("/ws", endpoint.handle),
            Route(
                "/media/{session_id}/{file_id}",
                MediaRoute(registry, OriginPolicy(settings.allowed_origins)).respond,
            ),
            Route("/component/{name}/{path:path}", serve_component_file),
            Route("/upload/{session_id}", uploads.put, methods=["PUT"]),
            Route("/upload/{session_id}/{file_id}", uploads.delete, methods=["DELETE"]),
            Mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static"),
            # A multipage app's pages (one path segment each): the same page, which asks the
            # session for the page its URL names.
            Route("/{page}", index),
            Route("/{page}/{rest:path}", not_a_page),
        ],
        lifespan=lifespan,
    )
    app.state.registry = registry
    app.state.settings = settings
    return app


def _declared_page_paths(script: Path) -> frozenset[str]:
    """The URL paths of the pages the app declares literally (none when it does not parse)."""
    from stbundle.compiler.page_paths import page_url_paths
    from stbundle.runtime_py.script_source import AST_LOCK

    try:
        with AST_LOCK:  # never beside a session's compile (Python 3.11's AST race)
            return frozenset(page_url_paths(script))
    except (OSError, SyntaxError, ValueError):
        return frozenset()


def _log_findings(lines: list[str]) -> None:
    for line in lines:
        _LOG.warning("%s", line)


def app_from_env() -> Starlette:
    """Factory for other ASGI servers: `uvicorn --factory stbundle.server:app_from_env`.

    STBUNDLE_APP names the script; STBUNDLE_ALLOWED_ORIGINS and STBUNDLE_ALLOWED_HOSTS are
    comma-separated allow-lists; STBUNDLE_WATCH=0 disables run on save.
    """
    app = os.environ.get("STBUNDLE_APP")
    if not app:
        raise RuntimeError("set STBUNDLE_APP to the path of the app script")
    origins = [o for o in os.environ.get("STBUNDLE_ALLOWED_ORIGINS", "").split(",") if o]
    hosts = [h for h in os.environ.get("STBUNDLE_ALLOWED_HOSTS", "").split(",") if h]
    watch = os.environ.get("STBUNDLE_WATCH", "1") not in {"0", "false", "no"}
    settings = ServerSettings(allowed_hosts=hosts or None)
    return create_app(app, allowed_origins=origins, watch=watch, settings=settings)
