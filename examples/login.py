"""Log in with an OpenID Connect provider (Google, Microsoft, Okta, Auth0, ...): `bundle serve`
only, with Authlib installed (`pip install stbundle[auth]`) and `.streamlit/secrets.toml`:

    [auth]
    redirect_uri = "http://localhost:8501/oauth2callback"
    cookie_secret = "a long random string"
    client_id = "..."
    client_secret = "..."
    server_metadata_url = "https://accounts.google.com/.well-known/openid-configuration"

After the provider's page, st.user holds the ID token's claims until "Log out"; a reload keeps
the login (a signed, HttpOnly cookie)."""

import streamlit as st

st.title("Login")
if st.user.is_logged_in:
    st.write(f"Hello {st.user.name}")
    st.caption(f"Signed in as {st.user.email}")
    if st.button("Log out"):
        st.logout()
else:
    st.write("You are not logged in.")
    if st.button("Log in"):
        st.login()
