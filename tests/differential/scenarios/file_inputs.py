"""Differential scenarios for the upload widgets: st.file_uploader (one file, several,
types, clearing, on_change), st.camera_input, st.audio_input and st.chat_input(accept_file=...):
the script reads the same names, types, sizes and bytes under both AppTests, and bad
arguments are refused with Streamlit's messages."""

from __future__ import annotations

from typing import Any

from tests.differential.scenario import Scenario

UPLOADER = Scenario(
    name="file_uploader",
    script="""
import streamlit as st
st.session_state.setdefault("changes", 0)
def changed():
    st.session_state.changes += 1
one = st.file_uploader("One CSV", type=["csv", "TXT"], key="one", on_change=changed)
if one is not None:
    st.text(f"{one.name} {one.type} {one.size} {one.read()!r} {one.read()!r}")
    one.seek(0)
    st.text(f"again {one.read(3)!r} {one.getvalue()!r} file_id set: {bool(one.file_id)}")
many = st.file_uploader("Many", accept_multiple_files=True, help="any files")
st.text(f"many: {[(f.name, f.size) for f in many]} changes={st.session_state.changes}")
folder = st.file_uploader("Folder", accept_multiple_files="directory", disabled=True)
st.text(f"folder: {folder!r}")
hidden = st.file_uploader("Hidden", type="image", label_visibility="collapsed")
st.text(f"hidden: {hidden!r}")
for bad in [dict(max_upload_size=0), dict(max_upload_size=True), dict(on_change="later")]:
    try:
        st.file_uploader("Bad", **bad)
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
try:
    st.session_state.one = None
except Exception as e:
    st.text(type(e).__name__)
""",
    steps=[
        lambda at: at.file_uploader[0].set_value(("data.csv", b"a,b\\n1,2", "text/csv")).run(),
        lambda at: at.run(),
        lambda at: at.file_uploader[1].upload("x.bin", b"\\x00\\x01").upload("y.txt", b"hi").run(),
        lambda at: at.file_uploader[0].set_value(("notes.txt", b"t", "text/plain")).run(),
        lambda at: at.file_uploader[1].clear().run(),
        lambda at: at.file_uploader[0].clear().run(),
    ],
)

RECORDERS = Scenario(
    name="camera_and_audio_input",
    script="""
import streamlit as st
photo = st.camera_input("Photo", resolution="720p", help="smile")
st.text(f"photo: {None if photo is None else (photo.name, photo.type, photo.size)}")
rec = st.audio_input("Voice", sample_rate=None, key="voice", on_change="ignore")
st.text(f"voice: {None if rec is None else (rec.name, rec.type, rec.getvalue())}")
for call in [lambda: st.camera_input("c", resolution="4k"),
             lambda: st.audio_input("a", sample_rate=12345)]:
    try:
        call()
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[
        lambda at: (
            at.camera_input[0].set_value(("shot.jpg", b"\\xff\\xd8jpeg", "image/jpeg")).run()
        ),
        lambda at: at.audio_input[0].upload("clip.wav", b"RIFFdata").run(),
        lambda at: at.run(),
        lambda at: at.camera_input[0].clear().run(),
    ],
)

CHAT_FILES = Scenario(
    name="chat_input_files",
    script="""
import streamlit as st
with st.container():
    one = st.chat_input("One", accept_file=True, file_type=["txt", ".md"], key="one")
    many = st.chat_input("Many", accept_file="multiple", max_upload_size=5, key="many")
for name, v in [("one", one), ("many", many)]:
    if v is not None:
        st.text(f"{name}: {v.text!r} {[(f.name, f.getvalue()) for f in v.files]} {v['text']!r}")
        st.text(f"{sorted(v.to_dict())} {len(v)} {'files' in v}")
try:
    st.chat_input("Bad", accept_file="folder")
except Exception as e:
    st.text(type(e).__name__ + ": " + str(e))
""",
    steps=[
        lambda at: (
            at.chat_input[0].upload("a.txt", b"A").upload("b.md", b"B").set_value("hi").run()
        ),
        lambda at: at.run(),
        lambda at: at.chat_input[1].upload("x.bin", b"1").upload("y.bin", b"2").run(),
        lambda at: at.chat_input[1].set_value("text only").run(),
    ],
)


def _stage_and_submit(at: Any) -> Any:
    at.file_uploader[0].set_value(("b.txt", b"bb", "text/plain"))
    at.camera_input[0].set_value(("p.jpg", b"jpg", "image/jpeg"))
    return at.button[0].click().run()


IN_FORMS = Scenario(
    name="file_inputs_in_forms",
    script="""
import streamlit as st
with st.form("f", clear_on_submit=True):
    f = st.file_uploader("In form")
    photo = st.camera_input("Photo in form")
    st.form_submit_button("Go")
st.text(f"seen: {None if f is None else (f.name, f.getvalue())} {photo and photo.name}")
""",
    steps=[
        lambda at: at.file_uploader[0].set_value(("a.txt", b"a", "text/plain")).run(),
        _stage_and_submit,
        lambda at: at.run(),
        lambda at: at.button[0].click().run(),
    ],
)

SCENARIOS = [UPLOADER, RECORDERS, CHAT_FILES, IN_FORMS]
