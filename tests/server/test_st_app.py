"""st.App: a launcher's App serves its script with the user's routes, middleware, lifespan,
exception handlers, secrets and on_script_error; `bundle serve launcher.py` finds and serves
it; its checks (reserved routes, secrets types) raise what Streamlit 1.67's App raises."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from stbundle.compiler.launcher import find_launcher
from stbundle.runtime_py.st_app import RESERVED_ROUTE_PREFIXES, App, load_app
from stbundle.server import ServerSettings, create_app

from tests.server.client import PageClient
from tests.server.live import LiveServer

ROOT = Path(__file__).resolve().parents[2]


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


async def _health(request: Request) -> Response:
    return JSONResponse({"status": "ok", "model": request.app.state.model})


class Teapot(Exception):
    pass


async def _teapot(request: Request) -> Response:
    raise Teapot()


async def _teapot_handler(request: Request, exc: Exception) -> Response:
    return Response("short and stout", status_code=418)


class _Stamp(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: Callable[..., Any]) -> Response:
        response: Response = await call_next(request)
        response.headers["x-stamp"] = "user-middleware"
        return response


def test_an_app_serves_its_script_with_the_users_routes_middleware_and_lifespan(
    write_app: Callable[[str, str], Path], pages: Callable[..., PageClient]
) -> None:
    script = write_app("main.py", "import streamlit as st\nst.title('Served by an App')\n")
    events: list[str] = []

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app: App) -> Any:
        events.append("start")
        yield {"model": "loaded"}
        events.append("stop")

    app = App(
        script,
        lifespan=lifespan,
        routes=[Route("/api/health", _health), Route("/api/teapot", _teapot)],
        middleware=[Middleware(_Stamp)],
        exception_handlers={Teapot: _teapot_handler},
    )
    asgi = app.asgi(ServerSettings(watch=False))
    # The user's lifespan state is the App's state, and request.app.state reads the App's.
    asgi.state.model = "from the server"
    server = LiveServer(app)
    try:
        assert events == ["start"]
        assert app.state == {"model": "loaded"}
        status, headers, body = _get(server.url + "api/health")
        assert status == 200 and json.loads(body)["status"] == "ok"
        assert headers["x-stamp"] == "user-middleware"
        # The user's middleware wraps the server's own routes too.
        status, headers, _ = _get(server.url + "healthz")
        assert status == 200 and headers["x-stamp"] == "user-middleware"
        status, _, body = _get(server.url + "api/teapot")
        assert (status, body) == (418, b"short and stout")
        # The page and its session are the script's, as under `bundle serve main.py`.
        status, _, page_html = _get(server.url)
        assert status == 200 and b"<html" in page_html.lower()
        run = pages(server.ws_url).settled_run()
        assert "Served by an App" in run.texts()
    finally:
        server.close()
    assert events == ["start", "stop"]


def test_secrets_in_code_merge_over_the_files_and_on_script_error_can_hide_the_error(
    write_app: Callable[[str, str], Path], pages: Callable[..., PageClient], tmp_path: Path
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('db = "file"\nregion = "eu"\n')
    script = write_app(
        "main.py",
        """
        import streamlit as st
        st.write(f"db={st.secrets.db} region={st.secrets.region} token={st.secrets.token}")
        if st.button("Break"):
            raise ValueError("boom")
        """,
    )
    seen: list[Exception] = []

    def on_error(exc: Exception) -> bool:
        import streamlit as st  # stbundle's API while the script runs

        seen.append(exc)
        st.error("Something went wrong (reported)")
        return True

    app = App(script, secrets={"db": "code", "token": 42}, on_script_error=on_error)
    server = LiveServer(app.asgi(ServerSettings(watch=False)))
    try:
        page = pages(server.ws_url)
        first = page.settled_run()
        assert "db=code region=eu token=42" in first.texts()
        page.click("Break")
        run = page.settled_run()
        assert [str(e) for e in seen] == ["boom"]
        alerts = [el.alert.body for el in run.elements() if el.WhichOneof("type") == "alert"]
        assert alerts == ["Something went wrong (reported)"]
        assert run.exceptions() == []  # the handler hid the default display
    finally:
        server.close()


def test_a_handler_that_fails_or_returns_nothing_leaves_the_error_shown(
    write_app: Callable[[str, str], Path], pages: Callable[..., PageClient]
) -> None:
    script = write_app("main.py", "raise KeyError('missing')\n")
    calls: list[str] = []

    def broken(exc: Exception) -> bool:
        calls.append(type(exc).__name__)
        raise RuntimeError("the handler itself failed")

    for handler in (broken, lambda exc: calls.append("noted")):
        server = LiveServer(App(script, on_script_error=handler).asgi(ServerSettings(watch=False)))
        try:
            run = pages(server.ws_url).settled_run()
            assert len(run.exceptions()) == 1
        finally:
            server.close()
    assert calls == ["KeyError", "noted"]


def test_user_routes_may_not_take_the_servers_own_paths() -> None:
    for path in ("/static/app.js", "/media/x", "/upload/s", "/component/c/index.html", "/ws"):
        with pytest.raises(ValueError, match="conflicts with reserved Streamlit route prefix"):
            App("main.py", routes=[Route(path, _health)])
    App("main.py", routes=[Route("/api/health", _health), Route("/wsx", _health)])


def test_the_reserved_prefixes_are_the_servers_routes(tmp_path: Path) -> None:
    """Every route create_app serves besides the page itself is reserved for st.App users."""
    script = tmp_path / "main.py"
    script.write_text("")
    asgi = create_app(script, settings=ServerSettings(watch=False))
    firsts = {"/" + route.path.strip("/").split("/")[0] for route in asgi.routes}
    page_routes = {"/", "/{page}"}
    reserved = {prefix.rstrip("/") for prefix in RESERVED_ROUTE_PREFIXES}
    assert firsts - page_routes == reserved


_STREAMLIT_CHECKS = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from starlette.routing import Route
    {app_import}

    async def ok(request): ...

    results = {{}}
    cases = {{
        "route static": dict(routes=[Route("/static/app.js", ok)]),
        "route media": dict(routes=[Route("/media/x", ok)]),
        "route component": dict(routes=[Route("/component/c", ok)]),
        "route api": dict(routes=[Route("/api/health", ok)]),
        "secrets object": dict(secrets={{"a": {{"b": [1, object()]}}}}),
        "secrets key": dict(secrets={{1: "x"}}),
        "secrets list": dict(secrets=["a"]),
        "secrets bytes": dict(secrets={{"k": b"x"}}),
        "secrets fine": dict(secrets={{"k": [1, 2.5, True, {{"n": "s"}}]}}),
    }}
    for name, kwargs in cases.items():
        try:
            App("main.py", **kwargs)
            results[name] = "ok"
        except Exception as exc:
            results[name] = f"{{type(exc).__name__}}: {{exc}}"
    print(json.dumps(results))
    """
)


def _checks(app_import: str, tmp_path: Path) -> dict[str, str]:
    code = _STREAMLIT_CHECKS.format(app_import=app_import)
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT.parent)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        timeout=120,
    )
    result: dict[str, str] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_apps_checks_raise_what_streamlits_app_raises(tmp_path: Path) -> None:
    ours = _checks("from stbundle.runtime_py.st_app import App", tmp_path)
    theirs = _checks("from streamlit import App", tmp_path)
    assert ours == theirs
    assert ours["route api"] == "ok" and ours["secrets object"].startswith("TypeError")


def test_bundle_serve_finds_and_serves_a_launchers_app(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text("import streamlit as st\nst.write('hello')\n")
    launcher = tmp_path / "launcher.py"
    launcher.write_text(
        textwrap.dedent(
            """
            import streamlit as st
            from starlette.responses import PlainTextResponse
            from starlette.routing import Route

            async def ping(request):
                return PlainTextResponse("pong")

            app = st.App("main.py", routes=[Route("/api/ping", ping)])

            if __name__ == "__main__":
                app.run()
            """
        )
    )
    found = find_launcher(launcher)
    assert found is not None and found.variable == "app" and found.keywords == ("routes",)
    assert found.script == (tmp_path / "main.py").resolve()
    assert found.server_only == ("routes",)
    app = load_app(launcher, "app")
    assert isinstance(app, App)
    server = LiveServer(app.asgi(ServerSettings(watch=False)))
    try:
        assert _get(server.url + "api/ping")[2] == b"pong"
    finally:
        server.close()


def test_launchers_are_told_apart_from_scripts(tmp_path: Path) -> None:
    cases = {
        "from streamlit import App as A\nserver = A(script_path='x.py', debug=True)\n": "server",
        "import streamlit\napp = streamlit.App(PATH)\n": "app",
        "import streamlit as st\nst.title('x')\n": None,
        "import streamlit as st\ndef f():\n    app = st.App('x.py')\n": None,
        "import fastapi\napp = fastapi.App('x')\n": None,
        "def broken(:\n": None,
    }
    for source, variable in cases.items():
        path = tmp_path / "f.py"
        path.write_text(source)
        found = find_launcher(path)
        assert (found.variable if found else None) == variable, source
    path.write_text("import streamlit\napp = streamlit.App(PATH)\n")
    found = find_launcher(path)
    assert found is not None and found.script is None  # not a literal: build says so
