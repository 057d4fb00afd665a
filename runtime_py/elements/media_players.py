"""st.audio and st.video: a player for bytes, files, file objects, URLs or (audio) NumPy samples.

The media goes through the session's media files (served with Range support in serve mode, a
Blob URL in a static build) unless it is a URL. NumPy audio becomes a 16-bit WAV normalised to
its peak, as in Streamlit. Subtitles (WebVTT, or SRT converted to WebVTT) are media files too.
A YouTube URL plays in YouTube's embedded player. Times are seconds, or strings and timedeltas.
"""

from __future__ import annotations

import io
import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.caching.errors import BadTimeStringError
from stbundle.runtime_py.caching.params import ttl_to_seconds
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from stbundle.runtime_py.media_sources import (
    as_path_text,
    is_external,
    is_ndarray,
    keep,
    read_file,
    set_alt,
    stream_bytes,
)
from stbundle.runtime_py.widgets.registration import register_element_id

_TIME_ERROR = (
    "Failed to convert '{name}' to a timedelta. Please use a string in a format supported by "
    "[Pandas Timedelta constructor]"
    "(https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {value}'
)
_YOUTUBE = re.compile(
    r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)"
    r"youtube.com/watch\?(?:v%3D)(?P<id1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*"
    r"watch(?:%3Fv%3D|%3Fv%3D)(?P<id2>[\w\-]{10,20}))(?:%26feature.*))|(https?:)?(\/\/)?((www\.|m\.)"
    r"?youtube(-nocookie)?\.com\/((watch)?\?(app=desktop&)?(feature=\w*&)?v=|embed\/|v\/|e\/)|"
    r"youtu\.be\/)(?P<id3>[\w\-]{10,20})"
)
_SRT_CUE = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")
_SRT_TIME = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")
_DATA_TYPES = ["str", "bytes", "Path", "BytesIO", "file-like", "ndarray"]


def _seconds(value: Any, name: str) -> float | None:
    try:
        if isinstance(value, timedelta):
            return value.total_seconds()
        if isinstance(value, str):
            return ttl_to_seconds(value)
        if value is None or isinstance(value, (int, float)):
            return value
    except (BadTimeStringError, StreamlitAPIException, ValueError):
        pass
    raise StreamlitAPIException(_TIME_ERROR.format(name=name, value=value))


def media_times(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    """Start and end in whole seconds (Streamlit's parsing and errors)."""
    start = _seconds(start_time, "start_time")
    if start is None:
        raise StreamlitAPIException(_TIME_ERROR.format(name="start_time", value=start_time))
    end = _seconds(end_time, "end_time")
    return int(start), None if end is None else int(end)


def _wav(samples: Any, sample_rate: int) -> bytes:
    """A 16-bit PCM WAV of a 1-D (mono) or 2-D (channels x samples) array, peak-normalised."""
    import wave

    import numpy as np

    data = np.array(samples, dtype=float)
    if len(data.shape) == 1:
        channels = 1
    elif len(data.shape) == 2:
        channels = data.shape[0]
        data = data.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    if data.size == 0:
        frames = data.astype(np.int16).tobytes()
    else:
        frames = (data / np.max(np.abs(data)) * 32767).astype(np.int16).tobytes()
    out = io.BytesIO()
    with wave.open(out, mode="wb") as w:
        w.setnchannels(channels)
        w.setframerate(sample_rate)
        w.setsampwidth(2)
        w.setcomptype("NONE", "NONE")
        w.writeframes(frames)
    return out.getvalue()


def _fill_source(ref: pb.MediaRef, data: Any, mimetype: str) -> None:
    """A file, bytes, file object or array into the media files (URLs are handled before)."""
    if isinstance(data, str):
        content = read_file(data)
    elif isinstance(data, (bytes, bytearray, memoryview)):
        content = bytes(data)
    elif (streamed := stream_bytes(data)) is not None:
        content = streamed
    elif is_ndarray(data):
        content = data.tobytes()
    elif data is None:
        return
    else:
        raise StreamlitInvalidParameterTypeError("data", type(data).__name__, _DATA_TYPES)
    keep(ref, content, mimetype)


def _is_srt(data: bytes) -> bool:
    try:
        head = data[:33].decode("utf-8").strip()
    except UnicodeDecodeError:
        return False
    lines = head.split("\n")
    return len(lines) >= 2 and lines[0].isdigit() and _SRT_CUE.search(lines[1]) is not None


def _srt_to_vtt(data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as ex:
        raise StreamlitAPIException("Could not decode the input stream as UTF-8.") from ex
    return ("WEBVTT\n\n" + _SRT_TIME.sub(r"\1.\2", text)).strip().encode("utf-8")


def _subtitle_vtt(data: Any) -> bytes:
    """One subtitle track as WebVTT bytes (a .vtt/.srt file, VTT or SRT text, bytes, BytesIO)."""
    if isinstance(data, (str, Path)):
        if os.path.isfile(data):
            suffix = Path(data).suffix.lower()
            if suffix not in (".srt", ".vtt"):
                raise StreamlitValueError("subtitles", [".srt", ".vtt"], detail=f"Got {suffix}.")
            content = read_file(str(data))
            return _srt_to_vtt(content) if suffix == ".srt" else content
        if isinstance(data, Path):
            raise StreamlitAPIException(f"File {data} does not exist.")
        text = data.strip()
        if text.startswith("WEBVTT") or text == "":
            return text.encode("utf-8")
        if _is_srt(text.encode("utf-8")):
            return _srt_to_vtt(text.encode("utf-8"))
        raise StreamlitValueError("subtitles", ["VTT-formatted text", "SRT-formatted text"])
    if isinstance(data, io.BytesIO):
        data = data.getvalue()
    if isinstance(data, bytes):
        return _srt_to_vtt(data) if _is_srt(data) else data
    raise StreamlitInvalidParameterTypeError(
        "subtitles", type(data).__name__, ["str", "bytes", "Path", "BytesIO"]
    )


def _fill_subtitles(player: pb.MediaPlayer, subtitles: Any) -> None:
    if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
        items = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise StreamlitInvalidParameterTypeError(
            "subtitles", type(subtitles).__name__, ["str", "bytes", "BytesIO", "Path", "dict"]
        )
    for label, data in items:
        track = player.subtitles.add()
        track.caption = label or ""
        try:
            vtt = _subtitle_vtt(data)
        except (TypeError, ValueError, StreamlitAPIException) as ex:
            raise StreamlitAPIException(
                f"Failed to process the provided subtitle {label!r}: {ex}"
            ) from ex
        keep(track, vtt, "text/vtt", f"{track.caption}.vtt")


def _element(start_time: Any, end_time: Any, width: Any) -> tuple[pb.Element, int, int | None]:
    """A player's element with its width, and its times checked (Streamlit's order of checks)."""
    start, end = media_times(start_time, end_time)
    el = pb.Element()
    set_layout(el, width=width)
    return el, start, end


def _player(player: pb.MediaPlayer, start: int, end: int | None, loop: bool, alt: Any) -> None:
    player.start_time = max(0, start)
    if end is not None:
        player.end_time = max(0, end)
    player.loop = bool(loop)
    set_alt(player.source, alt, allow_empty=False)


def _autoplay_id(
    dg: DeltaGeneratorBase, kind: str, player: pb.MediaPlayer, mimetype: str, **params: Any
) -> None:
    """An autoplaying player has an element ID, as in Streamlit (two alike in a run raise)."""
    register_element_id(
        dg,
        kind,
        {
            "url": player.source.url or player.source.media_id,
            "mimetype": mimetype,
            "start_time": player.start_time,
            "end_time": player.end_time,
            "loop": player.loop,
            "alt": player.source.alt,
            **params,
        },
    )


class MediaPlayersMixin(DeltaGeneratorBase):
    def audio(
        self,
        data: Any,
        format: str = "audio/wav",
        start_time: Any = 0,
        *,
        sample_rate: int | None = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
        alt: str | None = None,
        width: int | str = "stretch",
    ) -> Self:
        """An audio player; NumPy samples need `sample_rate` and are played as a WAV."""
        el, start, end = _element(start_time, end_time, width)
        if is_ndarray(data) and sample_rate is None:
            raise StreamlitMissingRequiredParameterError(
                "sample_rate", detail="Must be specified when `data` is a numpy array."
            )
        player = el.audio
        _player(player, start, end, loop, alt)
        data = as_path_text(data)
        if isinstance(data, str) and is_external(data):
            player.source.url = data
        else:
            if is_ndarray(data) and sample_rate is not None:
                data = _wav(data, sample_rate)
            _fill_source(player.source, data, format)
        if autoplay:
            player.autoplay = True
            _autoplay_id(self, "audio", player, format, sample_rate=sample_rate, width=width)
        return self._emit(el)

    def video(
        self,
        data: Any,
        format: str = "video/mp4",
        start_time: Any = 0,
        *,
        subtitles: Any = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
        muted: bool = False,
        alt: str | None = None,
        width: int | str = "stretch",
    ) -> Self:
        """A video player (YouTube URLs in YouTube's player) with optional subtitle tracks."""
        el, start, end = _element(start_time, end_time, width)
        if start < 0 or (end is not None and end <= start):
            raise StreamlitAPIException("Invalid start_time and end_time combination.")
        player = el.video
        _player(player, start, end, loop, alt)
        player.muted = bool(muted)
        data = as_path_text(data)
        if isinstance(data, str) and is_external(data):
            match = _YOUTUBE.match(data)
            if match:
                code = match.group("id1") or match.group("id2") or match.group("id3")
                player.source.url = f"https://www.youtube.com/embed/{code}"
                player.youtube = True
                if subtitles:
                    raise StreamlitIncompatibleParametersError(
                        "`subtitles` and `data=<YouTube URL>` cannot be used together. "
                        "Subtitles are not supported for YouTube videos."
                    )
            else:
                player.source.url = data
        else:
            _fill_source(player.source, data, format)
        if subtitles:
            _fill_subtitles(player, subtitles)
        if autoplay:
            player.autoplay = True
            _autoplay_id(self, "video", player, format, muted=muted, width=width)
        return self._emit(el)
