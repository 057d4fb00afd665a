"""st.context in serve mode: headers, cookies and the peer from the WebSocket handshake, what
the page says about itself from `?context=` and from each rerun request."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb

from tests.server.client import PageClient
from tests.server.live import LiveServer

APP = """
    import streamlit as st
    c = st.context
    st.write(f"agent={c.headers.get('user-agent')} all={c.headers.get_all('X-Team')}")
    st.write(f"cookies={c.cookies.to_dict()} ip={c.ip_address}")
    st.write(f"url={c.url} locale={c.locale} tz={c.timezone} offset={c.timezone_offset}")
    st.write(f"theme={c.theme.type} embedded={c.is_embedded}")
    st.write(f"user={st.user.to_dict()}")
"""


def test_context_comes_from_the_handshake_and_the_page(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("ctx.py", APP))
    said = {
        "url": "http://example.test/app/",
        "locale": "de-DE",
        "timezone": "Europe/Berlin",
        "timezoneOffset": -60,
        "colorScheme": "dark",
        "isEmbedded": False,
    }
    page = pages(
        server.ws_url,
        context=json.dumps(said),
        headers={"User-Agent": "probe/1", "X-Team": "a", "Cookie": "flavour=mint; size=2"},
    )
    texts = page.settled_run().texts()
    assert "agent=probe/1 all=['a']" in texts
    # The test client connects from the loopback address, which Streamlit reports as None.
    assert "cookies={'flavour': 'mint', 'size': '2'} ip=None" in texts
    assert "url=http://example.test/app locale=de-DE tz=Europe/Berlin offset=-60" in texts
    assert "theme=dark embedded=False" in texts
    assert "user={}" in texts  # no login: Streamlit's session user is empty

    # A rerun request carries the page's newest facts (the person switched to the light theme).
    msg = pb.BackMsg()
    msg.rerun.context.color_scheme = "light"
    msg.rerun.context.locale = "fr-FR"
    page.send(msg)
    texts = page.settled_run().texts()
    assert "theme=light embedded=None" in texts
    assert "url=None locale=fr-FR tz=None offset=None" in texts


def test_a_malformed_context_reads_as_none(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("ctx.py", APP))
    for bad in ["{not json", '["a list"]', '{"timezoneOffset": "soon"}', '{"locale": 5}']:
        page = pages(server.ws_url, context=bad)
        texts = page.settled_run().texts()
        assert "url=None locale=None tz=None offset=None" in texts, bad
