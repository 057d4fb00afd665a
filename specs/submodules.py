"""Streamlit's public submodules that apps import (`streamlit.components.v1`, ...).

Each is either ours (`impl`: the stbundle module an app gets under that name while it runs) or
not yet (`not_yet`: importing it works, using any of its names raises "not supported yet").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stbundle.specs.model import Renderer


@dataclass(frozen=True)
class Submodule:
    impl: str | None = None
    not_yet: str | None = None
    #: Element cases its functions draw that no `st.*` command does, and their renderers.
    renderers: dict[str, Renderer] = field(default_factory=dict)


SUBMODULES: dict[str, Submodule] = {
    "errors": Submodule(impl="stbundle.runtime_py.errors"),
    "column_config": Submodule(impl="stbundle.runtime_py.column_config"),
    "components.v1": Submodule(
        impl="stbundle.runtime_py.components_v1",
        # declare_component's instances: a frame speaking Streamlit's component protocol.
        renderers={
            "component_instance": Renderer(
                "CustomComponentEl", "elements/custom_component", widget=True, lazy=True
            )
        },
    ),
    # The module's legacy path (`from streamlit.components.v1 import components`).
    "components.v1.components": Submodule(impl="stbundle.runtime_py.components_v1"),
    "config": Submodule(impl="stbundle.runtime_py.streamlit_config"),
    # Not read from the oracle (they are not `st.*` API), but real apps import them:
    "runtime": Submodule(impl="stbundle.runtime_py.streamlit_runtime"),
    # `from streamlit.connections import BaseConnection` (custom connections), SQLConnection.
    "connections": Submodule(impl="stbundle.runtime_py.connections"),
    "runtime.scriptrunner": Submodule(impl="stbundle.runtime_py.streamlit_runtime"),
    # `from streamlit.runtime.uploaded_file_manager import UploadedFile`, for type hints.
    "runtime.uploaded_file_manager": Submodule(impl="stbundle.runtime_py.uploads"),
}
