"""A session's media files: bytes the page fetches by id (downloads now; images and audio next).

Ids are unguessable and scoped to the session: an HMAC of the content under a per-session random
key, so the same bytes keep the same id across reruns (the page need not refetch) while another
session cannot name them. Serve mode serves them at `media/<session id>/<file id>`; a static
build hands their bytes to the page through the in-page call, which makes a Blob URL. Files not
used by the last complete run are freed, and all of them go with the session.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass


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
        """Keep `data` for the page; returns its id."""
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
