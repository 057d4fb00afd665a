"""A session's media files: bytes the page fetches by id (downloads, images, sound, video).

Ids are unguessable and scoped to the session: an HMAC of the content under a per-session random
key, so the same bytes keep the same id across reruns (the page need not refetch) while another
session cannot name them. Serve mode serves them at `media/<session id>/<file id>`; a static
build hands their bytes to the page through the in-page call, which makes a Blob URL. Files not
used by the last complete run are freed, and all of them go with the session. An element a
cached function drew keeps its files with the recording, and a replay adds them to the
replaying session under that session's ids.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from google.protobuf.message import Message


@dataclass(frozen=True)
class MediaFile:
    data: bytes
    mimetype: str
    filename: str


class MediaFiles:
    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)
        self._files: dict[str, MediaFile] = {}
        self._used: set[str] = set()
        self._lock = threading.Lock()

    def add(self, data: bytes, mimetype: str, filename: str = "") -> str:
        """Keep `data` for the page; returns its id. A file always has a type (the page's
        static-build channel reads "no type" as "no such file")."""
        mimetype = mimetype or "application/octet-stream"
        digest = hmac.new(self._key, digestmod=hashlib.sha256)
        for part in (mimetype.encode(), b"\0", filename.encode(), b"\0", data):
            digest.update(part)
        file_id = digest.hexdigest()[:32]
        with self._lock:
            self._files[file_id] = MediaFile(data, mimetype, filename)
            self._used.add(file_id)
        return file_id

    def get(self, file_id: str) -> MediaFile | None:
        with self._lock:
            return self._files.get(file_id)

    def run_finished(self) -> None:
        """After a complete run of the whole app: free what it did not use."""
        with self._lock:
            self._files = {k: v for k, v in self._files.items() if k in self._used}
            self._used = set()

    def __len__(self) -> int:
        return len(self._files)


def _holders(msg: Message) -> Iterator[Any]:
    """The submessages (msg included) whose `media_id` names a file."""
    for field, value in msg.ListFields():
        if field.name == "media_id":
            yield msg
        elif isinstance(value, Message):
            yield from _holders(value)
        elif field.message_type is not None:  # a repeated message field
            for item in value:
                if isinstance(item, Message):
                    yield from _holders(item)


def files_of(msg: Message, media: MediaFiles) -> dict[str, MediaFile]:
    """The files `msg` names, by their id in `media`."""
    found = {}
    for holder in _holders(msg):
        file_id = holder.media_id
        kept = media.get(file_id)
        if kept is not None:
            found[file_id] = kept
    return found


def rebind(msg: Message, media: MediaFiles, files: dict[str, MediaFile]) -> None:
    """Add `files` to `media` and rename the ids in `msg` to theirs there."""
    for holder in _holders(msg):
        kept = files.get(holder.media_id)
        if kept is not None:
            holder.media_id = media.add(kept.data, kept.mimetype, kept.filename)
