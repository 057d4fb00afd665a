"""Files the build keeps between runs (precompiled stdlib, snapshots, packs): written whole.

A build that reads the cache while another writes it, or one killed midway, must never find half
a file: each is written beside its place under a name of this process's, then renamed over it.
"""

from __future__ import annotations

import os
from pathlib import Path


def store(path: Path, data: bytes) -> None:
    """Put `data` at `path` in the cache, whole or not at all; OSError when it cannot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(f".{os.getpid()}.part")
    part.write_bytes(data)
    part.replace(path)
