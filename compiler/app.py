"""Analyse a set of app scripts into one AppModel (the steps after the single pass)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stbundle.compiler.analysis import AppAnalyser, app_files
from stbundle.compiler.fragments import compute_fragments
from stbundle.compiler.keys import assign_site_keys, infer_repeats
from stbundle.compiler.model import AppModel


def relative(root: Path, path: Path) -> str:
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return path.as_posix()


@contextmanager
def gc_paused() -> Iterator[None]:
    """The pass allocates many small acyclic objects; cyclic GC only rescans them (~2x time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def analyse_files(root: Path, files: list[Path]) -> AppModel:
    """One model for scripts sharing an app directory (the scripts and what they import)."""
    with gc_paused():
        analyser = AppAnalyser(root, [relative(root, f) for f in files])
        for path in files:
            analyser.analyse_file(path, role="script")
        model = analyser.model
        assign_site_keys(model)
        infer_repeats(model, analyser.function_locals)
        compute_fragments(model)
    return model


def analyse_entry(path: Path) -> AppModel:
    """The app at ``path`` plus its ``pages/`` scripts and the local modules they import."""
    return analyse_files(path.parent, app_files(path))
