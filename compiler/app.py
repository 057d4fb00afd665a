"""Analyse a set of app scripts into one AppModel (the steps after the single pass)."""

from __future__ import annotations

from pathlib import Path

from stbundle.compiler.analysis import AppAnalyser, app_files
from stbundle.compiler.fragments import compute_fragments
from stbundle.compiler.keys import assign_site_keys, infer_repeats
from stbundle.compiler.model import AppModel


def relative(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def analyse_files(root: Path, files: list[Path]) -> AppModel:
    """One model for scripts sharing an app directory (the scripts and what they import)."""
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
