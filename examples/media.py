"""Images, sound, video and a logo from pure-Python data (no Pillow or NumPy: runs in a static
build too): a PNG written byte by byte, SVG text, and a WAV tone made with the wave module."""

import io
import math
import struct
import wave
import zlib

import streamlit as st


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A solid-colour PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def tone(seconds: float, rate: int = 8000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = (
            int(6000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(int(seconds * rate))
        )
        w.writeframes(b"".join(struct.pack("<h", f) for f in frames))
    return out.getvalue()


SUBTITLES = "1\n00:00:00,000 --> 00:00:02,000\nA calm tone\n"

st.logo(png(120, 30, (255, 75, 75)), link="https://streamlit.io/", icon_image="🎈")
st.title("Media")
st.session_state.setdefault("size", 40)
if st.button("Bigger"):
    st.session_state.size += 40
st.image(png(st.session_state.size, 20, (30, 120, 200)), caption="A blue bar", alt="Blue bar")
st.image(
    [
        png(16, 16, (40, 160, 60)),
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">'
        '<circle cx="12" cy="12" r="10" fill="orange"/></svg>',
    ],
    caption=["Green square", "Orange circle"],
)
st.audio(tone(2.0), start_time=1)
st.video(tone(2.0), format="audio/wav", subtitles={"English": SUBTITLES})
# A chat avatar made here (bytes, as a PIL image or a local file would be): a session media file.
with st.chat_message("painter", avatar=png(12, 12, (200, 40, 160))):
    st.write("My avatar is a purple square.")
