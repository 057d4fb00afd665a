"""st.context, st.user / st.login, st.get_option / st.set_option, and st.datetime_input's
format errors: the parts the differential scenarios cannot reach (a real peer address,
headers, config.toml, process-wide options, parameters that warn as not honoured)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py import options
from stbundle.runtime_py.browser_context import (
    MAX_CONTEXT_JSON,
    ClientFacts,
    StreamlitHeaders,
    client_context_from_json,
)
from stbundle.runtime_py.testing.errors import AppTestError
from streamlit.testing.v1 import AppTest as StreamlitAppTest

from stbundle.testing import AppTest


def _texts(at: object) -> list[str]:
    return [str(m.value) for m in at.markdown]  # type: ignore[attr-defined]


def test_headers_are_case_insensitive_and_keep_repeats() -> None:
    headers = StreamlitHeaders([("content-TYPE", "a"), ("X-Id", "1"), ("x-id", "2")])
    assert headers["Content-Type"] == "a"
    assert headers.get_all("X-ID") == ["1", "2"]
    assert headers.to_dict() == {"Content-Type": "a", "X-Id": "1"}
    with pytest.raises(KeyError):
        headers["missing"]


def test_page_context_json_is_checked() -> None:
    good = client_context_from_json('{"locale": "en-GB", "timezoneOffset": 0}')
    assert good is not None and good.locale == "en-GB" and good.HasField("timezone_offset")
    assert not good.HasField("url")
    assert client_context_from_json('{"locale": "' + "x" * MAX_CONTEXT_JSON + '"}') is None
    assert client_context_from_json("") is None
    assert client_context_from_json("[1]") is None


SCRIPT = """
import streamlit as st
st.write(f"ip={st.context.ip_address} agent={st.context.headers.get('user-agent')}")
st.write(f"cookies={st.context.cookies.to_dict()}")
"""


@pytest.mark.parametrize(("peer", "shown"), [("203.0.113.9", "203.0.113.9"), ("::1", "None")])
def test_ip_address_and_headers_come_from_the_connection(peer: str, shown: str) -> None:
    at = AppTest.from_string(SCRIPT)
    at.run()
    session = at._session
    assert session is not None
    session.client = ClientFacts(
        headers=[("User-Agent", "probe")], cookies={"k": "v"}, remote_ip=peer
    )
    at.run()
    assert _texts(at) == [f"ip={shown} agent=probe", "cookies={'k': 'v'}"]


def test_apptest_context_is_checked_as_streamlit_checks_it() -> None:
    for bad, message in [
        ({"ip_address": "1.2.3.4"}, "AppTest.context does not support 'ip_address'."),
        ({"timezone_offset": True}, "AppTest.context['timezone_offset'] must be int, not bool."),
        ({"theme": "blue"}, "AppTest.context['theme'] must be 'light' or 'dark', not 'blue'."),
    ]:
        for cls, error in ((AppTest, AppTestError), (StreamlitAppTest, Exception)):
            at = cls.from_string("import streamlit as st")
            at.context = bad
            with pytest.raises(error) as raised:
                at.run()
            assert str(raised.value).startswith(message)


def test_login_checks_the_auth_section_as_streamlit() -> None:
    at = AppTest.from_string(
        """
import streamlit as st
st.write(f"logged in: {st.user.is_logged_in}")
try:
    st.login("google")
except Exception as e:
    st.write(type(e).__name__, str(e))
"""
    )
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback"}
    at.user = {}
    at.run()
    assert _texts(at)[0] == "logged in: False"
    assert _texts(at)[1] == (
        "StreamlitAuthError Authentication credentials in `.streamlit/secrets.toml` are "
        'missing the\n            "cookie_secret" key. Please check your configuration.'
    )


def test_get_option_reads_config_toml(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[theme]\nprimaryColor = "#123456"\n[theme.sidebar]\nbackgroundColor = "#eee"\n'
        '[client]\ntoolbarMode = "viewer"\n[server]\nenableStaticServing = true\n',
        encoding="utf-8",
    )
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\n"
        "for k in ['theme.primaryColor', 'theme.sidebar.backgroundColor', 'client.toolbarMode',"
        " 'theme.textColor', 'server.enableStaticServing']:\n"
        "    st.write(k, str(st.get_option(k)))\n"
        "try:\n    st.get_option('server.port')\nexcept Exception as e:\n"
        "    st.write(type(e).__name__, str(e))\n",
        encoding="utf-8",
    )
    at = AppTest.from_file(str(app)).run()
    assert _texts(at)[:5] == [
        "theme.primaryColor #123456",
        "theme.sidebar.backgroundColor #eee",
        "client.toolbarMode viewer",
        "theme.textColor None",
        "server.enableStaticServing False",  # stbundle serves no ./static, whatever the file says
    ]
    assert _texts(at)[5].startswith('StreamlitAPIException Config option "server.port" is not')


def test_set_option_holds_for_every_session() -> None:
    script = "import streamlit as st\nst.write(str(st.get_option('client.showErrorDetails')))"
    try:
        options.set_option("client.showErrorDetails", "type")
        assert _texts(AppTest.from_string(script).run()) == ["type"]
        assert _texts(AppTest.from_string(script).run()) == ["type"]
    finally:
        options._overrides.clear()
    assert _texts(AppTest.from_string(script).run()) == ["full"]


def test_datetime_input_format_errors_match_streamlit() -> None:
    script = """
import streamlit as st
for fmt in ["YYYY MM DD", 3]:
    try:
        st.datetime_input("x", None, format=fmt)
    except Exception as e:
        st.error(f"{type(e).__name__} {e}")
"""
    logging.disable(logging.WARNING)
    try:
        want = [e.value for e in StreamlitAppTest.from_string(script).run().error]
    finally:
        logging.disable(logging.NOTSET)
    got = [e.value for e in AppTest.from_string(script).run().error]
    assert got == want and len(want) == 2


def test_rerun_request_context_reaches_the_session() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write(str(st.context.locale))").run()
    session = at._session
    assert session is not None
    msg = pb.BackMsg()
    msg.rerun.context.locale = "ja-JP"
    assert session.handle_back_msg(msg)
    session.run_pending()
    assert session.client.browser is not None and session.client.browser.locale == "ja-JP"
