"""st.chat_input's one-run value: messages that pile up are never merged away, the value is
reset after its run, bad values are refused, and the input sits at the bottom on the main area."""

from __future__ import annotations

from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession, RerunRequest
from stbundle.runtime_py.chat import avatar_of, is_emoji

from stbundle.testing import AppTest

CHAT_APP = """
import streamlit as st
st.session_state.setdefault("seen", [])
for i in range(20):
    st.text(f"history {i}")
prompt = st.chat_input("Say")
if prompt:
    st.session_state.seen.append(prompt)
"""


def _message(widget_id: str, text: str) -> pb.WidgetStates:
    states = pb.WidgetStates()
    state = states.widgets.add()
    state.id = widget_id
    state.string_trigger_value = text
    return states


def _session(tmp_path: Path, sent: list[pb.ForwardMsg]) -> AppSession:
    app = tmp_path / "app.py"
    app.write_text(CHAT_APP)
    session = AppSession(app, sent.append)
    assert session.start()
    session.run_pending()
    return session


def _chat_input_id(sent: list[pb.ForwardMsg]) -> str:
    for msg in sent:
        if msg.delta.new_element.WhichOneof("type") == "chat_input":
            return str(msg.delta.new_element.chat_input.common.id)
    raise AssertionError("no chat input was drawn")


def test_two_messages_sent_before_a_run_both_reach_the_script_in_order(tmp_path: Path) -> None:
    sent: list[pb.ForwardMsg] = []
    session = _session(tmp_path, sent)
    wid = _chat_input_id(sent)
    assert session.request_rerun(RerunRequest(widget_states=_message(wid, "first")))
    assert not session.request_rerun(RerunRequest(widget_states=_message(wid, "second")))
    session.run_pending()
    assert session.state["seen"] == ["first", "second"]
    # The value lived for its run only.
    assert session.state[wid] is None


def test_a_message_and_a_plain_rerun_still_merge(tmp_path: Path) -> None:
    older = RerunRequest(widget_states=_message("$$ID-c-None", "hello"))
    assert older.can_merge(RerunRequest())
    merged = older.merged_with(RerunRequest(widget_states=pb.WidgetStates()))
    assert merged.widget_states is not None
    assert [s.string_trigger_value for s in merged.widget_states.widgets] == ["hello"]
    assert not older.can_merge(RerunRequest(widget_states=_message("$$ID-c-None", "again")))
    assert older.can_merge(RerunRequest(widget_states=_message("$$ID-other-None", "x")))


def test_a_message_sent_during_a_run_is_not_lost(tmp_path: Path) -> None:
    sent: list[pb.ForwardMsg] = []
    session = _session(tmp_path, sent)
    wid = _chat_input_id(sent)
    fired = []

    def send(msg: pb.ForwardMsg) -> None:
        sent.append(msg)
        if msg.delta.new_element.text.body == "history 3" and not fired:
            fired.append(1)
            session.request_rerun(RerunRequest(widget_states=_message(wid, "two")))
            session.request_rerun(RerunRequest(widget_states=_message(wid, "three")))

    session._send = send  # type: ignore[method-assign]
    session.request_rerun(RerunRequest(widget_states=_message(wid, "one")))
    session.run_pending()
    # The run carrying "one" is not interrupted: every message reaches the script, in order.
    assert session.state["seen"] == ["one", "two", "three"]


def test_a_wrongly_typed_value_is_refused_not_raised(tmp_path: Path) -> None:
    sent: list[pb.ForwardMsg] = []
    session = _session(tmp_path, sent)
    wid = _chat_input_id(sent)
    bad = pb.WidgetStates()
    state = bad.widgets.add()
    state.id = wid
    state.double_value = 3.0
    assert session.state.set_widgets_from_client(bad) == [wid]


def test_the_input_on_the_main_area_goes_to_the_bottom_root(tmp_path: Path) -> None:
    sent: list[pb.ForwardMsg] = []
    _session(tmp_path, sent)
    paths = [
        list(m.metadata.delta_path)
        for m in sent
        if m.delta.new_element.WhichOneof("type") == "chat_input"
    ]
    assert paths == [[pb.RootContainer.BOTTOM, 0]]


def test_avatars_follow_streamlits_rules() -> None:
    icon, emoji, image = (pb.Block.ChatMessage.ICON, pb.Block.ChatMessage.EMOJI,
                          pb.Block.ChatMessage.IMAGE)  # fmt: skip
    ref = pb.MediaRef()
    assert avatar_of("ai", ref) == (icon, "assistant")
    assert avatar_of("human", ref) == (icon, "user")
    assert avatar_of("🧑‍💻", ref) == (emoji, "🧑‍💻")
    assert ref == pb.MediaRef()
    assert avatar_of("https://example.com/a.png", ref) == (image, "https://example.com/a.png")
    assert ref == pb.MediaRef(url="https://example.com/a.png")
    assert is_emoji("🦖") and not is_emoji("Bob") and not is_emoji("")


def test_an_image_avatar_is_a_session_media_file(tmp_path: Path) -> None:
    """A PIL image, a NumPy array or a local file as avatar: served on the media channel;
    an avatar that is no image gets Streamlit's error."""
    (tmp_path / "face.png").write_bytes(_png())
    script = f"""
import numpy as np
import streamlit as st
from PIL import Image

st.chat_message("user", avatar=Image.new("RGB", (4, 4), "red")).write("pil")
st.chat_message("assistant", avatar=np.zeros((3, 3, 3), dtype=np.uint8)).write("array")
st.chat_message("user", avatar={str(tmp_path / "face.png")!r}).write("file")
try:
    st.chat_message("user", avatar="no/such/face.png")
except Exception as e:
    st.text(f"{{type(e).__name__}}: {{e}}")
"""
    at = AppTest.from_string(script).run()
    messages = at.chat_message
    assert [m.markdown[0].value for m in messages] == ["pil", "array", "file"]
    for message in messages:
        ref = message.proto.avatar_image
        assert message.proto.avatar_type == pb.Block.ChatMessage.IMAGE and ref.media_id
        kept = at._session.media.get(ref.media_id)
        assert kept is not None and kept.mimetype.startswith("image/")
    assert at.text[0].value == (
        "StreamlitAPIException: Failed to load the provided avatar value as an image."
    )


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (2, 2), "blue").save(out, format="PNG")
    return out.getvalue()


def test_a_cached_chat_message_keeps_its_avatar_image() -> None:
    """Replayed from st.cache_data, the message's avatar file is the replaying run's too."""
    script = """
import streamlit as st
from PIL import Image

@st.cache_data
def show():
    st.chat_message("user", avatar=Image.new("RGB", (4, 4), "red")).write("cached")

show()
st.button("again")
"""
    at = AppTest.from_string(script).run()
    at = at.button[0].click().run()  # the function's output replayed; the last run's files freed
    ref = at.chat_message[0].proto.avatar_image
    assert at.chat_message[0].markdown[0].value == "cached"
    assert at._session.media.get(ref.media_id) is not None
