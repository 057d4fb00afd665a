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
        _analyse_declared_pages(analyser, root)
        model = analyser.model
        assign_site_keys(model)
        infer_repeats(model, analyser.function_locals)
        compute_fragments(model)
    return model


def _analyse_declared_pages(analyser: AppAnalyser, root: Path) -> None:
    """The page files st.Page calls name literally in any analysed file (a helper module may
    declare the app's pages), analysed as scripts too: linted, and shipped with what they
    import. A path is relative to the app's folder (or the declaring file's), never outside."""
    top = Path(os.path.abspath(root))
    done = 0
    while done < len(analyser.model.pages):  # a page may declare pages too
        site = analyser.model.pages[done]
        done += 1
        source = site.args.source
        if source is None or "\0" in source or not source.endswith(".py"):
            continue
        for folder in (top, (top / site.file).parent):
            path = Path(os.path.abspath(folder / source))
            if path.is_relative_to(top) and path.is_file():
                analyser.analyse_file(path, role="script")
                break


def app_root(script: Path, levels: int = 3) -> Path:
    """The folder of the app a script belongs to: its own, unless it is a page of an entry
    script higher up (in that entry's pages/ folder, or named by its st.Page calls)."""
    script = Path(os.path.abspath(script))
    folder = script.parent
    if folder.name == "pages" and any(folder.parent.glob("*.py")):
        return folder.parent
    for parent in list(script.parents)[1 : levels + 1]:
        if any(script in map(_absolute, app_files(c)[1:]) for c in sorted(parent.glob("*.py"))):
            return parent
    return folder


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def page_context(root: Path, files: list[Path]) -> list[Path]:
    """Scripts that share session state with ``files`` (so lint knows what they initialise)
    without being linted themselves: the pages an entry script among them declares, and the
    entry scripts in ``root`` that declare one of them as a page."""
    given = {Path(os.path.abspath(f)) for f in files}
    extra: list[Path] = []

    def add(path: Path) -> None:
        path = Path(os.path.abspath(path))
        if path not in given and path not in extra:
            extra.append(path)

    for path in files:
        for page in app_files(path)[1:]:
            add(page)
    for candidate in sorted(root.glob("*.py")):
        pages = {Path(os.path.abspath(p)) for p in app_files(candidate)[1:]}
        if pages & given:
            add(candidate)
    return extra


def analyse_entry(path: Path) -> AppModel:
    """The app at ``path`` plus its ``pages/`` scripts and the local modules they import."""
    return analyse_files(path.parent, app_files(path))
