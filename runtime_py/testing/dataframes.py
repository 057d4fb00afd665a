"""AppTest's view of tables: `at.dataframe[i].value` and `at.table[i].value` are pandas
DataFrames decoded from the element's Frame, as Streamlit 1.67's AppTest gives them."""

from __future__ import annotations

from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.to_pandas import to_dataframe
from stbundle.runtime_py.testing.elements import Element


def _user_key(widget_id: str) -> str | None:
    key = widget_id.split("-", maxsplit=2)[-1] if widget_id else "None"
    return None if key == "None" else key


class Dataframe(Element):
    """st.dataframe and st.data_editor; `.value` is the input table, without edits."""

    type = "dataframe"

    def __init__(self, proto: Any, root: Any) -> None:
        super().__init__(proto, root)
        self.key = _user_key(str(proto.common.id)) if proto.HasField("common") else None

    @property
    def editing_mode(self) -> str:
        return pb.Dataframe.EditingMode.Name(self.proto.editing_mode).lower()

    @property
    def value(self) -> Any:
        return to_dataframe(self.proto.data)


class Table(Element):
    """st.table; `.value` is its table as a pandas DataFrame."""

    type = "table"

    @property
    def value(self) -> Any:
        return to_dataframe(self.proto.data)
