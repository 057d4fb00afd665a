"""`st.App`: Streamlit 1.67's ASGI application object, served by stbundle's server.

A launcher file that assigns `app = st.App("main.py", ...)` is served by `bundle serve launcher.py`
(as `streamlit run` serves it): the script it names runs exactly as `bundle serve main.py` would
run it, plus the routes, middleware, lifespan, exception handlers, secrets and script-error
handler given here. The object is an ASGI app, so it can also be mounted in another ASGI app.
The server is imported on first use, so this module loads in a static build too, where
`bundle build launcher.py` builds the script the App names (compiler/launcher.py).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stbundle.runtime_py.script_hooks import ScriptErrorHandler, ScriptHooks, check_secrets_value

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.types import Receive, Scope, Send
    from stbundle.server.settings import ServerSettings

#: Paths of the server's own routes (server/app.py; a test keeps the two in step). A user route
#: may not start with one, nor be one without its final slash (Streamlit's rule for its own).
RESERVED_ROUTE_PREFIXES = (
    "/_stcore/",
    "/static/",
    "/media/",
    "/upload/",
    "/component/",
    "/ws/",
    "/healthz/",
    "/auth/",  # st.login's routes (server/auth_routes.py)
    "/oauth2callback/",
)

#: `App.run(config=...)` options and the serve settings they set.
_RUN_OPTIONS = ("server.port", "server.address", "server.headless", "server.runOnSave")

_launcher_dir: Path | None = None


@contextlib.contextmanager
def launched_from(launcher: Path) -> Iterator[None]:
    """While a launcher file is imported, relative script paths are relative to its folder
    (as `streamlit run launcher.py` resolves them); otherwise to the working directory."""
    global _launcher_dir
    saved, _launcher_dir = _launcher_dir, launcher.resolve().parent
    try:
        yield
    finally:
        _launcher_dir = saved


class App:
    """An ASGI app running a Streamlit script (Streamlit 1.67's `st.App`)."""

    def __init__(
        self,
        script_path: str | Path,
        *,
        secrets: Mapping[str, Any] | None = None,
        lifespan: Callable[[App], contextlib.AbstractAsyncContextManager[Any]] | None = None,
        routes: Sequence[Any] | None = None,
        middleware: Sequence[Any] | None = None,
        on_script_error: ScriptErrorHandler | None = None,
        exception_handlers: Mapping[Any, Callable[..., Any]] | None = None,
        debug: bool = False,
    ) -> None:
        if secrets is not None:
            if not isinstance(secrets, Mapping):
                raise TypeError(
                    f"secrets must be a mapping (dict), got {type(secrets).__name__!r}."
                )
            check_secrets_value(dict(secrets))
        self._script_path = Path(script_path)
        base = _launcher_dir or Path.cwd()
        self._resolved = (base / self._script_path).resolve()
        self._hooks = ScriptHooks(
            secrets=copy.deepcopy(dict(secrets)) if secrets is not None else None,
            on_script_error=on_script_error,
        )
        self._lifespan = lifespan
        self._routes = list(routes or ())
        self._middleware = list(middleware or ())
        self._exception_handlers = dict(exception_handlers or {})
        self._debug = debug
        self._state: dict[str, Any] = {}
        self._asgi: Starlette | None = None
        for route in self._routes:
            path: str = getattr(route, "path", None) or ""
            for reserved in RESERVED_ROUTE_PREFIXES if path else ():
                if path.startswith(reserved) or path == reserved.rstrip("/"):
                    raise ValueError(
                        f"Route '{path}' conflicts with reserved Streamlit route prefix "
                        f"'{reserved}'. Use a different path like '/api/...'."
                    )

    @property
    def script_path(self) -> Path:
        """The entry point script path, as given."""
        return self._script_path

    @property
    def state(self) -> dict[str, Any]:
        """What the lifespan context manager yielded."""
        return self._state

    def asgi(
        self,
        settings: ServerSettings | None = None,
        report_findings: Callable[[list[str]], None] | None = None,
    ) -> Starlette:
        """The Starlette app, built on first use: `bundle serve`'s app for the script, with the
        user's routes before its own, the user's middleware outside its own, and the user's
        lifespan inside its own (sessions can already start when it runs)."""
        if self._asgi is not None:
            return self._asgi
        from stbundle.server.app import create_app
        from stbundle.server.settings import ServerSettings

        settings = dataclasses.replace(settings or ServerSettings(), script_hooks=self._hooks)
        app = create_app(self._resolved, settings=settings, report_findings=report_findings)
        app.router.routes[0:0] = self._routes
        app.user_middleware[0:0] = self._middleware
        app.exception_handlers.update(self._exception_handlers)
        app.debug = self._debug
        server_lifespan = app.router.lifespan_context

        @contextlib.asynccontextmanager
        async def lifespan(asgi_app: Any) -> AsyncIterator[None]:
            async with server_lifespan(asgi_app):
                if self._lifespan is None:
                    yield
                    return
                async with self._lifespan(self) as state:
                    if state:
                        self._state.update(state)
                    yield

        app.router.lifespan_context = lifespan
        self._asgi = app
        return app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.asgi()(scope, receive, send)

    def run(self, *, config: Mapping[str, Any] | None = None) -> None:
        """Serve this app until Ctrl-C, as `bundle serve launcher.py` does. `config` takes
        Streamlit's option names for the address, port, headless mode and run on save."""
        from stbundle.server.hosts import default_allowed_hosts
        from stbundle.server.runner import serve
        from stbundle.server.settings import ServerSettings

        options = dict(config or {})
        unknown = sorted(set(options) - set(_RUN_OPTIONS))
        if unknown:
            raise ValueError(
                f"App.run() does not take the option(s) {', '.join(unknown)}; "
                f"it takes {', '.join(_RUN_OPTIONS)}."
            )
        host = str(options.get("server.address") or "127.0.0.1")
        settings = ServerSettings(
            allowed_hosts=default_allowed_hosts(host),
            watch=bool(options.get("server.runOnSave", True)),
        )
        port = int(options.get("server.port", 8501))
        serve(
            self,
            host=host,
            port=port,
            headless=bool(options.get("server.headless")),
            settings=settings,
        )


def load_app(launcher: Path, variable: str) -> App:
    """Import a launcher file (its `import streamlit` gives stbundle's API) and return the App
    it assigns to `variable` (compiler/launcher.py found the assignment)."""
    import runpy

    from stbundle.runtime_py import streamlit_module

    with launched_from(launcher), streamlit_module.installed():
        namespace = runpy.run_path(str(launcher), run_name="__stbundle_launcher__")
    app = namespace.get(variable)
    if not isinstance(app, App):
        raise TypeError(f"{launcher}: {variable} is not an st.App after the file ran")
    return app
