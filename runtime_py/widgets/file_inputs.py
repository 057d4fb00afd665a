"""st.file_uploader, st.camera_input and st.audio_input: widgets whose value is uploaded files.

The page uploads a file's bytes to the session's upload store (runtime_py/uploads.py), then
sends the widget's value: the ids (and names and sizes) of the files it now holds. The script
gets UploadedFile objects made from the store, so an id the session does not hold for this
widget (another session's, a freed one) is simply not there. Each widget tells the store what
it accepts (types, size limit) as it is drawn, and the store checks every upload against that;
names are checked again here as Streamlit does, so a file of a wrong type raises its error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import StreamlitValueError
from stbundle.runtime_py.uploads import (
    UploadedFile,
    UploadStore,
    check_file_name,
    normalize_types,
)
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    fill_common,
    register_widget,
    require_label,
)

_RESOLUTIONS = {"480p": 480, "720p": 720, "1080p": 1080}
SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


def session_uploads() -> UploadStore | None:
    ctx = get_run_context()
    return None if ctx is None else ctx.session.uploads


def files_of(infos: pb.UploadedFiles, widget_id: str, *, pop: bool = False) -> list[UploadedFile]:
    """The files a widget state names that the session holds for this widget."""
    store = session_uploads()
    if store is None:
        return []
    return store.files(((info.file_id, widget_id) for info in infos.files), pop=pop)


def check_sample_rate(value: object, param: str) -> None:
    """Streamlit's rule for a recording's sample rate (st.audio_input, st.chat_input)."""
    if value is not None and value not in SAMPLE_RATES:
        raise StreamlitValueError(param, [str(rate) for rate in SAMPLE_RATES] + ["None"])


def check_max_upload_size(value: object) -> int | None:
    """Streamlit's rule for `max_upload_size`: None or a positive int (megabytes)."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise StreamlitValueError(
            "max_upload_size",
            ["a positive integer"],
            detail="Set it to None to fall back to the `server.maxUploadSize` configuration "
            "option.",
        )
    return value


def _hold(value: Any) -> None:
    """Keep the files the widget holds after this run (the store frees the rest)."""
    store = session_uploads()
    if store is None or value is None:
        return
    held = value if isinstance(value, list) else [value]
    store.hold(f.file_id for f in held if isinstance(f, UploadedFile))


class FileInputsMixin(DeltaGeneratorBase):
    def file_uploader(
        self,
        label: str,
        type: str | Sequence[str] | None = None,
        accept_multiple_files: bool | str = False,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        max_upload_size: int | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "stretch",
    ) -> Any:
        """A file chooser (and drop zone); returns the UploadedFile, a list of them when
        `accept_multiple_files` is True or "directory", or None/[] before any upload."""
        label = require_label(label, "file_uploader")
        limit = check_max_upload_size(max_upload_size)
        types = normalize_types(type)
        many = accept_multiple_files is True or accept_multiple_files == "directory"

        def deserialize(state: pb.WidgetState | None) -> Any:
            if state is None or wire.kind(state) is None:
                files: list[UploadedFile] = []
            else:
                files = files_of(wire.get_files(state), state.id)
            if many:
                return files
            return files[0] if files else None

        reg = register_widget(
            self,
            "file_uploader",
            key=key,
            params={
                "label": label,
                "type": type,
                "accept_multiple_files": accept_multiple_files,
                "help": help,
                "width": width,
                "max_upload_size": max_upload_size,
            },
            key_as_main_identity=frozenset({"type", "accept_multiple_files", "max_upload_size"}),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            writes_allowed=False,
        )
        store = session_uploads()
        policy = store.set_policy(reg.id, types, limit) if store is not None else None
        el = pb.Element()
        fill_common(
            el.file_uploader.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        )
        el.file_uploader.type.extend(types)
        el.file_uploader.multiple_files = many
        el.file_uploader.accept_directory = accept_multiple_files == "directory"
        el.file_uploader.max_upload_size_mb = policy.max_mb if policy else (limit or 200)
        set_layout(el, width=width)
        self._emit(el)
        value = reg.value
        _hold(value)
        if types:
            for f in value if isinstance(value, list) else [value] if value else []:
                check_file_name(f.name, types)
        return list(value) if isinstance(value, list) else value

    def camera_input(
        self,
        label: str,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        resolution: str | None = None,
        width: int | str = "stretch",
    ) -> UploadedFile | None:
        """A camera view with a capture button; returns the photo (a JPEG) or None."""
        if resolution is not None and resolution not in _RESOLUTIONS:
            raise StreamlitValueError("resolution", ["'480p'", "'720p'", "'1080p'", "None"])
        label = require_label(label, "camera_input")
        reg = self._single_file_widget(
            "camera_input",
            label,
            key=key,
            params={"label": label, "help": help, "width": width, "resolution": resolution},
            types=[".jpg", ".jpeg"],
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        el = pb.Element()
        fill_common(
            el.camera_input.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        )
        if resolution is not None:
            el.camera_input.resolution_height = _RESOLUTIONS[resolution]
        set_layout(el, width=width)
        self._emit(el)
        _hold(reg.value)
        return reg.value

    def audio_input(
        self,
        label: str,
        *,
        sample_rate: int | None = 16000,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "stretch",
    ) -> UploadedFile | None:
        """A recorder (microphone); returns the recording as a WAV file, or None."""
        check_sample_rate(sample_rate, "sample_rate")
        label = require_label(label, "audio_input")
        reg = self._single_file_widget(
            "audio_input",
            label,
            key=key,
            params={"label": label, "help": help, "width": width, "sample_rate": sample_rate},
            types=[".wav"],
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        el = pb.Element()
        fill_common(
            el.audio_input.common,
            reg,
            label,
            help=help if label else None,
            disabled=disabled,
            label_visibility=label_visibility,
        )
        if sample_rate is not None:
            el.audio_input.sample_rate = sample_rate
        set_layout(el, width=width)
        self._emit(el)
        _hold(reg.value)
        return reg.value

    def _single_file_widget(
        self,
        kind: str,
        label: str,
        *,
        key: Any,
        params: dict[str, Any],
        types: list[str],
        on_change: OnChange,
        args: Iterable[Any] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
    ) -> Any:
        """Register a widget holding one recorded file (camera, audio): key is its identity."""

        def deserialize(state: pb.WidgetState | None) -> UploadedFile | None:
            if state is None or wire.kind(state) is None:
                return None
            files = files_of(wire.get_files(state), state.id)
            return files[0] if files else None

        reg = register_widget(
            self,
            kind,
            key=key,
            params=params,
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            writes_allowed=False,
        )
        store = session_uploads()
        if store is not None:
            store.set_policy(reg.id, types, None)
        return reg
