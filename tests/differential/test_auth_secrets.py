"""st.login / st.logout / st.user with an `[auth]` section in secrets.toml, under real Streamlit's
AppTest and stbundle's: the same checks of the section, in the same order, with the same
messages, and the same st.user (is_logged_in=False until a login). Both read the secrets file
from the working directory, as `streamlit run` does."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.runtime.secrets import secrets_singleton
from streamlit.testing.v1 import AppTest as StreamlitAppTest

from stbundle.testing import AppTest as StbundleAppTest
from tests.differential.snapshot import snapshot

SCRIPT = """
import streamlit as st
for provider in [None, "google", "a_b"]:
    try:
        st.login(provider)
        st.write("asked to log in with", str(provider))
    except Exception as e:
        st.write(type(e).__name__, str(e))
st.write(str(st.user.to_dict()), str(st.user.tokens.to_dict()))
if st.button("log out"):
    st.logout()
    st.write("after logout", str(st.user.to_dict()))
"""

_BASE = '[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\n'
_SECRET = 'cookie_secret = "a-long-random-cookie-secret"\n'
_DEFAULT = 'client_id = "c"\nclient_secret = "d"\nserver_metadata_url = "https://idp/.well-known"\n'
SECRETS = {
    "no_cookie_secret": _BASE,
    "no_provider_keys": _BASE + _SECRET,
    "some_default_keys": _BASE + _SECRET + 'client_id = "c"\n',
    "default_complete": _BASE + _SECRET + _DEFAULT,
    "named_not_a_table": _BASE + _SECRET + _DEFAULT + 'google = "x"\n',
    "named_incomplete": _BASE + _SECRET + '[auth.google]\nclient_id = "c"\n',
    "named_complete": _BASE
    + _SECRET
    + '[auth.google]\nclient_id = "g"\nclient_secret = "h"\nserver_metadata_url = "u"\n',
    "no_auth_section": "[other]\nkey = 1\n",
}


@pytest.fixture(autouse=True)
def quiet_streamlit() -> Iterator[None]:
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


def _snapshots(app_test: Any) -> list[dict[str, Any]]:
    at = app_test.from_string(SCRIPT, default_timeout=30)
    at.run()
    snaps = [snapshot(at, False)]
    at.button[0].click().run()
    snaps.append(snapshot(at, False))
    return snaps


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One working directory for every case: Streamlit resolves its secrets paths once. Its
    secrets file is gone afterwards and Streamlit's parsed secrets forgotten, so the tests
    after these see no secrets, as before them."""
    path = tmp_path_factory.mktemp("auth_secrets")
    (path / ".streamlit").mkdir()
    yield path
    (path / ".streamlit" / "secrets.toml").unlink(missing_ok=True)
    secrets_singleton._reset()


@pytest.mark.parametrize("name", sorted(SECRETS))
def test_login_reads_the_auth_section_as_streamlit(
    name: str, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / ".streamlit" / "secrets.toml").write_text(SECRETS[name])
    # Streamlit notices a changed secrets file through a polling thread, late under load (the
    # previous case's secrets were read: flaky): forget its parsed secrets now instead.
    secrets_singleton._reset()
    monkeypatch.chdir(workdir)
    expected = _snapshots(StreamlitAppTest)
    assert _snapshots(StbundleAppTest) == expected
