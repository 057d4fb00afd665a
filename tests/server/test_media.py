"""The media route: a session's download is served with its type, name and byte ranges; ids of
another session, unknown ids and foreign origins are refused; audio is served with its type and
byte ranges, and a closed session's files go with it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.server.client import PageClient
from tests.server.live import LiveServer

APP = """
    import streamlit as st
    st.download_button("Save", "0123456789", file_name="digits é.txt")
"""


def _media_url(server: LiveServer, page: PageClient) -> str:
    run = page.run()
    (button,) = [el.download_button for el in run.elements() if el.HasField("download_button")]
    assert button.media_id
    return f"{server.url}media/{page.session_id}/{button.media_id}"


def test_a_download_is_served_to_its_session(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("dl.py", APP))
    page = pages(server.ws_url)
    url = _media_url(server, page)
    whole = httpx.get(url)
    assert whole.status_code == 200
    assert whole.content == b"0123456789"
    assert whole.headers["content-type"].startswith("text/plain")
    assert "filename*=UTF-8''digits%20%C3%A9.txt" in whole.headers["content-disposition"]
    part = httpx.get(url, headers={"Range": "bytes=2-4"})
    assert (part.status_code, part.content) == (206, b"234")
    assert part.headers["content-range"] == "bytes 2-4/10"
    assert httpx.get(url, headers={"Range": "bytes=-3"}).content == b"789"
    assert httpx.get(url, headers={"Range": "bytes=20-"}).status_code == 416


def test_other_sessions_unknown_ids_and_foreign_origins_are_refused(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("dl.py", APP))
    first, second = pages(server.ws_url), pages(server.ws_url)
    url = _media_url(server, first)
    second.run()
    file_id = url.rsplit("/", 1)[1]
    assert httpx.get(f"{server.url}media/{second.session_id}/{file_id}").status_code == 404
    assert httpx.get(f"{server.url}media/{first.session_id}/nope").status_code == 404
    foreign = httpx.get(url, headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 403
    assert httpx.get(url, headers={"Origin": server.url.rstrip("/")}).status_code == 200


PLAYER_APP = """
    import streamlit as st
    st.image('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>')
    st.audio(bytes(range(256)) * 4, format="audio/ogg")
"""


def test_audio_is_served_with_its_type_and_byte_ranges(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("player.py", PLAYER_APP))
    page = pages(server.ws_url)
    elements = page.run().elements()
    (image,) = [el.imgs for el in elements if el.HasField("imgs")]
    assert image.imgs[0].url.startswith("data:image/svg+xml;base64,")  # no file needed
    (audio,) = [el.audio for el in elements if el.HasField("audio")]
    url = f"{server.url}media/{page.session_id}/{audio.source.media_id}"
    head = httpx.get(url, headers={"Range": "bytes=0-9"})
    assert (head.status_code, head.content) == (206, bytes(range(10)))
    assert head.headers["content-type"] == "audio/ogg"
    assert head.headers["content-range"] == "bytes 0-9/1024"
    assert "content-disposition" not in head.headers  # played in the page, not saved
    other = pages(server.ws_url)
    other.run()
    assert (
        httpx.get(f"{server.url}media/{other.session_id}/{audio.source.media_id}").status_code
        == 404
    )


def test_a_closed_sessions_files_are_gone_after_its_grace_period(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("player.py", PLAYER_APP), reconnect_grace_seconds=0.2)
    page = pages(server.ws_url)
    (audio,) = [el.audio for el in page.run().elements() if el.HasField("audio")]
    url = f"{server.url}media/{page.session_id}/{audio.source.media_id}"
    assert httpx.get(url).status_code == 200
    page.close()
    deadline = time.monotonic() + 5
    while httpx.get(url).status_code == 200 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert httpx.get(url).status_code == 404
