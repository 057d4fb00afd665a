"""Custom components (`components.v1.declare_component`): a page of the component's own that the
renderer shows in a frame and talks to with Streamlit's component messages.

A call sends the component its keyword arguments (JSON, bytes, or dataframes as Arrow) and
returns the value the frame last set, a widget value with the usual identity and state rules.
Declared folders are remembered process-wide (`declared_folder`) so that `bundle serve` can
serve their files; a static build copies them into the site (builder/components.py).
"""

from __future__ import annotations

import importlib
import json
import os
import threading
from pathlib import Path
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.libs import pandas
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.registration import on_change_callback, register_widget

_LOCK = threading.Lock()
#: component name -> the absolute folder its files are served from (declared with `path=`).
_FOLDERS: dict[str, str] = {}


class MarshallComponentException(StreamlitAPIException):
    """A component call's arguments cannot be sent to its frame."""


def declared_folder(name: str) -> str | None:
    """The folder a component of this name was declared with in this process, if any."""
    with _LOCK:
        return _FOLDERS.get(name)


def module_name_of(globals_: dict[str, Any], filename: str) -> str:
    """The declaring module's name as Streamlit takes it: the app script (`__main__`) is named
    after its file."""
    name = str(globals_.get("__name__") or "__main__")
    if name == "__main__":
        name = os.path.splitext(os.path.basename(filename))[0]
    return name


class CustomComponent:
    """A declared component; call it to show an instance and get the value its frame set."""

    def __init__(
        self,
        name: str,
        path: str | None = None,
        url: str | None = None,
        module_name: str | None = None,
    ) -> None:
        if path is None and url is None:
            raise StreamlitAPIException("Either 'path' or 'url' must be set.")
        self._name = name
        self._path = path
        self._url = url
        self._module_name = module_name

    @property
    def name(self) -> str:
        return self._name

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def url(self) -> str | None:
        return self._url

    @property
    def module_name(self) -> str | None:
        return self._module_name

    @property
    def abspath(self) -> str | None:
        return None if self._path is None else os.path.abspath(self._path)

    def __repr__(self) -> str:
        fields = {"_name": self._name, "_path": self._path, "_url": self._url}
        fields["_module_name"] = self._module_name
        shown = ", ".join(f"{k}={v!r}" for k, v in fields.items() if v is not None)
        return f"CustomComponent({shown})"

    def __str__(self) -> str:
        return f"'{self._name}': {self._path if self._path is not None else self._url}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (
            (self._name, self._path, self._url, self._module_name)
            == (other._name, other._path, other._url, other._module_name)
        )

    def __hash__(self) -> int:
        return hash((self._name, self._path, self._url, self._module_name))

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Show the component with `kwargs` as its arguments; returns the value its frame set,
        or `default` until it sets one."""
        from stbundle.runtime_py.delta_generator import main_dg

        if args:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        on_change_callback(on_change, modes=())
        if tab_index is not None:
            if isinstance(tab_index, bool) or not isinstance(tab_index, int):
                raise StreamlitInvalidParameterTypeError(
                    "tab_index", type(tab_index).__name__, ["int"]
                )
            if tab_index < -1:
                raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])
        json_args, special_args = _split_args(dict(kwargs, default=default, key=key))
        try:
            json_text = json.dumps(json_args)
        except Exception as exc:
            raise MarshallComponentException(
                "Could not convert component args to JSON", exc
            ) from exc
        reg = register_widget(
            main_dg,
            "component_instance",
            key=key,
            params={
                "name": self._name,
                "url": self._url,
                "json_args": json_text,
                "special_args": [a.SerializeToString() for a in special_args],
            },
            key_as_main_identity=frozenset({"name", "url"}),
            deserialize=_value_from_frame,
            on_change=on_change,
        )
        element = pb.Element()
        instance = element.component_instance
        instance.common.id = reg.id
        instance.common.form_id = reg.form_id
        instance.common.set_value = reg.set_value
        instance.component_name = self._name
        if self._url is not None:
            instance.url = self._url
        instance.json_args = json_text
        instance.special_args.extend(special_args)
        if tab_index is not None:
            instance.tab_index = tab_index
        main_dg._emit(element)
        return default if reg.value is None else reg.value

    #: Calling the component creates an instance, as in Streamlit.
    __call__ = create_instance


def declare(name: str, path: str | Path | None, url: str | None, module: str) -> CustomComponent:
    """A component named `<module>.<name>`; a `path=` folder is remembered for serving."""
    folder = None if path is None else str(path)
    component = CustomComponent(f"{module}.{name}", path=folder, url=url, module_name=module)
    if folder is not None and not url:
        with _LOCK:
            _FOLDERS[component.name] = os.path.abspath(folder)
    return component


def _split_args(args: dict[str, Any]) -> tuple[dict[str, Any], list[pb.SpecialArg]]:
    """JSON arguments, and the bytes and dataframe ones JSON cannot carry."""
    from stbundle.runtime_py.dataframes.convert import to_pandas_input

    json_args: dict[str, Any] = {}
    special: list[pb.SpecialArg] = []
    for name, value in args.items():
        if isinstance(value, (bytes, bytearray, memoryview)):
            arg = pb.SpecialArg(key=name, bytes=bytes(value))
            special.append(arg)
            continue
        frame = to_pandas_input(value) if not isinstance(value, (str, int, float)) else None
        if frame is not None:
            arg = pb.SpecialArg(key=name)
            styled = type(frame).__name__ == "Styler"  # its data is what the frame gets
            _arrow_table(arg.arrow_dataframe, frame.data if styled else frame)
            special.append(arg)
        else:
            json_args[name] = value
    return json_args, special


def _pyarrow() -> Any:
    try:
        return importlib.import_module("pyarrow")
    except ImportError as exc:
        raise StreamlitAPIException(
            "Dataframes travel to and from custom components as Arrow tables: install pyarrow "
            "(`pip install pyarrow`; for a static build, add it to requirements.txt)."
        ) from exc


def _arrow_bytes(frame: Any) -> bytes:
    pa = _pyarrow()
    table = pa.Table.from_pandas(frame)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def _arrow_table(proto: pb.ArrowTable, frame: Any) -> None:
    """A dataframe as streamlit-component-lib's ArrowTable: its data, index and column labels,
    each an Arrow IPC stream."""
    pd = pandas()

    def listed(values: Any) -> list[Any]:
        return [list(v) if isinstance(v, tuple) else v for v in values]

    proto.data = _arrow_bytes(frame)
    proto.index = _arrow_bytes(pd.DataFrame(listed(frame.index.values)))
    proto.columns = _arrow_bytes(pd.DataFrame(listed(frame.columns.values)))


def _frame_from_arrow(proto: pb.ArrowTable) -> Any:
    """The dataframe a frame sent (setComponentValue with dataType "dataframe")."""
    pa = _pyarrow()
    pd = pandas()

    def read(data: bytes) -> Any:
        return pa.ipc.open_stream(pa.py_buffer(data)).read_all().to_pandas()

    data, index, columns = read(proto.data), read(proto.index), read(proto.columns)
    return pd.DataFrame(
        data.to_numpy(),
        index=index.to_numpy().T.tolist(),
        columns=columns.to_numpy().T.tolist(),
    )


def _value_from_frame(state: pb.WidgetState | None) -> Any:
    """What the frame set, as the script gets it; None until it sets something."""
    if state is None or wire.is_null(state):
        return None
    case = wire.kind(state)
    if case == "json_value":
        return json.loads(state.json_value)
    if case == "bytes_value":
        return bytes(state.bytes_value)
    if case == "arrow_value":
        return _frame_from_arrow(state.arrow_value)
    raise TypeError(f"expected a component value, got {case}")
