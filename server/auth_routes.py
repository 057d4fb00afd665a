"""`bundle serve`'s OpenID Connect login: the `auth/login`, `auth/logout` and `oauth2callback`
routes that st.login / st.logout send the page to (Streamlit 1.67's paths and flow).

`auth/login?provider=<token>` (a token only a script's st.login can make, signed with
cookie_secret) redirects to the provider's authorization endpoint with Authlib's authorization
code flow: state, nonce and, when the provider offers S256, PKCE, kept in a short-lived signed
cookie bound to this browser. `oauth2callback` checks the state, exchanges the code, validates
the ID token (signature from the provider's JWKS, issuer, audience, expiry, nonce), writes the
identity cookies (server/identity_cookie.py) and redirects to the app's root. `auth/logout`
clears them and, when the provider has an end_session_endpoint, logs out there too. The routes
only ever redirect to the app's own root or to the configured provider; the client secret never
leaves the server. Failures show a short page that says what went wrong, never a traceback.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlparse

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send
from stbundle.runtime_py import auth_config
from stbundle.runtime_py.errors import StreamlitAuthError
from stbundle.server import identity_cookie

_LOG = logging.getLogger(__name__)
#: The signed cookie that carries one login's state, nonce and PKCE verifier to the callback.
_FLOW_COOKIE = "_stbundle_login_flow"
_FLOW_SECONDS = 600


class LoginFailed(Exception):
    """A login that cannot go on; the message is shown to the person (no secrets in it)."""


def _error_page(message: str, home: str, status: int = 400) -> HTMLResponse:
    body = (
        "<!doctype html><meta charset='utf-8'><title>Login failed</title>"
        "<main style='font-family:sans-serif;max-width:40rem;margin:4rem auto'>"
        f"<h1>Login failed</h1><p>{html.escape(message)}</p>"
        f"<p><a href='{html.escape(home, quote=True)}'>Back to the app</a></p></main>"
    )
    return HTMLResponse(body, status_code=status, headers={"Cache-Control": "no-store"})


class _FlowState:
    """Wraps an endpoint in Starlette's signed-cookie session (keyed by cookie_secret), which
    Authlib uses to keep a login's state between the redirect and the callback."""

    def __init__(self, routes: AuthRoutes, endpoint: ASGIApp) -> None:
        self.routes = routes
        self.endpoint = endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        from starlette.middleware.sessions import SessionMiddleware  # needs itsdangerous

        auth = self.routes.auth_section()
        secret = auth.get("cookie_secret") if auth else None
        if not isinstance(secret, str) or not secret:
            scope["session"] = {}
            await self.endpoint(scope, receive, send)
            return
        wrapped = SessionMiddleware(
            self.endpoint,
            secret_key=secret,
            session_cookie=_FLOW_COOKIE,
            max_age=_FLOW_SECONDS,
            path=identity_cookie.cookie_path(Request(scope)),
            same_site="lax",
        )
        await wrapped(scope, receive, send)


class AuthRoutes:
    """The login routes of the app in `app_dir`; `extra_secrets` are st.App's `secrets=`."""

    def __init__(self, app_dir: Path, extra_secrets: Mapping[str, Any] | None = None) -> None:
        self.app_dir = app_dir
        self.extra_secrets = extra_secrets

    def auth_section(self) -> dict[str, Any] | None:
        return auth_config.auth_section_for(self.app_dir, self.extra_secrets)

    def routes(self) -> list[Route]:
        from starlette.routing import request_response

        def flow(handler: Any) -> ASGIApp:
            return _FlowState(self, request_response(handler))

        return [
            Route(f"/{auth_config.LOGIN_PATH}", flow(self.login), methods=["GET"]),
            Route(f"/{auth_config.LOGOUT_PATH}", self.logout, methods=["GET"]),
            Route(f"/{auth_config.CALLBACK_PATH}", flow(self.callback), methods=["GET"]),
        ]

    # -- the routes ----------------------------------------------------------------------------
    async def login(self, request: Request) -> Response:
        home = identity_cookie.cookie_path(request)
        auth = self.auth_section()
        if auth is None or not isinstance(auth.get("cookie_secret"), str):
            return _error_page("Authentication is not configured for this app.", home)
        provider = auth_config.read_provider_token(
            auth["cookie_secret"], request.query_params.get("provider", "")
        )
        if provider is None:  # expired or not made by st.login: back to the app (Streamlit)
            return RedirectResponse(home, status_code=302)
        try:
            auth_config.validate(auth, provider)
            client = await self._client(auth, provider)
            uri = self._redirect_uri(auth, request)
            response: Response = await client.authorize_redirect(request, uri)
        except (LoginFailed, StreamlitAuthError) as failure:
            return _error_page(str(failure), home)
        except Exception as error:  # shown as a page, logged with its trace
            _LOG.warning("login with %r could not start", provider, exc_info=True)
            return _error_page(
                f"The identity provider could not be reached ({_kind(error)}).", home, 502
            )
        return response

    async def callback(self, request: Request) -> Response:
        home = identity_cookie.cookie_path(request)
        auth = self.auth_section()
        if auth is None or not isinstance(auth.get("cookie_secret"), str):
            return _error_page("Authentication is not configured for this app.", home)
        error = request.query_params.get("error")
        if error:
            described = request.query_params.get("error_description") or ""
            _LOG.warning("login refused by the provider: %s %s", error, described)
            text = f"The identity provider refused the login: {error}"
            return _error_page(f"{text} ({described})" if described else f"{text}.", home)
        provider = self._provider_of_state(request)
        if provider is None:
            # No login of this browser is waiting for this state: a replayed or stale callback
            # (Back after a login, or the provider's return after a logout). Streamlit too goes
            # back to the app.
            return RedirectResponse(home, status_code=302)
        try:
            client = await self._client(auth, provider)
            token = await client.authorize_access_token(request)
        except Exception as failure:  # every failure is the same to the person
            _LOG.warning("login with %r failed at the callback", provider, exc_info=True)
            response = _error_page(f"The login could not be completed ({_kind(failure)}).", home)
            identity_cookie.clear(response, request)
            return response
        claims = dict(token.get("userinfo") or {})
        if not claims:
            return _error_page("The identity provider sent no ID token.", home)
        try:
            origin = auth_config.origin_of(self._redirect_uri(auth, request))
        except LoginFailed as failure:
            return _error_page(str(failure), home)
        if origin is None:
            return _error_page("[auth] redirect_uri must be an absolute URL.", home)
        done = RedirectResponse(home, status_code=302)
        secret = auth["cookie_secret"]
        user = dict(claims, origin=origin, is_logged_in=True, provider=provider)
        tokens = {k: token[k] for k in ("id_token", "access_token") if k in token}
        identity_cookie.write(done, request, secret, auth_config.USER_COOKIE, user)
        identity_cookie.write(done, request, secret, auth_config.TOKENS_COOKIE, tokens)
        return done

    async def logout(self, request: Request) -> Response:
        home = identity_cookie.cookie_path(request)
        target = await self._provider_logout_url(request) or home
        response = RedirectResponse(target, status_code=302)
        identity_cookie.clear(response, request)
        return response

    # -- helpers -------------------------------------------------------------------------------
    def _redirect_uri(self, auth: Mapping[str, Any], request: Request) -> str:
        uri = auth_config.redirect_uri(auth, request.url.port)
        if uri is None:
            raise LoginFailed("[auth] redirect_uri is missing.")
        return uri

    async def _client(self, auth: Mapping[str, Any], provider: str) -> Any:
        """Authlib's Starlette client for `provider`, with PKCE (S256) when the provider says it
        supports it."""
        try:
            from authlib.integrations.starlette_client import (  # type: ignore[import-untyped,unused-ignore]
                OAuth,
            )
        except ImportError as missing:
            raise LoginFailed(
                "Authentication requires Authlib>=1.3.2 and httpx on the server: "
                "`pip install stbundle[auth]`."
            ) from missing
        settings = auth_config.provider_settings(auth, provider)
        oauth = OAuth()
        client = oauth.register(
            provider,
            client_id=settings["client_id"],
            client_secret=settings["client_secret"],
            server_metadata_url=settings["server_metadata_url"],
            client_kwargs=settings["client_kwargs"],
        )
        metadata = await client.load_server_metadata()
        if "S256" in (metadata.get("code_challenge_methods_supported") or []):
            client.client_kwargs["code_challenge_method"] = "S256"
        return client

    @staticmethod
    def _provider_of_state(request: Request) -> str | None:
        """The provider whose login this browser started with the callback's state (Authlib
        keeps each one as `_state_<provider>_<state>` in the flow cookie)."""
        state = request.query_params.get("state")
        if not state:
            return None
        for key in request.session:
            prefix, _, rest = key.partition("_state_")
            provider, _, recorded = rest.partition("_")
            if not prefix and provider and recorded == state:
                return provider
        return None

    async def _provider_logout_url(self, request: Request) -> str | None:
        """The provider's end_session_endpoint with the logout parameters, when the person is
        logged in with a provider that has one; None otherwise (a local logout)."""
        auth = self.auth_section()
        if auth is None or not isinstance(auth.get("cookie_secret"), str):
            return None
        secret = auth["cookie_secret"]
        raw = identity_cookie.read(request.cookies, secret, auth_config.USER_COOKIE)
        try:
            provider = json.loads(raw).get("provider") if raw else None
            if not isinstance(provider, str):
                return None
            auth_config.validate(auth, provider)
            client = await self._client(auth, provider)
            endpoint = (await client.load_server_metadata()).get("end_session_endpoint")
            back = auth_config.redirect_uri(auth, request.url.port)
            if not endpoint or not back or not back.endswith(f"/{auth_config.CALLBACK_PATH}"):
                return None
            params = {"client_id": client.client_id, "post_logout_redirect_uri": back}
            tokens_raw = identity_cookie.read(request.cookies, secret, auth_config.TOKENS_COOKIE)
            id_token = json.loads(tokens_raw).get("id_token") if tokens_raw else None
            if isinstance(id_token, str):
                params["id_token_hint"] = id_token
        except Exception:  # a provider we cannot ask: log out locally only
            _LOG.warning("provider logout skipped", exc_info=True)
            return None
        parsed = urlparse(str(endpoint))
        query = urlencode({**dict(parse_qsl(parsed.query)), **params})
        return parsed._replace(query=query).geturl()


def _kind(error: BaseException) -> str:
    """A short, secret-free description of a failure for the person's page."""
    description = getattr(error, "description", None) or getattr(error, "error", None)
    return str(description) if description else type(error).__name__
