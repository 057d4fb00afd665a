"""Widgets as a test drives them: read `.value`, stage a change, then `.run()`.

As in `streamlit.testing.v1`, a widget's `.value` is the script's current value (read from
session state after the run), or the value staged with `set_value` and friends, which the next
`run()` sends the way the browser would. Every interaction returns the widget so calls chain:
`at.button[0].click().run()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.testing import widget_values as wv
from stbundle.runtime_py.testing.elements import Element
from stbundle.runtime_py.testing.errors import AppTestError

if TYPE_CHECKING:
    from stbundle.runtime_py.testing.element_tree import ElementTree


class _Unset:
    """No value staged since the last run: the widget sends what the script has."""

    def __repr__(self) -> str:
        return "<unset>"


UNSET: Any = _Unset()


def user_key_from_id(widget_id: str) -> str | None:
    """Widget ids end in the user key ("None" when there is none), as in Streamlit."""
    key = widget_id.split("-", maxsplit=2)[-1]
    return None if key == "None" else key


class Widget(Element):
    """An interactive element; subclasses say how their value goes on the wire."""

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root)
        self._value: Any = UNSET
        self.key = user_key_from_id(self.id)

    # -- what the widget shows -----------------------------------------------------------------
    @property
    def _common(self) -> pb.WidgetCommon:
        common: pb.WidgetCommon = self.proto.common
        return common

    @property
    def id(self) -> str:
        return str(self._common.id)

    @property
    def label(self) -> str:
        return str(self._common.label)

    @property
    def help(self) -> str:
        return str(self._common.help)

    @property
    def disabled(self) -> bool:
        return bool(self._common.disabled)

    @property
    def form_id(self) -> str:
        return str(self._common.form_id)

    @property
    def label_visibility(self) -> str:
        return pb.LabelVisibility.Name(self._common.label_visibility).lower()

    @property
    def value(self) -> Any:
        if self._value is not UNSET:
            return self._value
        return self.root.state_value(self.id)

    @property
    def has_pending_value(self) -> bool:
        return self._value is not UNSET

    # -- interacting ---------------------------------------------------------------------------
    def set_value(self, v: Any) -> Self:
        """Stage a new value; it is sent with the next `run()`."""
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )
        self._value = v
        return self

    def _serialize(self, value: Any) -> pb.WidgetState:
        raise NotImplementedError

    @property
    def _widget_state(self) -> pb.WidgetState:
        """What the browser would send for this widget now."""
        return self._serialize(self.value)

    def __repr__(self) -> str:
        try:
            value = self.value
        except KeyError:
            value = UNSET
        return f"{type(self).__name__}(key={self.key!r}, label={self.label!r}, value={value!r})"


class Button(Widget):
    """st.button and st.form_submit_button: True for the run its click caused."""

    type = "button"

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root)
        self._value = False

    @property
    def value(self) -> bool:
        if self._value:
            return True
        return self.root.button_value(self.id)

    @property
    def has_pending_value(self) -> bool:
        return bool(self._value)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.trigger(self.id, bool(self._value))

    def click(self) -> Self:
        return self.set_value(True)


class DownloadButton(Button):
    """st.download_button: a click (`click()`) is True for the run it caused."""

    type = "download_button"


class ChatInput(Widget):
    """st.chat_input: `set_value(text)` submits text with the next run, which alone sees it."""

    type = "chat_input"

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root)
        self._value = None
        self._files: list[StagedFile] | None = None

    @property
    def placeholder(self) -> str:
        return str(self._common.label)

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> Self:
        """Attach one file to the next submit (accept_file=True replaces, "multiple" and
        "directory" add)."""
        from stbundle.runtime_py.errors import StreamlitAPIException
        from stbundle.runtime_py.uploads import check_file_name

        self._assert_accepts_files()
        if not isinstance(filename, str) or filename == "":
            raise AppTestError(
                f"st.chat_input file names must be a non-empty string. Got {filename!r}."
            )
        if not isinstance(content, bytes):
            raise AppTestError(
                f"st.chat_input file content must be bytes. Got {type(content).__name__}."
            )
        if not isinstance(mime_type, str) or mime_type == "":
            raise AppTestError(
                f"st.chat_input file MIME types must be a non-empty string. Got {mime_type!r}."
            )
        if self.proto.file_type:
            try:
                check_file_name(filename, list(self.proto.file_type))
            except StreamlitAPIException as exc:
                raise AppTestError(str(exc)) from exc
        record = _new_file(filename, content, mime_type)
        if self.proto.accept_file in (pb.FILES_MANY, pb.FILES_DIRECTORY):
            self._files = [*(self._files or []), record]
        else:
            self._files = [record]
        return self

    def clear(self) -> Self:
        """Drop the files staged for the next submit (the text stays)."""
        self._assert_accepts_files()
        self._files = None
        return self

    def _assert_accepts_files(self) -> None:
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled chat_input widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )
        if self.proto.accept_file == pb.FILES_NONE:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"st.chat_input{key_part} does not accept files. "
                "Pass accept_file=True, 'multiple', or 'directory'."
            )

    @property
    def label(self) -> str:
        # Streamlit's ChatInput has a placeholder and no label.
        raise AttributeError("label")

    def __repr__(self) -> str:
        return f"ChatInput(key={self.key!r}, placeholder={self.placeholder!r})"

    @property
    def value(self) -> Any:
        if self._value is not None:
            return str(self._value)
        return self.root.trigger_value(self.id)

    @property
    def has_pending_value(self) -> bool:
        return self._value is not None or bool(self._files)

    def _serialize(self, value: Any) -> pb.WidgetState:
        files = self._files or []
        # Files without text still submit, with "" as the text (as the browser sends).
        text = "" if self._value is None and files else self._value
        state = wv.string_trigger(self.id, text)
        if files:
            _files_state(self, files, state)
        return state


class Checkbox(Widget):
    type = "checkbox"

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.boolean(self.id, value)

    def check(self) -> Self:
        return self.set_value(True)

    def uncheck(self) -> Self:
        return self.set_value(False)


class Toggle(Checkbox):
    type = "toggle"


class _Choice(Widget):
    """Single-choice widgets: the wire carries the chosen option's index."""

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    def _option_at(self) -> wv.OptionAt | None:
        return self.root.option_at(self.id, self.type)

    @property
    def index(self) -> int | None:
        value = self.value
        if value is None:
            return None
        return wv.option_index(value, self.options, self._option_at())

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.single_choice(self.id, value, self.options, self._option_at())


class Radio(_Choice):
    type = "radio"


class Selectbox(_Choice):
    type = "selectbox"

    @property
    def index(self) -> int | None:
        value = self.value
        if value is None:
            return None
        try:
            return wv.option_index(value, self.options, self._option_at())
        except ValueError:
            if not self.proto.accept_new_options:
                raise
            return None  # a typed value is no option

    def _serialize(self, value: Any) -> pb.WidgetState:
        typed = self.proto.accept_new_options
        return wv.single_choice(self.id, value, self.options, self._option_at(), typed=typed)

    def select(self, v: Any) -> Self:
        return self.set_value(v)

    def select_index(self, index: int | None) -> Self:
        if index is None:
            return self.set_value(None)
        option_at = self._option_at()
        return self.set_value(option_at(index) if option_at else self.options[index])


class Multiselect(Widget):
    type = "multiselect"

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    def _option_at(self) -> wv.OptionAt | None:
        return self.root.option_at(self.id, self.type)

    @property
    def value(self) -> list[Any]:
        return list(super().value)

    @property
    def indices(self) -> Sequence[int]:
        option_at = self._option_at()
        return [wv.option_index(v, self.options, option_at) for v in self.value]

    @property
    def values(self) -> Sequence[str]:
        """The selected options' labels (a typed value's own text)."""
        option_at = self._option_at()
        labels: list[str] = []
        for v in self.value:
            try:
                labels.append(self.options[wv.option_index(v, self.options, option_at)])
            except ValueError:
                labels.append(str(v))
        return labels

    def _serialize(self, value: Any) -> pb.WidgetState:
        typed = self.proto.accept_new_options
        return wv.multi_choice(self.id, value, self.options, self._option_at(), typed=typed)

    def select(self, v: Any) -> Self:
        current = self.value
        if v in current:
            return self
        return self.set_value([*current, v])

    def unselect(self, v: Any) -> Self:
        current = self.value
        if v not in current:
            return self
        return self.set_value([c for c in current if c != v])


class ButtonGroup(Widget):
    """st.pills / st.segmented_control: one option or None ("single"), or a list ("multi")."""

    type = "button_group"

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    @property
    def _is_single_select(self) -> bool:
        return not self.proto.multi

    def _option_at(self) -> wv.OptionAt | None:
        return self.root.option_at(self.id, self.type)

    def _chosen(self) -> list[Any]:
        value = self.value
        if self._is_single_select:
            return [] if value is None else [value]
        return list(value or [])

    @property
    def indices(self) -> Sequence[int]:
        option_at = self._option_at()
        return [wv.option_index(v, self._labels, option_at) for v in self._chosen()]

    @property
    def formatted_values(self) -> Sequence[str]:
        """The chosen options' labels (format_func's text, a leading icon included)."""
        return [self._labels[i] for i in self.indices]

    @property
    def _labels(self) -> list[str]:
        """format_func's text of each option: its icon and text joined again."""
        icons = list(self.proto.option_icons) or [""] * len(self.options)
        return [f"{i} {t}" if i and t else i or t for i, t in zip(icons, self.options, strict=True)]

    def _serialize(self, value: Any) -> pb.WidgetState:
        chosen = [] if value is None else [value] if self._is_single_select else list(value)
        return wv.multi_choice(self.id, chosen, self._labels, self._option_at())

    def select(self, v: Any) -> Self:
        if self._is_single_select:
            return self.set_value(v)
        current = self._chosen()
        return self if v in current else self.set_value([*current, v])

    def unselect(self, v: Any) -> Self:
        if self._is_single_select:
            return self.set_value(None) if self.value == v else self
        current = self._chosen()
        return self if v not in current else self.set_value([c for c in current if c != v])


class Feedback(Widget):
    """st.feedback: the chosen option's index, or None."""

    type = "feedback"

    @property
    def label(self) -> str:
        raise AttributeError("st.feedback has no label")

    def _serialize(self, value: Any) -> pb.WidgetState:
        state = pb.WidgetState(id=self.id)
        if value is None:
            state.null_value = True
        else:
            state.int_value = int(value)
        return state


class Slider(Widget):
    type = "slider"

    @property
    def min(self) -> float:
        return float(self.proto.min)

    @property
    def max(self) -> float:
        return float(self.proto.max)

    @property
    def step(self) -> float:
        return float(self.proto.step)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.slider(self.id, value, self.proto.data_type)

    def set_range(self, lower: Any, upper: Any) -> Self:
        return self.set_value([lower, upper])


class SelectSlider(Widget):
    type = "select_slider"

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    def _option_at(self) -> wv.OptionAt | None:
        return self.root.option_at(self.id, self.type, is_range=len(self.proto.value) == 2)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.select_slider(self.id, value, self.options, self._option_at())

    def set_range(self, lower: Any, upper: Any) -> Self:
        return self.set_value([lower, upper])


class _TextWidget(Widget):
    @property
    def max_chars(self) -> int:
        return int(self.proto.max_chars)

    @property
    def placeholder(self) -> str:
        return str(self.proto.placeholder)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.text(self.id, value)

    def input(self, v: str) -> Self:
        """Type v, unless it is longer than max_chars (the browser would not take it)."""
        if self.max_chars and len(v) > self.max_chars:
            return self
        return self.set_value(v)


class TextInput(_TextWidget):
    type = "text_input"


class TextArea(_TextWidget):
    type = "text_area"


class NumberInput(Widget):
    type = "number_input"

    @property
    def min(self) -> float | None:
        return float(self.proto.min) if self.proto.has_min else None

    @property
    def max(self) -> float | None:
        return float(self.proto.max) if self.proto.has_max else None

    @property
    def step(self) -> float:
        return float(self.proto.step)

    @property
    def placeholder(self) -> str:
        return str(self.proto.placeholder)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.number(self.id, value, is_int=self.proto.data_type == pb.NumberInput.INT)

    def increment(self) -> Self:
        """The "+" button: one step up, never past max."""
        value = self.value
        if value is None:
            return self
        upper = self.max if self.max is not None else float("inf")
        return self.set_value(min(value + self.step, upper))

    def decrement(self) -> Self:
        """The "-" button: one step down, never below min."""
        value = self.value
        if value is None:
            return self
        lower = self.min if self.min is not None else float("-inf")
        return self.set_value(max(value - self.step, lower))


class DateInput(Widget):
    type = "date_input"

    @property
    def min(self) -> date:
        return date.fromisoformat(self.proto.min)

    @property
    def max(self) -> date:
        return date.fromisoformat(self.proto.max)

    @property
    def is_range(self) -> bool:
        return bool(self.proto.is_range)

    @property
    def value(self) -> Any:
        value = super().value
        if self._value is not UNSET and isinstance(value, list):
            return tuple(value)
        return value

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.dates(self.id, value)


class TimeInput(Widget):
    type = "time_input"

    @property
    def step(self) -> int:
        return int(self.proto.step_seconds)

    @property
    def value(self) -> time | None:
        value = super().value
        return value.time() if isinstance(value, datetime) else value

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.clock(self.id, value)

    def _shift(self, seconds: int) -> Self:
        value = self.value
        if value is None:
            return self
        moved = datetime.combine(date.today(), value) + timedelta(seconds=seconds)
        return self.set_value(moved.time())

    def increment(self) -> Self:
        return self._shift(self.step)

    def decrement(self) -> Self:
        return self._shift(-self.step)


class ColorPicker(Widget):
    type = "color_picker"

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.text(self.id, value)

    def pick(self, v: str) -> Self:
        return self.set_value(v if v.startswith("#") else f"#{v}")


# -- files: st.file_uploader, st.camera_input, st.audio_input ----------------------------------

# (file id, name, content, MIME type): a file a test stages, as the page would have uploaded it.
StagedFile = tuple[str, str, bytes, str]


def _new_file(name: str, content: bytes, mime: str) -> StagedFile:
    from uuid import uuid4

    return (str(uuid4()), name, bytes(content), mime)


def _files_state(widget: Widget, staged: list[StagedFile], state: pb.WidgetState) -> None:
    """Put the staged files in the session's upload store (the upload a browser makes first)
    and name them in the widget state."""
    store = widget.root.upload_store()
    target = state.files if widget.type == "chat_input" else state.file_uploader_state_value
    for file_id, name, content, mime in staged:
        store.put(file_id, widget.id, name, mime, content)
        info = target.files.add()
        info.file_id, info.name, info.size = file_id, name, len(content)
    if widget.type != "chat_input":
        state.file_uploader_state_value.SetInParent()


class _FileWidget(Widget):
    """A widget whose value is uploaded files: stage them, then `run()`."""

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root)
        self._files: list[StagedFile] | _Unset | None = UNSET

    @property
    def value(self) -> Any:
        """The file(s) the last run committed (staged files show after `run()`)."""
        return self.root.state_value(self.id)

    @property
    def has_pending_value(self) -> bool:
        return not isinstance(self._files, _Unset)

    def _serialize(self, value: Any) -> pb.WidgetState:
        """The state naming the files of `value` (the script's UploadedFile(s), or None)."""
        from stbundle.runtime_py.uploads import UploadedFile

        files = value if isinstance(value, list) else [value]
        held = [
            (f.file_id, f.name, f.getvalue(), f.type) for f in files if isinstance(f, UploadedFile)
        ]
        return self._state_of(held)

    def _state_of(self, files: list[StagedFile]) -> pb.WidgetState:
        state = pb.WidgetState()
        state.id = self.id
        if files:
            _files_state(self, files, state)
        return state

    @property
    def _widget_state(self) -> pb.WidgetState:
        """Staged files, else the files the script holds (they stay across runs)."""
        if not isinstance(self._files, _Unset):
            return self._state_of(self._files or [])
        try:
            return self._serialize(self.root.state_value(self.id))
        except KeyError:
            return self._state_of([])

    def _check_can_interact(self) -> None:
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )

    def clear(self) -> Self:
        """Remove the file(s) with the next run."""
        self._check_can_interact()
        self._files = None
        return self


class FileUploader(_FileWidget):
    """st.file_uploader: files are (filename, content, mime_type) tuples."""

    type = "file_uploader"

    @property
    def accept_multiple_files(self) -> bool:
        return bool(self.proto.multiple_files)

    @property
    def accept_directory(self) -> bool:
        return bool(self.proto.accept_directory)

    @property
    def allowed_type(self) -> list[str]:
        return list(self.proto.type)

    def set_value(self, files: Any) -> Self:
        """One (filename, content, mime_type) tuple, a sequence of them, or None to clear."""
        self._check_can_interact()
        if files is None:
            self._files = None
        elif isinstance(files, tuple) and len(files) == 3 and isinstance(files[0], str):
            self._files = [_new_file(*files)]
        else:
            self._files = [_new_file(n, c, m) for n, c, m in files]
        return self

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> Self:
        """Add one file to those staged."""
        self._check_can_interact()
        staged = self._files if isinstance(self._files, list) else []
        self._files = [*staged, _new_file(filename, content, mime_type)]
        return self


def _one_recording(kind: str, file: Any, ext: str, mime: str, what: str) -> StagedFile:
    """Streamlit's AppTest rules for a camera photo / audio recording."""
    if (
        isinstance(file, tuple)
        and len(file) == 3
        and isinstance(file[0], str)
        and isinstance(file[1], (bytes, bytearray))
        and isinstance(file[2], str)
    ):
        name, content, given = file
        if not name.lower().endswith(ext):
            verb = "captures" if kind == "camera_input" else "records"
            raise AppTestError(f"st.{kind} only {verb} {ext} files. Got filename {name!r}.")
        if given.lower() != mime:
            noun = "photos" if kind == "camera_input" else "recordings"
            raise AppTestError(f"st.{kind} {noun} use MIME type {mime!r}. Got {given!r}.")
        return _new_file(name, bytes(content), mime)
    verb = "captures" if kind == "camera_input" else "records"
    if isinstance(file, list):
        raise AppTestError(f"st.{kind} {verb} one {what}. A list is not accepted.")
    raise AppTestError(
        f"st.{kind} {verb} one {what}. Pass one (filename, content, mime_type) tuple whose "
        f"content is bytes, or None to clear. Got {type(file).__name__}."
    )


class _RecordingWidget(_FileWidget):
    """A widget whose value is one capture (a photo, a recording) of one file type."""

    _suffix: ClassVar[str]
    _mime: ClassVar[str]
    _noun: ClassVar[str]

    def set_value(self, file: Any) -> Self:
        """Stages one (filename, content, mime_type) tuple, or None to clear."""
        self._check_can_interact()
        self._files = (
            None
            if file is None
            else [_one_recording(self.type, file, self._suffix, self._mime, self._noun)]
        )
        return self


class CameraInput(_RecordingWidget):
    """st.camera_input: one JPEG photo, (filename.jpg, content, "image/jpeg")."""

    type = "camera_input"
    _suffix, _mime, _noun = ".jpg", "image/jpeg", "photo"

    @property
    def resolution(self) -> str | None:
        return {480: "480p", 720: "720p", 1080: "1080p"}.get(self.proto.resolution_height)

    def upload(self, filename: str, content: bytes, mime_type: str = "image/jpeg") -> Self:
        return self.set_value((filename, content, mime_type))


class AudioInput(_RecordingWidget):
    """st.audio_input: one WAV recording, (filename.wav, content, "audio/wav")."""

    type = "audio_input"
    _suffix, _mime, _noun = ".wav", "audio/wav", "recording"

    @property
    def sample_rate(self) -> int | None:
        return int(self.proto.sample_rate) if self.proto.HasField("sample_rate") else None

    def upload(self, filename: str, content: bytes, mime_type: str = "audio/wav") -> Self:
        return self.set_value((filename, content, mime_type))


class DateTimeInput(Widget):
    """st.datetime_input: a naive datetime (to the minute), or None."""

    type = "date_time_input"

    @property
    def min(self) -> str:
        return str(self.proto.min)

    @property
    def max(self) -> str:
        return str(self.proto.max)

    @property
    def step(self) -> int:
        return int(self.proto.step_seconds)

    @property
    def format(self) -> str:
        return str(self.proto.format)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.datetimes(self.id, value)


class MenuButton(Widget):
    """st.menu_button: `click(option)` chooses an option for the next run, which alone sees it."""

    type = "menu_button"

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root)
        self._value = None

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    @property
    def value(self) -> Any:
        if self._value is not None:
            return self._value
        return self.root.trigger_value(self.id)

    @property
    def has_pending_value(self) -> bool:
        return self._value is not None

    def _label_of(self, option: Any) -> str:
        """The label the renderer would send for `option`: the one that reads back as it."""
        for label in self.options:
            if self.root.widget_reads(self.id, wv.string_trigger(self.id, label)) == option:
                return label
        return str(option)

    def _serialize(self, value: Any) -> pb.WidgetState:
        # Only a click staged since the last run is sent: the choice lives for one run.
        staged = self._value
        return wv.string_trigger(self.id, None if staged is None else self._label_of(staged))

    def click(self, option: Any) -> Self:
        return self.set_value(option)

    def click_index(self, index: int) -> Self:
        return self.set_value(
            self.root.widget_reads(self.id, wv.string_trigger(self.id, self.options[index]))
        )


class Pagination(Widget):
    """st.pagination: the page (1-based); `select(page)` goes to a page."""

    type = "pagination"

    @property
    def num_pages(self) -> int:
        return int(self.proto.num_pages)

    @property
    def label(self) -> str:
        raise AttributeError("st.pagination has no label")

    def set_value(self, v: Any) -> Self:
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= self.num_pages:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot set pagination{key_part} to {v!r}. "
                f"Page must be an int between 1 and {self.num_pages}."
            )
        return super().set_value(v)

    def select(self, page: int) -> Self:
        return self.set_value(page)

    def _serialize(self, value: Any) -> pb.WidgetState:
        state = pb.WidgetState(id=self.id)
        if isinstance(value, int) and not isinstance(value, bool):
            state.int_value = value
        return state
