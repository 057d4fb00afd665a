"""The upload route: a file PUT for a session's file uploader reaches its script; oversized,
wrong-type, truncated, foreign-origin uploads, ids of another session and uploads after the
session ended are refused with a clear message, and nothing is written to disk."""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.server.app import create_app
from stbundle.server.settings import ServerSettings

from tests.server.client import PageClient
from tests.server.live import LiveServer

APP = """
    import streamlit as st
    f = st.file_uploader("Data", type=["csv"], max_upload_size=1)
    if f is not None:
        st.write(f"{f.name}: {f.size} bytes, {f.getvalue().decode()}")
    else:
        st.write("no file")
"""


def _upload(
    server: LiveServer, page: PageClient, name: str, body: bytes, **headers: str
) -> httpx.Response:
    return httpx.put(
        f"{server.url}upload/{page.session_id}",
        params={"widget": page.widgets["Data"], "name": name},
        content=body,
        headers={"Content-Type": "text/csv", **headers},
    )


def _send_files(page: PageClient, *file_ids: str) -> None:
    msg = pb.BackMsg()
    state = msg.rerun.widget_states.widgets.add()
    state.id = page.widgets["Data"]
    state.file_uploader_state_value.SetInParent()
    for file_id in file_ids:
        state.file_uploader_state_value.files.add(file_id=file_id, name="x", size=0)
    page.send(msg)


def test_an_upload_reaches_the_script_and_is_freed_when_removed(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = serve(write_app("up.py", APP))
    page = pages(server.ws_url)
    assert page.run().texts() == ["no file"]
    # This process's temporary files go to a folder of its own (other processes share /tmp).
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    answer = _upload(server, page, "data.csv", b"a,b\n1,2")
    assert answer.status_code == 200, answer.text
    file_id = answer.json()["file_id"]
    _send_files(page, file_id)
    assert page.settled_run().texts() == ["data.csv: 7 bytes, a,b\n1,2"]
    assert os.listdir(private_tmp) == []  # kept in memory only
    store = server.app.state.registry.get(page.session_id).app.uploads
    assert len(store) == 1
    _send_files(page)  # the person removed it
    assert page.settled_run().texts() == ["no file"]
    assert len(store) == 0
    deleted = httpx.delete(f"{server.url}upload/{page.session_id}/{file_id}")
    assert deleted.status_code == 404


def test_oversized_wrong_type_and_unknown_widget_are_refused_with_messages(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("up.py", APP))
    page = pages(server.ws_url)
    page.run()
    big = _upload(server, page, "big.csv", b"x" * (1024 * 1024 + 1))
    assert (big.status_code, big.text) == (413, "File must be 1.0MB or smaller.")
    wrong = _upload(server, page, "run.exe", b"MZ")
    assert wrong.status_code == 415
    assert wrong.text == "Invalid file extension: `.exe`. Allowed: ['.csv']"
    unknown = httpx.put(
        f"{server.url}upload/{page.session_id}", params={"widget": "nope", "name": "a.csv"}
    )
    assert unknown.status_code == 404
    store = server.app.state.registry.get(page.session_id).app.uploads
    assert len(store) == 0


def test_the_server_default_limit_is_its_setting(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    app = write_app("up.py", 'import streamlit as st\nst.file_uploader("Data")\n')
    server = serve(app, max_upload_size_mb=2)
    page = pages(server.ws_url)
    (el,) = [e.file_uploader for e in page.run().elements() if e.HasField("file_uploader")]
    assert el.max_upload_size_mb == 2
    big = _upload(server, page, "a.bin", b"x" * (2 * 1024 * 1024 + 10))
    assert (big.status_code, big.text) == (413, "File must be 2.0MB or smaller.")
    assert _upload(server, page, "a.bin", b"x" * 1000).status_code == 200


def test_other_sessions_foreign_origins_and_ended_sessions_are_refused(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("up.py", APP), reconnect_grace_seconds=0.05)
    first, second = pages(server.ws_url), pages(server.ws_url)
    first.run()
    second.run()
    file_id = _upload(server, first, "data.csv", b"1").json()["file_id"]
    # The second page names the first page's file: its script never sees it.
    second.widgets["Data"] = first.widgets["Data"]
    _send_files(second, file_id)
    assert second.settled_run().texts() == ["no file"]
    foreign = _upload(server, first, "data.csv", b"1", Origin="https://evil.example")
    assert (foreign.status_code, foreign.text) == (403, "origin not allowed")
    rebound = _upload(server, first, "data.csv", b"1", Host="evil.example")  # DNS rebinding
    assert rebound.status_code == 403
    session_id = first.session_id
    widget = first.widgets["Data"]
    first.close()
    registry = server.app.state.registry
    for _ in range(100):
        if registry.get(session_id) is None:
            break
        asyncio.run(asyncio.sleep(0.05))
    late = httpx.put(
        f"{server.url}upload/{session_id}",
        params={"widget": widget, "name": "data.csv"},
        content=b"1",
    )
    assert late.status_code == 410
    assert "session has ended" in late.text


def test_a_truncated_upload_keeps_nothing(tmp_path: Path) -> None:
    """The client sends part of the declared body and disconnects: 400, nothing stored."""
    script = tmp_path / "up.py"
    script.write_text('import streamlit as st\nst.file_uploader("Data")\n')
    app = create_app(script, settings=ServerSettings(watch=False))
    registry = app.state.registry

    from stbundle.runtime_py.app_session import AppSession

    session = registry.get("x")
    assert session is None
    # A session as the registry would hold it, with the widget drawn.
    fake = type("S", (), {})()
    fake.app = AppSession(script, lambda m: None)
    fake.app.uploads.set_policy("w", [], None)
    registry._sessions["sid"] = fake
    sent: list[dict[str, object]] = []
    bodies = [
        {"type": "http.request", "body": b"12345", "more_body": True},
        {"type": "http.disconnect"},
    ]

    async def receive() -> dict[str, object]:
        return bodies.pop(0) if bodies else {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "PUT",
        "path": "/upload/sid",
        "raw_path": b"/upload/sid",
        "root_path": "",
        "scheme": "http",
        "query_string": b"widget=w&name=a.bin",
        "headers": [(b"host", b"localhost"), (b"content-length", b"100")],
        "server": ("localhost", 80),
        "client": ("127.0.0.1", 1),
    }

    async def call() -> None:
        await app.router(scope, receive, send)  # type: ignore[arg-type]

    asyncio.run(call())
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert start["status"] == 400
    assert len(fake.app.uploads) == 0


CHAT_APP = """
    import streamlit as st
    msg = st.chat_input("Say", accept_file=True, file_type=["txt"], accept_audio=True)
    if msg is None:
        st.write("nothing")
    else:
        audio = msg.audio and (msg.audio.name, msg.audio.type, msg.audio.size)
        st.write(f"{msg.text} | {[f.name for f in msg.files]} | {audio}")
"""


def test_a_chat_message_carries_its_files_and_voice_recording(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    """The first upload of a page whose only upload widget is a chat input is taken (its
    policy is set even while the session holds no file), a WAV recording is taken beside the
    allowed types, and other types are still refused."""
    server = serve(write_app("chat.py", CHAT_APP))
    page = pages(server.ws_url)
    assert page.run().texts() == ["nothing"]

    def put(name: str, body: bytes, mimetype: str) -> httpx.Response:
        url = f"{server.url}upload/{page.session_id}"
        params = {"widget": page.widgets["Say"], "name": name}
        return httpx.put(url, params=params, content=body, headers={"Content-Type": mimetype})

    note = put("note.txt", b"hi", "text/plain")
    assert note.status_code == 200, note.text
    voice = put("2026-12-01T20-40_audio.wav", b"RIFF....WAVE", "audio/wav")
    assert voice.status_code == 200, voice.text
    assert put("tune.mp3", b"ID3", "audio/mpeg").status_code == 415
    msg = pb.BackMsg()
    state = msg.rerun.widget_states.widgets.add()
    state.id = page.widgets["Say"]
    state.string_trigger_value = "hello"
    state.files.files.add(file_id=note.json()["file_id"], name="note.txt", size=2)
    state.files.audio.file_id = voice.json()["file_id"]
    page.send(msg)
    assert page.settled_run().texts() == [
        "hello | ['note.txt'] | ('2026-12-01T20-40_audio.wav', 'audio/wav', 12)"
    ]
