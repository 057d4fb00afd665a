"""The compiler: analyse a Streamlit-style app into an AppModel and a JSON manifest.

``analyse_app(path)`` reads the app (its ``pages/`` and the local modules it imports) without
running any of it and runs the lint rules over it; ``AppModel.to_manifest()`` is what lint,
``bundle build`` and the runtime consume.
"""

from __future__ import annotations

from pathlib import Path

from stbundle.compiler.app import analyse_entry, analyse_files
from stbundle.compiler.lint.config import LintConfig, load_config
from stbundle.compiler.lint.engine import run_rules
from stbundle.compiler.model import AppModel

__all__ = ["AppModel", "analyse_app", "analyse_files"]


def analyse_app(path: Path, config: LintConfig | None = None) -> AppModel:
    """Analyse the app at ``path``; its diagnostics honour ``[tool.stbundle.lint]``."""
    path = Path(path)
    model = analyse_entry(path)
    if config is None:
        config = load_config(path.parent)
    model.diagnostics = run_rules(model, config)
    return model
