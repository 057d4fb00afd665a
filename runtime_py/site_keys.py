"""Telling repeated keyless widgets apart by where they are written (compiled apps only).

Streamlit rejects a keyless widget drawn twice with the same parameters (in a loop, or in a
helper called twice) as a duplicate ID. When the compiler has analysed the app, its manifest
names every widget call site with a stable site key, and the runtime gives the repeat an ID made
from the Streamlit ID, the site key and the occurrence number, so its state follows its
position. Without a manifest (plain AppTest), Streamlit's error stands.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import FrameType
from typing import Any

from stbundle.runtime_py.session_state import WIDGET_ID_PREFIX

Site = tuple[str, int, int]  # resolved file, 1-based line, 0-based column of the call

# Where a static build puts the widget sites, beside the app (the page has no compiler).
SITES_FILE = ".stbundle/widget_sites.json"
_SITE_FIELDS = ("file", "line", "col", "site_key")


def sites_json(manifest: Mapping[str, Any]) -> bytes:
    """The part of the compiler's manifest the runtime uses, as a small JSON document."""
    widgets = [
        {field: w[field] for field in _SITE_FIELDS}
        for w in manifest.get("widgets", [])
        if w.get("site_key")
    ]
    return json.dumps({"widgets": widgets}, separators=(",", ":")).encode()


class SiteKeys:
    """Call positions → site keys, from the compiler's manifest."""

    def __init__(self, sites: Mapping[Site, str]) -> None:
        self._sites = dict(sites)
        self._files = {file for file, _, _ in self._sites}

    @classmethod
    def from_manifest(cls, manifest: Mapping[str, Any], app_dir: Path) -> SiteKeys:
        widgets: Iterable[Mapping[str, Any]] = manifest.get("widgets", [])
        return cls(
            {
                (str((app_dir / w["file"]).resolve()), int(w["line"]), int(w["col"])): str(
                    w["site_key"]
                )
                for w in widgets
                if w.get("site_key")
            }
        )

    def site_of_caller(self) -> str | None:
        """The site key of the innermost user frame that is a known widget call."""
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            filename = frame.f_code.co_filename
            if filename in self._files:
                line, col = _call_position(frame)
                site = self._sites.get((filename, line, col))
                if site is not None:
                    return site
            frame = frame.f_back
        return None


def _call_position(frame: FrameType) -> tuple[int, int]:
    """Line and column where the instruction the frame is executing starts (the call)."""
    positions = list(frame.f_code.co_positions())
    index = frame.f_lasti // 2
    if 0 <= index < len(positions):
        line, _, col, _ = positions[index]
        if line is not None and col is not None:
            return line, col
    return frame.f_lineno, -1


def repeat_widget_id(widget_id: str, site_key: str, occurrence: int) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    for part in (widget_id, site_key, str(occurrence)):
        digest.update(part.encode())
    return f"{WIDGET_ID_PREFIX}-{digest.hexdigest()}-None"
