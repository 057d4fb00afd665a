"""AppTest's view of tables: `at.dataframe[i].value` and `at.table[i].value` are pandas
DataFrames decoded from the element's Frame, as Streamlit 1.67's AppTest gives them."""

from __future__ import annotations

from typing import Any, NoReturn

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dataframes.to_pandas import to_dataframe
from stbundle.runtime_py.testing.elements import Element
from stbundle.runtime_py.testing.errors import AppTestError


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

    def _unsupported(self, method: str) -> Any:
        """An editor's edits are seeded through session state (Streamlit's AppTest wording)."""
        if self.editing_mode == "read_only":
            return super()._unsupported(method)
        where = f" (key={self.key!r})" if self.key else ""
        note = (
            " Assign the edit state (edited_rows, added_rows, deleted_rows) on "
            "at.session_state before run()."
            if self.key
            else " Use a Playwright e2e test."
        )

        def refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
            raise AppTestError(
                f"{method}() is not supported for data_editor{where}. AppTest can read the table "
                f"and editing_mode, but it does not apply cell edits through {method}().{note}"
            )

        return refuse


class Table(Element):
    """st.table; `.value` is its table as a pandas DataFrame."""

    type = "table"

    @property
    def value(self) -> Any:
        return to_dataframe(self.proto.data)
