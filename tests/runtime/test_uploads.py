"""The session's upload store and the upload widgets' runtime behaviour: Streamlit's type
normalisation and name check (compared with Streamlit's own functions), the size and type
checks every upload passes, UploadedFile as a file, and when files are freed."""

from __future__ import annotations

from typing import Any

import pytest
from stbundle.runtime_py.errors import StreamlitAPIException
from stbundle.runtime_py.uploads import (
    UploadedFile,
    UploadRefused,
    UploadStore,
    check_file_name,
    normalize_types,
)
from streamlit.elements.lib.file_uploader_utils import (
    enforce_filename_restriction,
    normalize_upload_file_type,
)
from streamlit.errors import StreamlitAPIException as RealAPIException
from streamlit.testing.v1 import AppTest as RealAppTest

from stbundle.testing import AppTest

TYPES = [
    "csv",
    ["CSV", ".txt", "image", "Image/PNG", " audio ", ""],
    ["jpg"],
    [".jpeg", "mpeg4", "tif", ".htm"],
    ["video/*", "pdf"],
]


@pytest.mark.parametrize("types", TYPES, ids=str)
def test_types_are_normalised_as_streamlit_does(types: object) -> None:
    assert normalize_types(types) == list(normalize_upload_file_type(types))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "types"),
    [
        ("a.csv", [".csv"]),
        ("A.CSV", [".csv"]),
        ("a.exe", [".csv", ".txt"]),
        ("noext", [".csv"]),
        ("a.png", ["image/*", ".csv"]),
        ("a\0.csv", [".csv"]),
    ],
)
def test_names_are_checked_as_streamlit_does(name: str, types: list[str]) -> None:
    try:
        enforce_filename_restriction(name, types)
        expected = None
    except RealAPIException as exc:
        expected = str(exc)
    try:
        check_file_name(name, types)
        got = None
    except StreamlitAPIException as exc:
        got = str(exc)
    assert got == expected


def test_an_uploaded_file_reads_like_a_file() -> None:
    f = UploadedFile("id1", "a.txt", "text/plain", b"hello")
    assert (f.name, f.type, f.size, f.file_id) == ("a.txt", "text/plain", 5, "id1")
    assert f.read() == b"hello" and f.read() == b""
    assert f.getvalue() == b"hello"
    f.seek(1)
    assert f.read(2) == b"el"
    assert f == UploadedFile("id1", "other", "", b"") and f != UploadedFile("id2", "a", "", b"")


def test_the_store_checks_size_type_widget_and_session() -> None:
    store = UploadStore(default_max_mb=1)
    store.set_policy("w", normalize_types(["csv"]), None)
    store.set_policy("img", normalize_types(["image"]), 2)
    with pytest.raises(UploadRefused, match=r"^File must be 1\.0MB or smaller\.$") as big:
        store.add("w", "a.csv", "text/csv", b"x" * (1024 * 1024 + 1))
    assert big.value.status == 413
    with pytest.raises(UploadRefused, match=r"Invalid file extension: `\.exe`") as wrong:
        store.add("w", "a.exe", "", b"x")
    assert wrong.value.status == 415
    with pytest.raises(UploadRefused, match=r"^text/plain files are not allowed\.$"):
        store.add("img", "a.txt", "text/plain", b"x")
    assert store.add("img", "a.png", "image/png", b"x" * (1024 * 1024 + 1))
    with pytest.raises(UploadRefused) as unknown:
        store.add("nope", "a.csv", "", b"x")
    assert unknown.value.status == 404
    file_id = store.add("w", "a.csv", "text/csv", b"1,2")
    assert [f.name for f in store.files([(file_id, "w")])] == ["a.csv"]
    assert store.files([(file_id, "img")]) == []  # not this widget's file
    store.close()
    assert len(store) == 0
    with pytest.raises(UploadRefused, match="session has ended") as ended:
        store.add("w", "b.csv", "", b"x")
    assert ended.value.status == 410


def test_claimed_files_are_freed_once_no_run_holds_them() -> None:
    store = UploadStore()
    store.set_policy("w", [], None)
    kept, fresh = store.add("w", "a", "", b"a"), store.add("w", "b", "", b"b")
    store.files([(kept, "w")])
    store.run_finished({"w"})
    assert len(store) == 2  # `fresh` waits for its widget state
    store.hold([kept])
    store.run_finished({"w"})
    assert len(store) == 2
    store.run_finished({"w"})  # `kept` no longer held; `fresh` still unclaimed
    assert [f.name for f in store.files([(fresh, "w")])] == ["b"]
    assert store.files([(kept, "w")]) == []
    store.run_finished(set())
    assert store.policy("w") is None  # the widget is gone: its uploads are refused


SCRIPT = """
import streamlit as st
st.session_state.setdefault("log", [])
def changed():
    st.session_state.log.append("changed")
f = st.file_uploader("File", key="f", on_change=changed)
st.write(f"{None if f is None else f.name}|{st.session_state.log}")
msg = st.chat_input("Say", accept_file=True)
if msg:
    st.write(f"msg {msg.text!r} {[x.getvalue() for x in msg.files]}")
"""


def test_on_change_runs_once_per_change_and_removal_frees_the_file() -> None:
    at = AppTest.from_string(SCRIPT).run()
    at.file_uploader[0].set_value(("a.txt", b"A", "text/plain")).run()
    assert at.markdown[0].value == "a.txt|['changed']"
    at.run()
    assert at.markdown[0].value == "a.txt|['changed']"
    store = at._session.uploads  # type: ignore[union-attr]
    assert len(store) == 1
    at.file_uploader[0].clear().run()
    assert at.markdown[0].value == "None|['changed', 'changed']"
    assert len(store) == 0


def test_chat_files_live_for_their_one_run() -> None:
    at = AppTest.from_string(SCRIPT).run()
    at.chat_input[0].upload("n.txt", b"note").set_value("hi").run()
    assert at.markdown[1].value == "msg 'hi' [b'note']"
    assert len(at._session.uploads) == 0  # type: ignore[union-attr]
    at.run()
    assert len(at.markdown) == 1


def test_a_widget_without_accept_file_takes_no_files() -> None:
    at = AppTest.from_string('import streamlit as st\nst.chat_input("x")').run()
    from stbundle.runtime_py.testing.errors import AppTestError

    with pytest.raises(AppTestError, match="does not accept files"):
        at.chat_input[0].upload("a.txt", b"a")


BAD_STAGING = [
    ('st.camera_input("c")', lambda w: w.set_value(("a.png", b"x", "image/jpeg"))),
    ('st.camera_input("c")', lambda w: w.set_value(("a.jpg", b"x", "image/png"))),
    ('st.camera_input("c")', lambda w: w.set_value([("a.jpg", b"x", "image/jpeg")])),
    ('st.camera_input("c")', lambda w: w.set_value("a.jpg")),
    ('st.audio_input("a")', lambda w: w.upload("a.mp3", b"x")),
    ('st.audio_input("a")', lambda w: w.set_value(("a.wav", b"x", "audio/mpeg"))),
    ('st.chat_input("m", accept_file=True, file_type="txt")', lambda w: w.upload("a.exe", b"x")),
    ('st.chat_input("m", accept_file=True)', lambda w: w.upload("", b"x")),
    ('st.chat_input("m", accept_file=True)', lambda w: w.upload("a", "text")),
    ('st.chat_input("m")', lambda w: w.clear()),
    ('st.file_uploader("f", disabled=True)', lambda w: w.upload("a", b"x")),
]


@pytest.mark.parametrize(("call", "stage"), BAD_STAGING, ids=[c for c, _ in BAD_STAGING])
def test_bad_staging_is_refused_as_streamlits_apptest_does(call: str, stage: Any) -> None:
    from streamlit.testing.v1 import AppTest as RealAppTest

    messages = []
    for cls in (RealAppTest, AppTest):
        at = cls.from_string(f"import streamlit as st\n{call}\n").run()
        kind = call.split("(")[0].removeprefix("st.")
        with pytest.raises(Exception) as refused:
            stage(getattr(at, kind)[0])
        messages.append((type(refused.value).__name__, str(refused.value)))
    assert messages[0] == messages[1]


def test_apps_can_name_the_uploaded_file_type() -> None:
    script = """
import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile
f = st.file_uploader("f")
st.write(f"{isinstance(f, UploadedFile)} {f.name if f else None}")
"""
    at = AppTest.from_string(script).run()
    at.file_uploader[0].upload("a.txt", b"a").run()
    assert at.markdown[0].value == "True a.txt"


@pytest.mark.parametrize(
    ("widget", "good_name", "mime"),
    [("camera_input", "photo.jpg", "image/jpeg"), ("audio_input", "voice.wav", "audio/wav")],
)
@pytest.mark.parametrize("bad", ["wrong suffix", "wrong type", "a list", "not a tuple"])
def test_a_capture_staged_wrongly_is_refused_as_by_streamlit(
    widget: str, good_name: str, mime: str, bad: str
) -> None:
    value: Any = {
        "wrong suffix": ("capture.png", b"x", mime),
        "wrong type": (good_name, b"x", "text/plain"),
        "a list": [(good_name, b"x", mime)],
        "not a tuple": b"x",
    }[bad]
    script = f"import streamlit as st\nst.{widget}('Capture')\n"
    messages = []
    for app_test in (AppTest, RealAppTest):
        at = app_test.from_string(script).run()
        with pytest.raises(Exception) as refused:
            getattr(at, widget)[0].set_value(value)
        assert type(refused.value).__name__ == "AppTestError"
        messages.append(str(refused.value))
    assert messages[0] == messages[1]
