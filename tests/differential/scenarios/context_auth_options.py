"""Differential scenarios for st.context (what the browser says about itself, read as AppTest
seeds it), st.user / st.login / st.logout without authentication set up, and st.get_option /
st.set_option with Streamlit's errors."""

from __future__ import annotations

from tests.differential.scenario import Scenario

_CONTEXT_SCRIPT = """
import streamlit as st
c = st.context
st.write("url:", str(c.url), "locale:", str(c.locale), "tz:", str(c.timezone))
st.write("offset:", str(c.timezone_offset), "embedded:", str(c.is_embedded))
st.write("theme:", str(c.theme.type), str(c["theme"]["type"]), str(dict(c.theme)))
st.write("headers:", str(c.headers.to_dict()), len(c.headers), str(c.headers.get_all("x")))
st.write("cookies:", str(c.cookies.to_dict()))
st.write("keys:", "url" in c, "nope" in c)
try:
    c["nope"]
except KeyError as e:
    st.write("KeyError", str(e))
"""

CONTEXT = Scenario(
    name="context",
    script=_CONTEXT_SCRIPT,
    context={
        "timezone": "Europe/Berlin",
        "timezone_offset": -60,
        "locale": "de-DE",
        "url": "http://localhost:8501/",
        "is_embedded": True,
        "theme": "dark",
    },
)

CONTEXT_UNSET = Scenario(name="context_unset", script=_CONTEXT_SCRIPT)

USER_WITHOUT_AUTH = Scenario(
    name="user_without_auth",
    script="""
import streamlit as st
st.write("user:", str(st.user.to_dict()), len(st.user), "email" in st.user)
st.write("email:", st.user.email, st.user["email"], str(st.user.get("name")))
for read in [lambda: st.user.is_logged_in, lambda: st.user["name"]]:
    try:
        read()
    except Exception as e:
        st.write(type(e).__name__, str(e))
for write in [lambda: setattr(st.user, "email", "x"), lambda: st.user.__setitem__("a", "b")]:
    try:
        write()
    except Exception as e:
        st.write(type(e).__name__, str(e))
st.write("tokens:", str(st.user.tokens.to_dict()))
for provider in [None, "google"]:
    try:
        st.login(provider)
    except Exception as e:
        st.write("login", type(e).__name__, str(e))
if st.button("log out"):
    st.logout()
st.write("after:", str(st.user.to_dict()))
""",
    steps=[lambda at: at.button[0].click().run(), lambda at: at.run()],
)

LOGGED_OUT_USER = Scenario(
    name="logged_out_user",
    script="""
import streamlit as st
if st.user.is_logged_in:
    st.write("hello", st.user.name)
    if st.button("log out"):
        st.logout()
else:
    st.write("please log in")
st.write(str(st.user.to_dict()))
""",
    user={"is_logged_in": True, "name": "Ada", "email": "ada@example.com"},
    steps=[lambda at: at.button[0].click().run(), lambda at: at.run()],
)

OPTIONS = Scenario(
    name="get_set_option",
    script="""
import streamlit as st
for key in ["theme.primaryColor", "theme.base", "client.showErrorDetails", "client.toolbarMode",
            "client.showSidebarNavigation", "client.disableDataExport"]:
    st.write(key, str(st.get_option(key)))
for key, value in [("client.toolbarMode", "minimal"), ("theme.primaryColor", "#f00"),
                   ("server.port", 1), ("nope.x", 1)]:
    try:
        st.set_option(key, value)
        st.write("set", key, str(st.get_option(key)))
    except Exception as e:
        st.write(type(e).__name__, str(e))
st.set_option("client.toolbarMode", "auto")
try:
    st.get_option("nope.x")
except Exception as e:
    st.write(type(e).__name__, str(e))
""",
)

SCENARIOS = [CONTEXT, CONTEXT_UNSET, USER_WITHOUT_AUTH, LOGGED_OUT_USER, OPTIONS]
