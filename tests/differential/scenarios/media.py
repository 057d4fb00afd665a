"""Differential scenarios for st.image, st.audio, st.video and st.logo: sources of each kind
(URLs, SVG text, bytes, files, NumPy arrays, PIL images), captions, alt text, links, times,
subtitles and YouTube URLs, and Streamlit's errors for bad arguments."""

from __future__ import annotations

from tests.differential.scenario import ATTEMPT, Scenario

IMAGES = Scenario(
    name="media_image",
    script="""
import io
import numpy as np
import streamlit as st
from PIL import Image
"""
    + ATTEMPT
    + """
st.image("https://example.com/cat.png", caption="A cat", alt="cat")
st.image(["https://example.com/a.png", "https://example.com/b.png"], caption=["a", "b"],
         alt=["first", None])
st.image('<svg width="4" height="4"><rect width="4" height="4"/></svg>', alt="")
st.image(np.zeros((4, 6, 3), dtype=np.uint8), caption="zeros", channels="BGR")
st.image(np.full((2, 2), 0.5), caption=np.array(["half"]))
st.image(np.ones((2, 3, 3, 1)))
buf = io.BytesIO()
Image.new("RGBA", (5, 5), (255, 0, 0, 128)).save(buf, format="PNG")
st.image(buf.getvalue(), width=3, output_format="JPEG")
st.image(io.BytesIO(buf.getvalue()), use_container_width=True, link="https://example.com/")
st.image(Image.new("RGB", (3, 3)), caption="pil", use_column_width=True)
attempt(lambda: st.image(["https://example.com/a.png"] * 2, caption="one"))
attempt(lambda: st.image(["https://example.com/a.png"] * 2, link="https://example.com/"))
attempt(lambda: st.image(["https://example.com/a.png"] * 2, alt="both"))
attempt(lambda: st.image({"https://example.com/a.png"}, alt=["x"]))
attempt(lambda: st.image("https://example.com/a.png", width=0))
attempt(lambda: st.image(np.full((2, 2), 300)))
attempt(lambda: st.image(np.full((2, 2), 1.5)))
attempt(lambda: st.image(np.zeros((2, 2, 2))))
attempt(lambda: st.image(np.zeros((2, 2)), channels="BGR"))
attempt(lambda: st.image(np.zeros(3)))
attempt(lambda: st.image("no/such/picture.png"))
st.image(np.full((2, 2), 300), clamp=True, caption="clamped")
st.write(Image.new("L", (3, 2)))  # st.write shows a PIL image with st.image
""",
)

PLAYERS = Scenario(
    name="media_players",
    script="""
import datetime
import io
import numpy as np
import streamlit as st
"""
    + ATTEMPT
    + """
st.audio("https://example.com/a.mp3", start_time="1m", end_time=90, loop=True)
st.audio(b"RIFF....", format="audio/wav", autoplay=True, width=300)
st.audio(np.sin(np.linspace(0, 6, 800)), sample_rate=8000, start_time=datetime.timedelta(seconds=2))
st.audio(np.zeros((2, 0)), sample_rate=8000)
st.audio(io.BytesIO(b"ID3"), format="audio/mpeg", alt="a jingle")
st.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ", autoplay=True, muted=True)
st.video("https://youtu.be/dQw4w9WgXcQ")
st.video("https://example.com/clip.mp4", start_time=3, end_time="10s")
st.video(b"\\x00\\x00\\x00\\x18ftypmp42", subtitles={
    "English": "WEBVTT\\n\\n00:00.000 --> 00:01.000\\nhello",
    "French": "1\\n00:00:00,000 --> 00:00:01,000\\nbonjour",
})
st.video(b"\\x00\\x00", subtitles=b"WEBVTT\\n\\n", loop=True)
attempt(lambda: st.audio(np.zeros(10)))
attempt(lambda: st.audio(b"x", start_time="soon"))
attempt(lambda: st.audio(b"x", end_time="later"))
attempt(lambda: st.audio([1, 2, 3]))
attempt(lambda: st.audio(np.zeros((2, 2, 2)), sample_rate=8000))
attempt(lambda: st.audio(b"x", width="content"))
attempt(lambda: st.video(b"x", start_time=5, end_time=5))
attempt(lambda: st.video(b"x", start_time=-1))
attempt(lambda: st.video("https://youtu.be/dQw4w9WgXcQ", subtitles="WEBVTT"))
attempt(lambda: st.video(b"x", subtitles="not subtitles"))
attempt(lambda: st.video(b"x", subtitles=3))
attempt(lambda: st.video("no/such/clip.mp4"))
# Autoplaying players have an element ID: a second alike one in the run is an error.
st.audio("https://example.com/loop.mp3", autoplay=True)
attempt(lambda: st.audio("https://example.com/loop.mp3", autoplay=True))
st.audio("https://example.com/loop.mp3", autoplay=True, loop=True)
st.audio("https://example.com/loop.mp3")
st.audio("https://example.com/loop.mp3")
st.video(b"same clip", autoplay=True)
attempt(lambda: st.video(b"same clip", autoplay=True))
""",
)

LOGO = Scenario(
    name="media_logo",
    script="""
import streamlit as st
"""
    + ATTEMPT
    + """
st.logo("https://example.com/logo.png", link="https://example.com/", size="LARGE",
        icon_image="🎈")
st.text("after the logo")
attempt(lambda: st.logo("https://example.com/logo.png", link="ftp://example.com/"))
attempt(lambda: st.logo("https://example.com/logo.png", size="huge"))
attempt(lambda: st.logo(123))
attempt(lambda: st.logo("https://example.com/logo.png", icon_image=object()))
""",
)

SCENARIOS = [IMAGES, PLAYERS, LOGO]
