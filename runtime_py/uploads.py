"""A session's uploaded files: what file uploaders, camera and audio inputs and chat hold.

The page sends a file's bytes once (serve mode: an HTTP PUT to the session's upload route;
a static build: bytes through the in-page call) and gets an unguessable id back; the widget's
value then names its files by id. Every upload is checked against the widget that asked for it
(its size limit and its allowed types, with Streamlit's messages) before it is kept, so a page
that skips the chooser's filter still cannot hand the script a file it refused. Bytes live in
memory only (no temporary files): a file is freed when a complete run no longer holds it, when
a chat message that carried it has been read, and all of them go with the session.
"""

from __future__ import annotations

import io
import os
import secrets
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from stbundle.runtime_py.errors import StreamlitAPIException

# Streamlit's server.maxUploadSize default, in megabytes (of 1024 * 1024 bytes).
DEFAULT_MAX_UPLOAD_SIZE_MB = 200
# An upload no run has claimed yet (its widget state is still on its way, or on_change="ignore"
# kept it in the page) is kept this long before it counts as abandoned.
UNCLAIMED_SECONDS = 15 * 60

_CATEGORY_SHORTCUTS = frozenset({"image", "audio", "video", "text"})
_TYPE_PAIRS: tuple[tuple[str, str], ...] = (
    (".jpg", ".jpeg"),
    (".mpg", ".mpeg"),
    (".mp4", ".mpeg4"),
    (".tif", ".tiff"),
    (".htm", ".html"),
)


class UploadedFile(io.BytesIO):
    """A file the user uploaded: a BytesIO over its bytes, with its name, MIME type and size."""

    def __init__(self, file_id: str, name: str, mimetype: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = mimetype
        self.size = len(data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return (
            f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, "
            f"size={self.size})"
        )


class UploadRefused(Exception):
    """An upload the widget does not take; `status` is the HTTP status serve mode answers."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def normalize_types(types: str | Iterable[str] | None) -> list[str]:
    """Streamlit's normalisation: "image" -> "image/*", MIME types lowercased, extensions get
    a dot and their usual twin (".jpg" brings ".jpeg"); MIME types first."""
    if not types:
        return []
    entries = [types] if isinstance(types, str) else list(types)
    mimes: list[str] = []
    extensions: list[str] = []
    for raw in entries:
        entry = str(raw).strip()
        if not entry:
            continue
        if entry.lower() in _CATEGORY_SHORTCUTS:
            mimes.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mimes.append(entry.lower())
        else:
            ext = entry.lower()
            extensions.append(ext if ext.startswith(".") else f".{ext}")
    for a, b in _TYPE_PAIRS:
        if a in extensions and b not in extensions:
            extensions.append(b)
        if b in extensions and a not in extensions:
            extensions.append(a)
    return mimes + extensions


def check_file_name(name: str, allowed: Sequence[str]) -> None:
    """Streamlit's server-side check: with only extensions allowed, the name must end in one."""
    if "\0" in name:
        raise StreamlitAPIException("Filename cannot contain null bytes.")
    extensions = [t.lower() for t in allowed if t.startswith(".")]
    if any("/" in t for t in allowed) or not extensions:
        return
    if not any(name.lower().endswith(ext) for ext in extensions):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(name)[1]}`. Allowed: {extensions}"
        )


def _mime_matches(mimetype: str, pattern: str) -> bool:
    mimetype = mimetype.lower().split(";", 1)[0].strip()
    if pattern.endswith("/*"):
        return mimetype.startswith(pattern[:-1])
    return mimetype == pattern


#: What a voice recording is (Streamlit 1.67's check of a chat input's audio).
WAV_EXTENSION = ".wav"
WAV_TYPES = frozenset({"audio/wav", "audio/wave", "audio/x-wav"})


def is_wav(name: str, mimetype: str) -> bool:
    return name.lower().endswith(WAV_EXTENSION) and mimetype in WAV_TYPES


def size_limit_message(limit_mb: int) -> str:
    """The renderer's words for a file over the limit (Streamlit's)."""
    return f"File must be {float(limit_mb):.1f}MB or smaller."


@dataclass
class UploadPolicy:
    """What one widget takes: its allowed types (normalised) and its per-file limit."""

    types: list[str] = field(default_factory=list)
    max_mb: int = DEFAULT_MAX_UPLOAD_SIZE_MB
    # A chat input with accept_audio also takes its voice recordings, whatever `types` says.
    voice: bool = False

    @property
    def max_bytes(self) -> int:
        return self.max_mb * 1024 * 1024

    def check(self, name: str, mimetype: str, size: int) -> None:
        """Raise UploadRefused unless this widget would take the file."""
        if size > self.max_bytes:
            raise UploadRefused(size_limit_message(self.max_mb), 413)
        if not name or len(name) > 4096:
            raise UploadRefused("A file needs a name (at most 4096 characters).", 400)
        if self.voice and is_wav(name, mimetype):
            return
        try:
            check_file_name(name, self.types)
        except StreamlitAPIException as exc:
            raise UploadRefused(str(exc), 415) from None
        mimes = [t for t in self.types if "/" in t]
        if mimes:
            extensions = [t for t in self.types if t.startswith(".")]
            if not any(_mime_matches(mimetype, m) for m in mimes) and not any(
                name.lower().endswith(e) for e in extensions
            ):
                raise UploadRefused(f"{mimetype or 'Untyped'} files are not allowed.", 415)


@dataclass
class _Stored:
    name: str
    mimetype: str
    data: bytes
    widget_id: str
    uploaded_at: float
    claimed: bool = False


class UploadStore:
    """One session's uploaded files, by id (thread-safe: serve mode adds from the event loop)."""

    def __init__(self, default_max_mb: int = DEFAULT_MAX_UPLOAD_SIZE_MB) -> None:
        self.default_max_mb = default_max_mb
        self._files: dict[str, _Stored] = {}
        self._policies: dict[str, UploadPolicy] = {}
        self._used: set[str] = set()
        self._closed = False
        self._lock = threading.Lock()

    # -- the widgets' side ---------------------------------------------------------------------
    def set_policy(
        self, widget_id: str, types: Sequence[str], max_mb: int | None, *, voice: bool = False
    ) -> UploadPolicy:
        """Called by a widget as the script draws it: what uploads for it must satisfy."""
        limit = self.default_max_mb if max_mb is None else max_mb
        policy = UploadPolicy(list(types), limit, voice)
        with self._lock:
            self._policies[widget_id] = policy
        return policy

    def policy(self, widget_id: str) -> UploadPolicy | None:
        with self._lock:
            return self._policies.get(widget_id)

    def files(self, infos: Iterable[tuple[str, str]], *, pop: bool = False) -> list[UploadedFile]:
        """The files named by (file id, widget id) pairs that this session holds for that
        widget; ids it does not hold (another session's, freed ones) are left out."""
        found: list[UploadedFile] = []
        with self._lock:
            for file_id, widget_id in infos:
                stored = self._files.get(file_id)
                if stored is None or stored.widget_id != widget_id:
                    continue
                found.append(UploadedFile(file_id, stored.name, stored.mimetype, stored.data))
                if pop:
                    del self._files[file_id]
                else:
                    stored.claimed = True
                    self._used.add(file_id)
        return found

    def hold(self, file_ids: Iterable[str]) -> None:
        """A widget still holds these files this run: keep them past its end."""
        with self._lock:
            for file_id in file_ids:
                stored = self._files.get(file_id)
                if stored is not None:
                    stored.claimed = True
                    self._used.add(file_id)

    # -- the page's side -----------------------------------------------------------------------
    def add(self, widget_id: str, name: str, mimetype: str, data: bytes) -> str:
        """Keep an upload for `widget_id` after checking it; returns its id.

        Raises UploadRefused (with the message for the person) when the session has ended, the
        widget is not one this session drew, or the file breaks its size or type rules."""
        policy = self.policy(widget_id)
        if self._closed:
            raise UploadRefused("This session has ended: reload the page to upload again.", 410)
        if policy is None:
            raise UploadRefused("No file uploader with this id in this session.", 404)
        policy.check(name, mimetype, len(data))
        file_id = secrets.token_urlsafe(18)
        stored = _Stored(name, mimetype or "application/octet-stream", data, widget_id, time.time())
        with self._lock:
            if self._closed:
                raise UploadRefused("This session has ended: reload the page to upload again.", 410)
            self._files[file_id] = stored
        return file_id

    def remove(self, file_id: str) -> bool:
        with self._lock:
            return self._files.pop(file_id, None) is not None

    def put(self, file_id: str, widget_id: str, name: str, mimetype: str, data: bytes) -> None:
        """Keep a file under a given id without checks (AppTest stages files so)."""
        with self._lock:
            self._files[file_id] = _Stored(name, mimetype, data, widget_id, time.time())

    # -- lifecycle -----------------------------------------------------------------------------
    def run_finished(self, active_widgets: set[str]) -> None:
        """After a complete run: free files it no longer held (ones a run had claimed, or that
        waited too long for one), and the policies of widgets it did not draw."""
        now = time.time()
        with self._lock:
            self._files = {
                k: f
                for k, f in self._files.items()
                if k in self._used or (not f.claimed and now - f.uploaded_at < UNCLAIMED_SECONDS)
            }
            self._used = set()
            self._policies = {k: p for k, p in self._policies.items() if k in active_widgets}

    def close(self) -> None:
        """The session ended: free everything and refuse later uploads."""
        with self._lock:
            self._closed = True
            self._files.clear()
            self._policies.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._files)

    def total_bytes(self) -> int:
        with self._lock:
            return sum(len(f.data) for f in self._files.values())
