"""A tiny OpenID Connect provider for offline tests of st.login (serve mode).

Discovery document, a JWKS with an RSA key made when the provider starts, `/authorize` that
redirects straight back with a code (the "person" is `user`), `/token` that checks the client's
secret, the code, the redirect URI and the PKCE verifier and returns an RS256-signed ID token
carrying the nonce, and `/logout` (end_session_endpoint) that redirects to the given
post_logout_redirect_uri. Tests read what it was asked in `authorize_requests`,
`token_requests` and `logout_requests`, and can make it misbehave with `fail_authorize`
(an OAuth error) or `tamper_id_token` (a token signed with another key).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from typing import Any
from urllib.parse import urlencode

from joserfc import jwt
from joserfc.jwk import RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from tests.server.live import LiveServer

CLIENT_ID = "stbundle-test-client"
CLIENT_SECRET = "s3cret-not-for-pages"


class TestProvider:
    """Serves itself on a local port (`url`); `close()` stops it."""

    __test__ = False  # not a pytest class

    def __init__(self, user: dict[str, Any] | None = None) -> None:
        self.user = user or {"sub": "ada-1", "name": "Ada Lovelace", "email": "ada@example.com"}
        self.key = RSAKey.generate_key(2048, parameters={"kid": "k1", "use": "sig"})
        self.codes: dict[str, dict[str, Any]] = {}
        self.authorize_requests: list[dict[str, str]] = []
        self.token_requests: list[dict[str, str]] = []
        self.logout_requests: list[dict[str, str]] = []
        self.fail_authorize: str | None = None
        self.tamper_id_token = False
        app = Starlette(
            routes=[
                Route("/.well-known/openid-configuration", self.discovery),
                Route("/jwks", self.jwks),
                Route("/authorize", self.authorize),
                Route("/token", self.token, methods=["POST"]),
                Route("/logout", self.logout),
            ]
        )
        self.server = LiveServer(app)
        self.url = self.server.url.rstrip("/")

    def close(self) -> None:
        self.server.close()

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/.well-known/openid-configuration"

    async def discovery(self, request: Request) -> Response:
        return JSONResponse(
            {
                "issuer": self.url,
                "authorization_endpoint": f"{self.url}/authorize",
                "token_endpoint": f"{self.url}/token",
                "jwks_uri": f"{self.url}/jwks",
                "end_session_endpoint": f"{self.url}/logout",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
            }
        )

    async def jwks(self, request: Request) -> Response:
        return JSONResponse({"keys": [self.key.as_dict(private=False)]})

    async def authorize(self, request: Request) -> Response:
        params = dict(request.query_params)
        self.authorize_requests.append(params)
        back = params["redirect_uri"]
        if self.fail_authorize:
            query = {"error": self.fail_authorize, "error_description": "no, thanks"}
            return RedirectResponse(f"{back}?{urlencode({**query, 'state': params['state']})}")
        code = secrets.token_urlsafe(16)
        self.codes[code] = params
        return RedirectResponse(f"{back}?{urlencode({'code': code, 'state': params['state']})}")

    async def token(self, request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        self.token_requests.append(form)
        basic = request.headers.get("authorization", "")
        expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if basic != f"Basic {expected}":
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        asked = self.codes.pop(form.get("code", ""), None)
        if asked is None or asked["redirect_uri"] != form.get("redirect_uri"):
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        verifier = form.get("code_verifier", "")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        if asked.get("code_challenge") != challenge.rstrip(b"=").decode():
            return JSONResponse({"error": "invalid_grant", "error_description": "PKCE"}, 400)
        now = int(time.time())
        claims = {
            "iss": self.url,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 600,
            "nonce": asked["nonce"],
            **self.user,
        }
        key = (
            RSAKey.generate_key(2048, parameters={"kid": "k1"})
            if self.tamper_id_token
            else self.key
        )
        id_token = jwt.encode({"alg": "RS256", "kid": "k1"}, claims, key)
        return JSONResponse(
            {
                "access_token": "access-" + secrets.token_urlsafe(8),
                "token_type": "Bearer",
                "expires_in": 600,
                "id_token": id_token,
            }
        )

    async def logout(self, request: Request) -> Response:
        params = dict(request.query_params)
        self.logout_requests.append(params)
        return RedirectResponse(params["post_logout_redirect_uri"])
