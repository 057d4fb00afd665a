"""State, caching, control flow, pages and configuration: commands that draw nothing."""

from __future__ import annotations

from stbundle.specs.model import AppTestQuery, Command, Renderer

SPECS = [
    Command(
        "session_state",
        "Per-session state shared by all runs.",
        impl="stbundle.runtime_py.session_state:SessionStateProxy()",
        draws=False,
    ),
    Command(
        "query_params",
        "The page URL's query parameters, read and written.",
        impl="stbundle.runtime_py.query_params:QueryParamsProxy()",
        draws=False,
    ),
    Command(
        "secrets",
        "secrets.toml, read like a dict.",
        impl="stbundle.runtime_py.secrets:SecretsProxy()",
        draws=False,
    ),
    Command(
        "cache_data",
        "Caches a function's return value (copied on every read).",
        impl="stbundle.runtime_py.caching:cache_data",
        draws=False,
    ),
    Command(
        "cache_resource",
        "Caches a shared object (not copied).",
        impl="stbundle.runtime_py.caching:cache_resource",
        draws=False,
    ),
    Command(
        "fragment",
        "Decorates a function that can rerun on its own. With `parallel=True` a full run hands "
        "its body to a thread pool (serve mode); a static build has no threads, so there the "
        "body runs inline, in order, with the same commands refused.",
        impl="stbundle.runtime_py.fragment:fragment",
        draws=False,
    ),
    Command(
        "rerun",
        "Ends this run and starts a new one.",
        impl="stbundle.runtime_py.commands:rerun",
        draws=False,
    ),
    Command("stop", "Ends this run here.", impl="stbundle.runtime_py.commands:stop", draws=False),
    Command(
        "set_page_config",
        "Sets the page title, icon and layout, and the app menu's entries (the ⋮ button: "
        "'Get help' and 'Report a bug' links, 'About' markdown; client.toolbarMode 'minimal' "
        "shows only these).",
        impl="stbundle.runtime_py.commands:set_page_config",
        draws=False,
    ),
    Command(
        "navigation",
        "Declares the app's pages and returns the current one.",
        impl="stbundle.runtime_py.pages:navigation",
        draws=False,
    ),
    Command(
        "Page",
        "One page of a multipage app.",
        impl="stbundle.runtime_py.pages:Page",
        draws=False,
    ),
    Command(
        "switch_page",
        "Switches to another page.",
        impl="stbundle.runtime_py.pages:switch_page",
        draws=False,
    ),
    Command(
        "page_link",
        "A link to a page or URL.",
        proto="element:page_link",
        apptest=AppTestQuery("PageLink"),
        renderer=Renderer("PageLinkEl", "navigation", widget=True),
    ),
    Command(
        "App",
        "An ASGI app for a script, with custom routes, middleware, lifespan, exception "
        "handlers, secrets and on_script_error: `bundle serve launcher.py` serves it, "
        "`bundle build launcher.py` builds its script (without the server-only parts).",
        impl="stbundle.runtime_py.st_app:App",
        draws=False,
    ),
    Command(
        "context",
        "Read-only facts about the session: headers, cookies and IP from the WebSocket "
        "handshake; URL, locale, timezone, theme and embedding from the page. In a static "
        "build (no server, no handshake) headers and cookies are empty and ip_address is None.",
        impl="stbundle.runtime_py.browser_context:ContextProxy()",
        draws=False,
    ),
    Command(
        "user",
        "The session's user. `bundle serve`: the ID token's claims from the signed identity "
        "cookie a login left (is_logged_in, provider, tokens per expose_tokens), read when the "
        "page connects; is_logged_in=False with an [auth] section and no login. AppTest.user "
        "in tests; empty in static builds.",
        impl="stbundle.runtime_py.auth:UserInfoProxy()",
        draws=False,
    ),
    Command(
        "login",
        "OpenID Connect login in `bundle serve` (Authlib: `pip install stbundle[auth]`): "
        "checks [auth] in secrets.toml with Streamlit's errors, then the page follows "
        "auth/login to the provider (code flow, state, nonce, PKCE); /oauth2callback validates "
        "the ID token and sets Streamlit's signed HttpOnly identity cookie. A static build "
        "says login needs a server (no place for the client secret).",
        impl="stbundle.runtime_py.auth:login",
        draws=False,
    ),
    Command(
        "logout",
        "Forgets the session's user; in `bundle serve` the page follows auth/logout, which "
        "clears the identity cookie and ends the provider's session (end_session_endpoint).",
        impl="stbundle.runtime_py.auth:logout",
        draws=False,
    ),
    Command(
        "connection",
        "A connection to a data source: type 'sql' (SQLAlchemy; query() returns a cached "
        "DataFrame), a BaseConnection subclass or its dotted path, or the type in the "
        "secrets' [connections.<name>]. Snowflake's connections are not supported yet (a "
        "clear error).",
        impl="stbundle.runtime_py.connections.factory:connection",
        draws=False,
    ),
    Command(
        "get_option",
        "Reads a client.* or theme.* config option (config.toml, else Streamlit's default); "
        "other sections' options raise a clear error.",
        impl="stbundle.runtime_py.options:get_option",
        draws=False,
    ),
    Command(
        "set_option",
        "Sets one of Streamlit's scriptable client options for the process (stored and read "
        "back; the renderer has no toolbar or error-detail modes to apply them to yet).",
        impl="stbundle.runtime_py.options:set_option",
        draws=False,
    ),
]
