"""st.image, st.audio, st.video and st.logo in the renderer: sources from URLs and from the media
channel, captions and alt text, links (unsafe ones dropped), no reload of an unchanged source on a
rerun, start/end times and loops of the native players, subtitle tracks, YouTube's player, and
the logo's life across complete and fragment runs."""

from __future__ import annotations

import base64
import io
import math
import struct
import wave
from typing import Any

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, el, finished, started

# A 2x1 PNG (one red, one blue pixel).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAK/AH/"
    "1XmUtwAAAABJRU5ErkJggg=="
)
PNG_URL = "data:image/png;base64," + base64.b64encode(PNG).decode()


def _wav_url(seconds: float = 3.0, rate: int = 8000) -> str:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        n = int(seconds * rate)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 8))) for i in range(n)))
    return "data:audio/wav;base64," + base64.b64encode(out.getvalue()).decode()


def _media(ui: Harness, files: dict[str, str]) -> None:
    ui.page.evaluate("f => Object.assign(window.fake.media, f)", files)


def _images(*refs: pb.MediaRef, link: str = "") -> pb.ImageList:
    return pb.ImageList(imgs=list(refs), link=link)


def test_images_load_from_urls_and_the_media_channel_with_captions(ui: Harness) -> None:
    _media(ui, {"file1": PNG_URL})
    ui.send(
        started("r1"),
        el(
            [0, 0],
            imgs=_images(
                pb.MediaRef(media_id="file1", caption="From the session", alt="Red and blue"),
                pb.MediaRef(url=PNG_URL, caption="From a URL"),
                pb.MediaRef(url=PNG_URL, decorative=True),
            ),
        ),
    )
    page = ui.page
    first = page.get_by_role("img", name="Red and blue")
    expect(first).to_be_visible()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.stb-imgs img')].every(i => i.naturalWidth === 2)"
    )
    expect(page.get_by_role("img", name="From a URL")).to_be_visible()  # caption as its name
    expect(page.locator("figcaption")).to_have_text(["From the session", "From a URL"])
    decorative = page.locator(".stb-imgs img").nth(2)
    assert decorative.get_attribute("alt") == ""
    assert decorative.get_attribute("role") == "presentation"


def test_an_unchanged_image_is_not_reloaded_on_a_rerun(ui: Harness) -> None:
    _media(ui, {"same": PNG_URL})
    ui.send(started("r1"), el([0, 0], imgs=_images(pb.MediaRef(media_id="same", alt="pic"))))
    img = ui.page.get_by_role("img", name="pic")
    ui.page.wait_for_function("() => document.querySelector('.stb-imgs img')?.naturalWidth === 2")
    img.evaluate(
        """i => { window.srcChanges = 0;
        new MutationObserver(m => window.srcChanges += m.length)
            .observe(i, { attributes: true, attributeFilter: ['src'] }); }"""
    )
    ui.send(
        finished("r1"),
        started("r2"),
        el([0, 0], run="r2", imgs=_images(pb.MediaRef(media_id="same", alt="pic"))),
        finished("r2"),
    )
    ui.page.wait_for_timeout(100)
    assert ui.page.evaluate("() => window.srcChanges") == 0


def test_a_single_image_may_be_a_link_but_never_a_javascript_one(ui: Harness) -> None:
    ui.send(
        started("r1"),
        el([0, 0], imgs=_images(pb.MediaRef(url=PNG_URL, alt="go"), link="https://example.com/")),
        el([0, 1], imgs=_images(pb.MediaRef(url=PNG_URL, alt="bad"), link="javascript:alert(1)")),
    )
    link = ui.page.get_by_role("link", name="go")
    expect(link).to_have_attribute("href", "https://example.com/")
    expect(link).to_have_attribute("target", "_blank")
    expect(ui.page.get_by_role("img", name="bad")).to_be_visible()
    expect(ui.page.locator("a[href^='javascript']")).to_have_count(0)
    expect(ui.page.get_by_role("link")).to_have_count(1)


def test_a_file_the_session_no_longer_has_shows_its_alt_text(ui: Harness) -> None:
    ui.send(started("r1"), el([0, 0], imgs=_images(pb.MediaRef(media_id="gone", alt="Lost"))))
    img = ui.page.get_by_role("img", name="Lost")
    expect(img).to_be_attached()
    ui.page.wait_for_timeout(100)
    assert img.get_attribute("src") is None


def _play_from(audio: Any, seconds: float) -> None:
    """Plays (muted) from `seconds`."""
    audio.evaluate(
        "async (a, t) => { a.muted = true; a.currentTime = t; await a.play().catch(() => {}); }",
        seconds,
    )


def _player(ui: Harness) -> Any:
    return ui.page.locator("audio, video").first


def test_audio_starts_at_its_start_time_and_stops_at_its_end(ui: Harness) -> None:
    _media(ui, {"tone": _wav_url()})
    ui.send(
        started("r1"),
        el(
            [0, 0],
            audio=pb.MediaPlayer(
                source=pb.MediaRef(media_id="tone", alt="A tone"), start_time=1, end_time=2
            ),
        ),
    )
    audio = ui.page.get_by_label("A tone")
    expect(audio).to_have_attribute("controls", "")
    # readyState changes before the loadedmetadata listener (which seeks to start_time) runs.
    ui.page.wait_for_function(
        "() => { const a = document.querySelector('audio');"
        " return a?.readyState >= 1 && a.currentTime === 1; }"
    )
    assert audio.evaluate("a => a.duration") > 2.9
    # Playback past the end time pauses at the end.
    _play_from(audio, 2.5)
    ui.page.wait_for_function(
        "() => (a => a.paused && a.currentTime === 2)(document.querySelector('audio'))"
    )


def test_a_loop_between_times_returns_to_the_start(ui: Harness) -> None:
    _media(ui, {"tone": _wav_url()})
    ui.send(
        started("r1"),
        el(
            [0, 0],
            audio=pb.MediaPlayer(
                source=pb.MediaRef(media_id="tone"), start_time=1, end_time=2, loop=True
            ),
        ),
    )
    ui.page.wait_for_function("() => document.querySelector('audio')?.readyState >= 1")
    audio = _player(ui)
    assert audio.evaluate("a => a.loop") is False  # ours, not the browser's (which restarts at 0)
    _play_from(audio, 2.5)
    ui.page.wait_for_function(
        "() => (a => !a.paused && a.currentTime < 1.5)(document.querySelector('audio'))"
    )
    ui.send(
        el([0, 0], audio=pb.MediaPlayer(source=pb.MediaRef(media_id="tone"), loop=True)),
    )
    expect(audio).to_have_js_property("loop", True)


def test_video_has_its_subtitle_tracks_and_flags(ui: Harness) -> None:
    vtt = (
        "data:text/vtt;base64,"
        + base64.b64encode(b"WEBVTT\n\n00:00.000 --> 00:01.000\nHi").decode()
    )
    _media(ui, {"clip": _wav_url(), "en": vtt, "fr": vtt})
    ui.send(
        started("r1"),
        el(
            [0, 0],
            video=pb.MediaPlayer(
                source=pb.MediaRef(media_id="clip"),
                autoplay=True,
                muted=True,
                subtitles=[
                    pb.MediaRef(media_id="en", caption="English"),
                    pb.MediaRef(media_id="fr", caption="Français"),
                ],
            ),
        ),
    )
    video = ui.page.locator("video")
    expect(video).to_have_js_property("muted", True)
    expect(video).to_have_js_property("autoplay", True)
    tracks = video.locator("track")
    expect(tracks).to_have_count(2)
    assert tracks.evaluate_all("ts => ts.map(t => [t.label, t.kind, t.default])") == [
        ["English", "subtitles", True],
        ["Français", "subtitles", False],
    ]
    expect(tracks.first).to_have_attribute("src", vtt)


def test_youtube_plays_in_its_embedded_player(ui: Harness) -> None:
    ui.send(
        started("r1"),
        el(
            [0, 0],
            video=pb.MediaPlayer(
                source=pb.MediaRef(url="https://www.youtube.com/embed/dQw4w9WgXcQ"),
                youtube=True,
                start_time=5,
                loop=True,
            ),
        ),
    )
    frame = ui.page.locator("iframe.stb-media-player")
    expect(frame).to_have_attribute(
        "src", "https://www.youtube.com/embed/dQw4w9WgXcQ?start=5&loop=1&playlist=dQw4w9WgXcQ"
    )
    expect(frame).to_have_attribute("title", "YouTube video")


def _logo(**kw: Any) -> pb.ForwardMsg:
    return pb.ForwardMsg(logo=pb.Logo(**kw))


def test_the_logo_lives_while_complete_runs_send_it(ui: Harness) -> None:
    _media(ui, {"logo": PNG_URL})
    page = ui.page
    ui.send(
        started("r1"),
        _logo(
            image=pb.MediaRef(media_id="logo"),
            icon_text="🎈",
            link="https://example.com/",
            size="large",
        ),
        el([0, 0], text=pb.Text(body="page")),
        finished("r1"),
    )
    corner = page.locator(".stb-logo-corner")
    # No sidebar: the corner shows the icon (an emoji here), as a link.
    expect(corner).to_be_visible()
    expect(corner.get_by_role("link", name="Logo")).to_have_attribute(
        "href", "https://example.com/"
    )
    expect(corner).to_contain_text("🎈")
    # With a sidebar, the image sits at its top and the corner hides.
    ui.send(
        started("r2"),
        _logo(image=pb.MediaRef(media_id="logo")),
        el([1, 0], run="r2", text=pb.Text(body="side")),
        finished("r2"),
    )
    side_img = page.locator(".stb-sidebar .stb-logo-side img")
    expect(side_img).to_be_visible()
    page.wait_for_function("() => document.querySelector('.stb-logo-side img').naturalWidth === 2")
    assert side_img.evaluate("i => getComputedStyle(i).height") == "24px"  # medium
    # A fragment run without st.logo keeps it; a complete run without it removes it.
    ui.send(started("r3", "frag"), finished("r3", pb.ScriptFinished.FRAGMENT_FINISHED))
    page.wait_for_timeout(50)
    expect(side_img).to_be_visible()
    ui.send(started("r4"), finished("r4"))
    expect(page.locator(".stb-logo")).to_have_count(0)


def test_a_material_icon_logo_is_drawn_by_the_icon_font(ui: Harness) -> None:
    ui.send(started("r1"), _logo(image_text=":material/home:", size="small"), finished("r1"))
    logo = ui.page.get_by_role("img", name="Logo")
    expect(logo).to_be_visible()
    icon = logo.locator(".stb-icon")
    expect(icon).to_have_text("home")
    assert "Material Symbols" in icon.evaluate("e => getComputedStyle(e).fontFamily")
    assert icon.evaluate("e => getComputedStyle(e).fontSize") == "20px"  # small


def test_image_widths_content_stretch_and_pixels(ui: Harness) -> None:
    def image(path: list[int], alt: str, layout: pb.Layout) -> pb.ForwardMsg:
        msg = el(path, imgs=_images(pb.MediaRef(url=PNG_URL, alt=alt)))
        msg.delta.new_element.layout.CopyFrom(layout)
        return msg

    ui.send(
        started("r1"),
        image([0, 0], "natural", pb.Layout(width_content=True)),
        image([0, 1], "stretched", pb.Layout(width_stretch=True)),
        image([0, 2], "forty", pb.Layout(width_pixels=40)),
    )
    ui.page.wait_for_function(
        "() => [...document.querySelectorAll('.stb-imgs img')].every(i => i.naturalWidth === 2)"
    )
    width = "e => e.getBoundingClientRect().width"
    column = ui.page.locator("main .stb-root-block").evaluate(width)
    assert ui.page.get_by_role("img", name="natural").evaluate(width) == 2
    assert ui.page.get_by_role("img", name="stretched").evaluate(width) == column
    assert ui.page.get_by_role("img", name="forty").evaluate(width) == 40


def test_captions_are_markdown_never_html(ui: Harness) -> None:
    ui.send(
        started("r1"),
        el(
            [0, 0],
            imgs=_images(
                pb.MediaRef(
                    url=PNG_URL, alt="pic", caption="**Bold** [docs](https://example.com/)"
                ),
                pb.MediaRef(url=PNG_URL, alt="raw", caption="<b>not html</b>"),
            ),
        ),
    )
    captions = ui.page.locator("figcaption")
    expect(captions.first.locator("strong")).to_have_text("Bold")
    expect(captions.first.get_by_role("link", name="docs")).to_have_attribute(
        "href", "https://example.com/"
    )
    expect(captions.nth(1)).to_have_text("<b>not html</b>")
    expect(captions.nth(1).locator("b")).to_have_count(0)
