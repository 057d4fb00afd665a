"""`bundle build launcher.py` where the file assigns an `st.App`: the site runs the script the
App names, and the build says which of the App's settings only a server can honour."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from stbundle.builder.errors import BuildError
from stbundle.compiler.launcher import find_launcher

if TYPE_CHECKING:
    from stbundle.builder.build import BuildOptions


def script_options(options: BuildOptions) -> tuple[BuildOptions, list[str]]:
    """The options to build with (the App's script in place of a launcher) and the notes."""
    launcher = find_launcher(options.app) if options.app.is_file() else None
    if launcher is None:
        return options, []
    if launcher.script is None:
        raise BuildError(
            f"{options.app}:{launcher.line}: st.App's script path is not a literal string; "
            "build the script itself (bundle build main.py)"
        )
    notes = [f"{options.app.name} launches an st.App: the site runs its script {launcher.script}"]
    if launcher.server_only:
        given = ", ".join(f"{k}=" for k in launcher.server_only)
        notes.append(f"st.App({given}) needs a server; a static site has none, so it is left out")
    return dataclasses.replace(options, app=launcher.script), notes
