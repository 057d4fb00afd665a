"""components.v1.declare_component at runtime: values the frame sets (JSON, bytes, Arrow
dataframes) reach the script through the session as any widget value does, callbacks run,
wrong kinds of values are refused, and arguments JSON cannot carry travel as special args."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.custom_components import declared_folder

from tests.runtime import test_bad_input

APP = """
import os
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components
comp = components.declare_component("probe", path=os.path.join(os.path.dirname(__file__), "ui"))
if "calls" not in st.session_state:
    st.session_state.calls = 0
def changed():
    st.session_state.calls += 1
df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=[10, 20])
value = comp(title="Hi", blob=b"\\x00\\x01", table=df, key="p", default="none", on_change=changed)
st.text(repr((type(value).__name__, value if not hasattr(value, "to_dict") else
              value.to_dict(orient="list"), st.session_state.calls)))
"""


class Page(test_bad_input.Page):
    """The session's page (tests/runtime/test_bad_input.py), and the component instance on it."""

    def instance(self) -> pb.ComponentInstance:
        (node,) = [n for n in self.tree.elements() if n.kind == "component_instance"]
        assert node.element is not None
        return node.element.component_instance


@pytest.fixture
def page(tmp_path: Path) -> Page:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "index.html").write_text("<p>probe</p>")
    app = tmp_path / "app.py"
    app.write_text(APP)
    return Page(app)


def test_the_instance_carries_json_bytes_and_arrow_arguments(page: Page, tmp_path: Path) -> None:
    inst = page.instance()
    assert inst.component_name == "app.probe"
    assert inst.url == ""
    assert json.loads(inst.json_args) == {"title": "Hi", "default": "none", "key": "p"}
    special = {a.key: a for a in inst.special_args}
    assert special["blob"].bytes == b"\x00\x01"
    import pyarrow as pa

    table = special["table"].arrow_dataframe
    data = pa.ipc.open_stream(pa.py_buffer(table.data)).read_all()
    assert data.column("a").to_pylist() == [1, 2]
    index = pa.ipc.open_stream(pa.py_buffer(table.index)).read_all()
    assert index.column(0).to_pylist() == [10, 20]
    columns = pa.ipc.open_stream(pa.py_buffer(table.columns)).read_all()
    assert columns.column(0).to_pylist() == ["a", "b"]
    # The declared folder is what the server route serves for this name.
    assert declared_folder("app.probe") == str((tmp_path / "ui").resolve())
    assert page.shown() == "('str', 'none', 0)"


def test_a_json_value_from_the_frame_reaches_the_script_and_runs_the_callback(page: Page) -> None:
    inst = page.instance()
    page.send(pb.WidgetState(id=inst.common.id, json_value=json.dumps({"clicks": 3})))
    assert page.shown() == "('dict', {'clicks': 3}, 1)"
    page.send(pb.WidgetState(id=inst.common.id, json_value=json.dumps({"clicks": 3})))
    assert page.shown() == "('dict', {'clicks': 3}, 1)"  # the same value: no change
    page.send(pb.WidgetState(id=inst.common.id, bytes_value=b"raw"))
    assert page.shown() == "('bytes', b'raw', 2)"


def test_a_dataframe_from_the_frame_arrives_as_a_pandas_frame(page: Page) -> None:
    import pandas as pd
    import pyarrow as pa

    def ipc(frame: pd.DataFrame) -> bytes:
        table = pa.Table.from_pandas(frame, preserve_index=False)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        return sink.getvalue().to_pybytes()

    value = pb.ArrowTable(
        data=ipc(pd.DataFrame({"0": [5, 6]})),
        index=ipc(pd.DataFrame({"0": [0, 1]})),
        columns=ipc(pd.DataFrame({"0": ["n"]})),
    )
    page.send(pb.WidgetState(id=page.instance().common.id, arrow_value=value))
    # Labels come back as one-level MultiIndex tuples, as Streamlit rebuilds them.
    assert page.shown() == "('DataFrame', {('n',): [5, 6]}, 1)"


def test_values_of_other_kinds_are_refused(page: Page) -> None:
    inst = page.instance()
    page.send(pb.WidgetState(id=inst.common.id, int_value=4))
    page.send(pb.WidgetState(id=inst.common.id, json_value="{not json"))
    assert page.shown() == "('str', 'none', 0)"
