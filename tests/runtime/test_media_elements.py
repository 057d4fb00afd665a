"""st.image, st.audio, st.video and st.logo in the runtime: what goes into the session's media
files (types, bytes as Streamlit prepares them, scaling, WAV, WebVTT), what the element carries,
that files of an earlier run are freed, and that bytes work without Pillow (static builds)."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest
from PIL import Image
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession, RerunRequest
from stbundle.runtime_py.elements import image as image_module
from stbundle.runtime_py.media_files import MediaFile


def _png(size: tuple[int, int], mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (10, 20, 30, 255)[: len(mode)]).save(out, format="PNG")
    return out.getvalue()


def _run(tmp_path: Path, script: str, *, files: dict[str, bytes] | None = None) -> AppSession:
    for name, data in (files or {}).items():
        (tmp_path / name).write_bytes(data)
    app = tmp_path / "app.py"
    app.write_text(script.replace("DIR/", f"{tmp_path}/"))
    sent: list[pb.ForwardMsg] = []
    session = AppSession(app, sent.append)
    session.sent = sent  # type: ignore[attr-defined]
    assert session.start()
    session.run_pending()
    return session


def _elements(session: AppSession, kind: str) -> list[object]:
    sent: list[pb.ForwardMsg] = session.sent  # type: ignore[attr-defined]
    return [
        getattr(m.delta.new_element, kind)
        for m in sent
        if m.WhichOneof("type") == "delta" and m.delta.new_element.WhichOneof("type") == kind
    ]


def _file(session: AppSession, media_id: str) -> MediaFile:
    found = session.media.get(media_id)
    assert found is not None, "the element names a file the session does not hold"
    return found


def test_image_bytes_are_scaled_to_the_width_and_typed_as_streamlit_does(tmp_path: Path) -> None:
    session = _run(
        tmp_path,
        "import streamlit as st\n"
        "st.image(open('DIR/big.png', 'rb').read())\n"
        "st.image('DIR/big.png', width=100)\n"
        "st.image('DIR/alpha.png', output_format='JPEG')\n",
        files={"big.png": _png((2000, 50)), "alpha.png": _png((4, 4), "RGBA")},
    )
    (first,), (second,), (third,) = [lst.imgs for lst in _elements(session, "imgs")]  # type: ignore[attr-defined]
    whole = _file(session, first.media_id)
    # An RGB PNG becomes JPEG (Streamlit's "auto"), and wider than 1460 px is scaled down.
    assert whole.mimetype == "image/jpeg"
    assert Image.open(io.BytesIO(whole.data)).size == (1460, 36)
    assert Image.open(io.BytesIO(_file(session, second.media_id).data)).size == (100, 2)
    jpeg = _file(session, third.media_id)
    assert jpeg.mimetype == "image/jpeg" and jpeg.data[:3] == b"\xff\xd8\xff"


def test_without_pillow_bytes_are_shown_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(image_module, "_pil", lambda: None)
    png = _png((3000, 2))
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"/>'
    session = _run(
        tmp_path,
        "import streamlit as st\n"
        "st.image(open('DIR/wide.png', 'rb').read(), caption='wide')\n"
        "st.image(open('DIR/odd.bin', 'rb').read())\n",
        files={"wide.png": png, "odd.bin": svg},
    )
    (wide,), (odd,) = [lst.imgs for lst in _elements(session, "imgs")]  # type: ignore[attr-defined]
    assert _file(session, wide.media_id) == MediaFile(png, "image/png", "")
    assert wide.caption == "wide"
    assert _file(session, odd.media_id).mimetype == "application/octet-stream"


def test_numpy_images_need_pillow_and_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(image_module, "_pil", lambda: None)
    session = _run(
        tmp_path,
        "import numpy as np, streamlit as st\n"
        "try:\n"
        "    st.image(np.zeros((2, 2)))\n"
        "except Exception as e:\n"
        "    st.text(str(e))\n",
    )
    (text,) = _elements(session, "text")
    assert "needs Pillow" in text.body  # type: ignore[attr-defined]


def test_the_same_image_keeps_its_id_and_unused_files_are_freed(tmp_path: Path) -> None:
    session = _run(
        tmp_path,
        "import streamlit as st\n"
        "st.image(open('DIR/a.png', 'rb').read())\n"
        "if st.session_state.setdefault('runs', 0) == 0:\n"
        "    st.audio(b'only in the first run')\n"
        "st.session_state.runs += 1\n",
        files={"a.png": _png((3, 3))},
    )
    assert len(session.media) == 2
    first = _elements(session, "imgs")[0].imgs[0].media_id  # type: ignore[attr-defined]
    session.request_rerun(RerunRequest())
    session.run_pending()
    again = _elements(session, "imgs")[-1].imgs[0].media_id  # type: ignore[attr-defined]
    assert again == first
    assert len(session.media) == 1  # the audio of the first run is gone


def test_ids_differ_between_sessions_for_the_same_bytes(tmp_path: Path) -> None:
    script = "import streamlit as st\nst.audio(b'same bytes')\n"
    one = _run(tmp_path, script)
    two = _run(tmp_path, script)
    (a,), (b,) = _elements(one, "audio"), _elements(two, "audio")
    assert a.source.media_id != b.source.media_id  # type: ignore[attr-defined]
    assert len(a.source.media_id) == 32  # type: ignore[attr-defined]
    assert two.media.get(a.source.media_id) is None  # type: ignore[attr-defined]


def test_numpy_audio_is_a_peak_normalised_16_bit_wav(tmp_path: Path) -> None:
    session = _run(
        tmp_path,
        "import numpy as np, streamlit as st\n"
        "st.audio(np.array([[0.0, 0.5, -1.0], [0.25, 0.0, 0.1]]), sample_rate=8000, "
        "format='audio/wav', start_time='2s', end_time=4, loop=True, autoplay=True)\n",
    )
    (player,) = _elements(session, "audio")
    assert (player.start_time, player.end_time, player.loop, player.autoplay) == (2, 4, True, True)  # type: ignore[attr-defined]
    wav = _file(session, player.source.media_id)  # type: ignore[attr-defined]
    assert wav.mimetype == "audio/wav"
    with wave.open(io.BytesIO(wav.data)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth(), w.getnframes()) == (
            2,
            8000,
            2,
            3,
        )
        frames = w.readframes(3)
    samples = [int.from_bytes(frames[i : i + 2], "little", signed=True) for i in range(0, 12, 2)]
    # Interleaved channels, scaled so the peak (-1.0) is full scale.
    assert samples == [0, 8191, 16383, 0, -32767, 3276]


def test_video_subtitles_are_webvtt_files(tmp_path: Path) -> None:
    session = _run(
        tmp_path,
        "import streamlit as st\n"
        "st.video('DIR/clip.mp4', format='video/webm', muted=True, subtitles={\n"
        "    'Français': '1\\n00:00:01,500 --> 00:00:02,000\\nSalut',\n"
        "    'English': 'DIR/track.vtt'})\n",
        files={
            "clip.mp4": b"\x1aE\xdf\xa3webm",
            "track.vtt": b"WEBVTT\n\n00:01.000 --> 00:02.000\nHi",
        },
    )
    (player,) = _elements(session, "video")
    assert _file(session, player.source.media_id) == MediaFile(
        b"\x1aE\xdf\xa3webm", "video/webm", ""
    )  # type: ignore[attr-defined]
    assert player.muted  # type: ignore[attr-defined]
    french, english = player.subtitles  # type: ignore[attr-defined]
    assert (french.caption, english.caption) == ("Français", "English")
    vtt = _file(session, french.media_id)
    assert vtt.mimetype == "text/vtt"
    assert vtt.data == b"WEBVTT\n\n1\n00:00:01.500 --> 00:00:02.000\nSalut"
    assert _file(session, english.media_id).data.startswith(b"WEBVTT\n\n00:01.000")


def test_logo_is_its_own_message_with_images_in_the_media_files(tmp_path: Path) -> None:
    session = _run(
        tmp_path,
        "import streamlit as st\n"
        "st.logo('DIR/logo.png', link='https://example.com/', icon_image=':material/home:', "
        "size='small')\n"
        "st.text('page')\n",
        files={"logo.png": _png((8, 4), "RGBA")},
    )
    sent: list[pb.ForwardMsg] = session.sent  # type: ignore[attr-defined]
    (logo,) = [m.logo for m in sent if m.WhichOneof("type") == "logo"]
    assert (logo.link, logo.size, logo.icon_text) == (
        "https://example.com/",
        "small",
        ":material/home:",
    )
    assert _file(session, logo.image.media_id).mimetype == "image/png"
    assert not logo.HasField("icon_image")
    # The logo takes no place in the page: the text is the main area's first element.
    (text_msg,) = [m for m in sent if m.delta.new_element.WhichOneof("type") == "text"]
    assert list(text_msg.metadata.delta_path) == [pb.RootContainer.MAIN, 0]


def test_media_drawn_by_a_cached_function_is_in_every_replaying_session(
    tmp_path: Path,
) -> None:
    script = (
        "import streamlit as st\n"
        "@st.cache_data\n"
        "def show(tag):\n"
        "    st.audio(b'sound of ' + tag.encode())\n"
        "    return tag\n"
        "show('cached-media-test')\n"
    )
    first = _run(tmp_path, script)
    second = _run(tmp_path, script)  # a cache hit: the image is replayed
    ids = []
    for session in (first, second):
        (player,) = _elements(session, "audio")
        ids.append(player.source.media_id)  # type: ignore[attr-defined]
        assert _file(session, ids[-1]).data == b"sound of cached-media-test"
    assert ids[0] != ids[1]
