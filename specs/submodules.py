"""Streamlit's public submodules that apps import (`streamlit.components.v1`, ...).

Each is either ours (`impl`: the stbundle module an app gets under that name while it runs) or
not yet (`not_yet`: importing it works, using any of its names raises "not supported yet").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Submodule:
    impl: str | None = None
    not_yet: str | None = None


SUBMODULES: dict[str, Submodule] = {
    "errors": Submodule(impl="stbundle.runtime_py.errors"),
    "column_config": Submodule(impl="stbundle.runtime_py.column_config"),
    "components.v1": Submodule(impl="stbundle.runtime_py.components_v1"),
    # The module's legacy path (`from streamlit.components.v1 import components`).
    "components.v1.components": Submodule(impl="stbundle.runtime_py.components_v1"),
    "config": Submodule(impl="stbundle.runtime_py.streamlit_config"),
    # Not read from the oracle (they are not `st.*` API), but real apps import them:
    "runtime": Submodule(impl="stbundle.runtime_py.streamlit_runtime"),
    "runtime.scriptrunner": Submodule(impl="stbundle.runtime_py.streamlit_runtime"),
    # `from streamlit.runtime.uploaded_file_manager import UploadedFile`, for type hints.
    "runtime.uploaded_file_manager": Submodule(impl="stbundle.runtime_py.uploads"),
}
