"""Chat: st.chat_input (a message box whose submit lives for one run) and st.chat_message.

A chat message is the general trigger of the protocol: `string_trigger_value` carries the text
for exactly the run the submit caused, then the value falls back to None (SessionState resets
triggers to their "not sent" value). Called on the main area outside any container, the input is
pinned to the bottom of the page (the BOTTOM root), as in Streamlit 1.67; anywhere else it stays
inline where it was called.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import MAIN, DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.elements.image import fill_image
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from stbundle.runtime_py.session_state import Callback
from stbundle.runtime_py.uploads import (
    WAV_EXTENSION,
    WAV_TYPES,
    UploadedFile,
    check_file_name,
    normalize_types,
)
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.file_inputs import (
    check_max_upload_size,
    check_sample_rate,
    files_of,
    session_uploads,
)
from stbundle.runtime_py.widgets.registration import fill_common, register_widget

BOTTOM = pb.RootContainer.BOTTOM
_ACCEPT = {True: pb.FILES_ONE, "multiple": pb.FILES_MANY, "directory": pb.FILES_DIRECTORY}
_PRESETS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}
_AVATAR = pb.Block.ChatMessage.AvatarType
# With a key, only these parameters change the input's identity (as in Streamlit 1.67).
_KEY_IDENTITY = frozenset({"accept_file", "file_type", "max_chars", "max_upload_size"})


class ChatInputValue(MutableMapping[str, Any]):
    """What a chat input that accepts files or audio returns: the text, the attached files
    (accept_file) and the voice recording (accept_audio), read as attributes (`.text`,
    `.files`, `.audio`) or as a mapping (`value["files"]`). As in Streamlit 1.67, `files` and
    `audio` exist only when the input accepts them."""

    def __init__(
        self,
        text: str,
        files: list[UploadedFile] | None = None,
        audio: UploadedFile | None = None,
        *,
        include_files: bool = True,
        include_audio: bool = False,
    ) -> None:
        self._included = {"text"}
        self.text = text
        if include_files:
            self._included.add("files")
            self.files: list[UploadedFile] = list(files or [])
        if include_audio:
            self._included.add("audio")
            self.audio: UploadedFile | None = audio

    def __getattr__(self, name: str) -> Any:  # only for names not set: files/audio left out
        if name in ("files", "audio"):
            flag = "accept_file" if name == "files" else "accept_audio"
            raise AttributeError(
                f"'ChatInputValue' object has no attribute '{name}' ({flag}=False)"
            )
        raise AttributeError(name)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k in self._included}

    def __getitem__(self, key: str) -> Any:
        if key not in self.to_dict():
            raise KeyError(f"Invalid key: {key}")
        return getattr(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._included:
            raise KeyError(f"Invalid key: {key}")
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self.to_dict():
            raise KeyError(f"Invalid key: {key}")
        delattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ChatInputValue):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"ChatInputValue({args})"


def check_voice_recording(audio: UploadedFile) -> None:
    """Streamlit 1.67's check of a chat input's recording: a WAV file by name and type."""
    if not audio.name.lower().endswith(WAV_EXTENSION):
        raise StreamlitAPIException(
            f"Invalid file extension for audio input: `{audio.name}`. "
            f"Only WAV files ({WAV_EXTENSION}) are accepted."
        )
    if audio.type not in WAV_TYPES:
        raise StreamlitAPIException(
            f"Invalid MIME type for audio input: `{audio.type}`. Expected one of {WAV_TYPES}."
        )


def is_emoji(text: str) -> bool:
    """A short run of pictographs (with joiners, skin tones, variation selectors, flags)."""
    if not text or len(text) > 12:
        return False
    saw_symbol = False
    for ch in text:
        if ch in "\u200d\ufe0f\ufe0e\u20e3":
            continue
        cat = unicodedata.category(ch)
        if cat == "So" or 0x1F1E6 <= ord(ch) <= 0x1F1FF or 0x1F3FB <= ord(ch) <= 0x1F3FF:
            saw_symbol = True
            continue
        return False
    return saw_symbol


def avatar_of(avatar: Any, image: pb.MediaRef) -> tuple[int, str]:
    """(avatar type, avatar text) for the renderer, by Streamlit's rules; an image avatar is
    also set in `image`: a URL as given, any other image (a file path, PIL image, NumPy array,
    bytes or file object) as a session media file, as st.image keeps it."""
    if avatar is None:
        return _AVATAR.ICON, ""
    if isinstance(avatar, str):
        if avatar in _PRESETS:
            return _AVATAR.ICON, _PRESETS[avatar]
        if is_emoji(avatar):
            return _AVATAR.EMOJI, avatar
        if avatar.startswith(":material/") and avatar.endswith(":"):
            return _AVATAR.ICON, avatar
        if avatar.startswith(("http://", "https://", "data:image/")):
            image.url = avatar
            return _AVATAR.IMAGE, avatar
    try:
        fill_image(image, avatar)
    except Exception as exc:
        raise StreamlitAPIException(
            "Failed to load the provided avatar value as an image."
        ) from exc
    return _AVATAR.IMAGE, ""


class ChatMixin(DeltaGeneratorBase):
    def chat_message(
        self,
        name: str,
        *,
        avatar: Any = None,
        width: int | str = "stretch",
    ) -> Self:
        """Open a chat message by `name` ("user"/"assistant"/"ai"/"human" get their preset
        icon); `avatar` is an emoji, a preset name, a material icon or an image URL."""
        if name is None:
            raise StreamlitMissingRequiredParameterError("name")
        name = str(name)
        if avatar is None and (name.lower() in _PRESETS or is_emoji(name)):
            avatar = name.lower()
        block = pb.Block()
        kind, text = avatar_of(avatar, block.chat_message.avatar_image)
        block.chat_message.name = name
        block.chat_message.avatar = text
        block.chat_message.avatar_type = kind  # type: ignore[assignment]
        set_layout(block, width=width)
        return self._emit_block(block, kind="chat_message")

    def chat_input(
        self,
        placeholder: str = "Your message",
        *,
        key: Any = None,
        max_chars: int | None = None,
        max_upload_size: int | None = None,
        accept_file: bool | str = False,
        file_type: str | Iterable[str] | None = None,
        accept_audio: bool = False,
        audio_sample_rate: int | None = 16000,
        disabled: bool = False,
        submit_mode: str = "submit",
        on_submit: Callback | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        width: int | str = "stretch",
        height: int | str = "content",
    ) -> str | ChatInputValue | None:
        """A message box; returns the submitted text on the run its submit caused, else None
        (with `accept_file`, a ChatInputValue holding the text and the attached files).

        On the main area outside containers it sits at the bottom of the page; in a container,
        the sidebar or a fragment's container it stays inline.
        """
        if accept_file not in (True, False, "multiple", "directory"):
            raise StreamlitValueError(
                "accept_file",
                ["True", "False", "'multiple'", "'directory'"],
                detail=f"Got {accept_file!r}.",
            )
        if submit_mode not in ("submit", "disable", "stop"):
            raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
        check_max_upload_size(max_upload_size)
        check_sample_rate(audio_sample_rate, "audio_sample_rate")
        takes_files = accept_file in (True, "multiple", "directory")
        takes_audio = bool(accept_audio)
        types = normalize_types(file_type) if file_type else []
        if self._current_form_id():
            raise StreamlitInvalidLayoutContextError(
                "`st.chat_input()` can't be used in a `st.form()`."
            )
        limit = int(max_chars) if max_chars else 0

        def deserialize(state: pb.WidgetState | None) -> str | ChatInputValue | None:
            if state is None or wire.kind(state) is None:
                return None  # nothing submitted (an empty state, as AppTest sends)
            text = wire.get_string_trigger(state)
            text = text[:limit] if limit else text
            if not takes_files and not takes_audio:
                return text
            # Read once, as Streamlit pops them: the message's files live for its one run.
            files = files_of(state.files, state.id, pop=True) if takes_files else []
            audio = None
            if takes_audio and state.files.HasField("audio"):
                one = pb.UploadedFiles(files=[state.files.audio])
                audio = next(iter(files_of(one, state.id, pop=True)), None)
                if audio is not None:
                    check_voice_recording(audio)
            return ChatInputValue(
                text, files, audio, include_files=takes_files, include_audio=takes_audio
            )

        reg = register_widget(
            self,
            "chat_input",
            key=key,
            params={
                "placeholder": placeholder,
                "max_chars": max_chars,
                "max_upload_size": max_upload_size,
                "accept_file": accept_file,
                "file_type": file_type,
                "accept_audio": accept_audio,
                "audio_sample_rate": audio_sample_rate,
                "submit_mode": submit_mode,
                "width": width,
                "height": height,
            },
            key_as_main_identity=_KEY_IDENTITY,
            deserialize=deserialize,
            on_change=on_submit,
            on_change_param="on_submit",
            on_change_modes=(),  # a callback only, as in Streamlit 1.67
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            is_trigger=True,
        )
        el = pb.Element()
        fill_common(
            el.chat_input.common,
            reg,
            str(placeholder),
            help=None,
            disabled=disabled,
            label_visibility="collapsed",
        )
        written = reg.set_value and isinstance(reg.value, str)
        el.chat_input.common.set_value = bool(written)
        if written:
            # A session-state write puts text in the box; the script sees it once submitted.
            el.chat_input.value = reg.value
            ctx = get_run_context()
            if ctx is not None:  # the state holds what was submitted: nothing yet
                ctx.session.state.set_widget_value(reg.id, None)
        el.chat_input.max_chars = limit
        el.chat_input.submit_mode = submit_mode
        el.chat_input.accept_audio = takes_audio
        el.chat_input.audio_sample_rate = audio_sample_rate or 0
        if takes_files or takes_audio:
            store = session_uploads()
            allowed = types if takes_files else [WAV_EXTENSION]
            policy = (
                store.set_policy(reg.id, allowed, max_upload_size, voice=takes_audio)
                if store is not None  # (an empty store is falsy: it has a length)
                else None
            )
            el.chat_input.max_upload_size_mb = policy.max_mb if policy else 0
        if takes_files:
            el.chat_input.accept_file = _ACCEPT[accept_file]
            el.chat_input.file_type.extend(types)
            if isinstance(reg.value, ChatInputValue) and types:
                for f in reg.value.files:
                    check_file_name(f.name, types)
        set_layout(el, width=width, height=height, allow_content_height=True)
        self._emit_at_bottom_or_here(el)
        return None if written else reg.value

    def _emit_at_bottom_or_here(self, el: pb.Element) -> None:
        ctx = get_run_context()
        if ctx is None:
            return
        dg = self._active(ctx)
        if dg._own_cursor is None and dg._root == MAIN:
            path = ctx.root_cursor(BOTTOM).next_path()
            ctx.emit_delta(path, element=el)
            return
        self._emit(el)
