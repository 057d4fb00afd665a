"""The `--out` folder across builds: temporary folders, and files the user put there.

A build writes into `.<out>.build-<pid>-XXXX` beside `--out` and swaps it in at the end. A build
that is killed leaves that folder behind; the next build removes every such folder whose process
is gone. The manifest records the files a build wrote (`"files"`); anything else found in the
previous output (a `CNAME` for GitHub Pages, a custom `robots.txt`) was put there by the user and
is carried into the new site, unless the new build writes a file of the same name.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path


def temp_folder(out: Path) -> Path:
    """A new private folder beside `out` for this build to write into."""
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.build-{os.getpid()}-", dir=out.parent))


def remove_stale(out: Path) -> list[str]:
    """Remove temporary folders of earlier builds into `out` whose process has exited."""
    removed: list[str] = []
    if not out.parent.is_dir():
        return removed
    for prefix in (f".{out.name}.build-", f".{out.name}.old-"):
        for path in out.parent.glob(f"{prefix}*"):
            if not path.is_dir() or path.is_symlink() or _alive(path.name[len(prefix) :]):
                continue
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    return sorted(removed)


def _alive(suffix: str) -> bool:
    """Whether the build that named a folder `<pid>-...` (or `<pid>`) still runs."""
    digits = suffix.split("-", 1)[0]
    if not digits.isdigit():
        return False  # named before folders carried a pid: no build of ours is writing it
    pid = int(digits)
    if pid == os.getpid():
        return False  # this very process is starting a new build: an earlier one failed
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def record_files(site: Path) -> None:
    """Add the list of files the build wrote to the site's manifest.json."""
    manifest_path = site / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["files"] = sorted({*_files(site), "manifest.json"})
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", "utf-8")


def carry_user_files(previous: Path, site: Path) -> tuple[list[str], list[str]]:
    """Copy files the user added to the previous output into the new site.

    Returns (kept, replaced): the files carried over, and user files the new build overwrote.
    An output from a build that recorded no file list carries nothing (nothing can be told apart).
    """
    try:
        manifest = json.loads((previous / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], []
    written = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(written, list):
        return [], []
    ours = set(written)
    kept: list[str] = []
    replaced: list[str] = []
    for name in _files(previous):
        if name in ours:
            continue
        target = site / name
        if target.exists():
            replaced.append(name)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(previous / name, target, follow_symlinks=False)
        kept.append(name)
    return kept, replaced


def _files(folder: Path) -> list[str]:
    return sorted(
        p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink()
    )
