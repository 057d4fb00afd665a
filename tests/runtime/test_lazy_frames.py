"""st.dataframe(lazy=...) in the runtime: which inputs load lazily, the element's first page, the
page's row requests answered through the session (no rerun), sorting, refusals of bad
requests, and how long a source lives (replaced in place, freed by the next complete run,
bounded per session)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.dataframes import lazy_frames
from stbundle.runtime_py.dataframes.columns import encode_values
from stbundle.runtime_py.dataframes.lazy_frames import (
    LazyFrames,
    PandasRows,
    PythonRows,
    lazy_rows,
)
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
)

from stbundle.testing import AppTest


def _ints(column: Any) -> list[int]:
    width = column.int_width or 8
    data = column.ints
    return [
        int.from_bytes(data[i : i + width], "little", signed=True)
        for i in range(0, len(data), width)
    ]


def _texts(column: Any) -> list[str]:
    ends = [
        int.from_bytes(column.text_ends[i : i + 4], "little")
        for i in range(0, len(column.text_ends), 4)
    ]
    out, start = [], 0
    for end in ends:
        out.append(column.text[start:end].decode())
        start = end
    return out


class Page:
    """A session and what it sent, as a page sees it."""

    def __init__(self, app: Path) -> None:
        self.sent: list[pb.ForwardMsg] = []
        self.session = AppSession(app, self.sent.append)
        if self.session.start():
            self.session.run_pending()

    def rerun(self) -> None:
        self.sent.clear()
        if self.session.handle_back_msg(pb.BackMsg(rerun=pb.RerunRequest())):
            self.session.run_pending()

    def tables(self) -> list[Any]:
        return [
            m.delta.new_element.dataframe
            for m in self.sent
            if m.WhichOneof("type") == "delta"
            and m.delta.new_element.WhichOneof("type") == "dataframe"
        ]

    def ask(self, source: str, start: int, end: int, sort_by: int = 0) -> Any:
        self.sent.clear()
        msg = pb.BackMsg()
        msg.dataframe_rows.source = source
        msg.dataframe_rows.start, msg.dataframe_rows.end = start, end
        msg.dataframe_rows.sort_by = sort_by
        assert self.session.handle_back_msg(msg) is False  # answered at once: no run
        assert [m.WhichOneof("type") for m in self.sent] == ["dataframe_rows"]
        return self.sent[0].dataframe_rows


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(source: str) -> Path:
        path = tmp_path / "app.py"
        path.write_text("import streamlit as st\n" + source)
        return path

    return write


# -- which inputs load lazily (Streamlit 1.67's rules) ------------------------------------------
def test_lazy_true_loads_inputs_above_a_thousand_rows() -> None:
    rows = [{"a": i} for i in range(1_001)]
    assert isinstance(lazy_rows(rows, True, selecting=False, can_load=True), PythonRows)
    assert lazy_rows(rows[:1_000], True, selecting=False, can_load=True) is None
    assert isinstance(lazy_rows(np.arange(5_000), True, selecting=False, can_load=True), PandasRows)


def test_lazy_none_loads_only_big_in_memory_frames() -> None:
    big = pd.DataFrame({"x": np.arange(lazy_frames.AUTO_LAZY_ROWS + 1)})
    assert isinstance(lazy_rows(big, None, selecting=False, can_load=True), PandasRows)
    assert (
        lazy_rows(big.head(lazy_frames.AUTO_LAZY_ROWS), None, selecting=False, can_load=True)
        is None
    )
    # A plain list or a numpy array of the same size stays eager (only DataFrames and Tables).
    assert lazy_rows(list(range(200_000)), None, selecting=False, can_load=True) is None
    assert lazy_rows(np.arange(200_000), None, selecting=False, can_load=True) is None
    assert lazy_rows(big, False, selecting=False, can_load=True) is None


def test_what_cannot_be_lazy_raises_with_lazy_true_and_stays_eager_otherwise() -> None:
    df = pd.DataFrame({"x": np.arange(2_000)})
    with pytest.raises(StreamlitAPIException, match=r"pandas\.Styler"):
        lazy_rows(df.style, True, selecting=False, can_load=True)
    assert lazy_rows(df.style, None, selecting=False, can_load=True) is None
    with pytest.raises(StreamlitIncompatibleParametersError, match="on_select"):
        lazy_rows(df, True, selecting=True, can_load=True)
    assert lazy_rows(df, None, selecting=True, can_load=True) is None
    wide = pd.DataFrame(
        np.zeros((2_000, 2)), columns=pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")])
    )
    with pytest.raises(StreamlitAPIException, match="MultiIndex"):
        lazy_rows(wide, True, selecting=False, can_load=True)
    with pytest.raises(StreamlitAPIException, match="MultiIndex"):  # AppTest raises it too
        lazy_rows(wide, True, selecting=False, can_load=False)
    assert lazy_rows(wide, None, selecting=False, can_load=True) is None
    # Where no page can fetch rows later (AppTest, cached output), every table is eager.
    assert lazy_rows(df, True, selecting=False, can_load=False) is None


def test_apptest_shows_every_row_of_a_lazy_table(app: Any) -> None:
    at = AppTest.from_file(str(app("st.dataframe([{'n': i} for i in range(5_000)], lazy=True)")))
    at.run()
    assert at.dataframe[0].value.shape == (5_000, 1)


# -- the element and the page's requests --------------------------------------------------------
def test_the_element_carries_the_first_page_and_the_page_fetches_any_range(app: Any) -> None:
    page = Page(app("st.dataframe([{'n': i, 'w': f'w{i}'} for i in range(100_000)], lazy=True)"))
    (table,) = page.tables()
    assert table.lazy_source
    assert (table.data.rows, table.data.total_rows) == (1_000, 100_000)
    assert _ints(table.data.index[0])[:3] == [0, 1, 2]
    assert table.hide_index  # a list of dicts has no index to show, lazy or not

    rows = page.ask(table.lazy_source, 99_990, 100_010)  # past the end: the rows there are
    assert (rows.error, rows.start, rows.data.rows) == ("", 99_990, 10)
    assert _ints(rows.data.columns[0]) == list(range(99_990, 100_000))
    assert _texts(rows.data.columns[1])[-1] == "w99999"
    assert _ints(rows.data.index[0]) == list(range(99_990, 100_000))
    assert page.ask(table.lazy_source, 200_000, 200_100).data.rows == 0


def test_sorting_is_done_by_the_session_nulls_last_both_ways(app: Any) -> None:
    page = Page(
        app(
            "import pandas as pd\n"
            "keys = [f'k{i}' for i in range(2_000)]\n"
            "df = pd.DataFrame({'v': [3.0, None, 1.0, 2.0] * 500}, index=keys)\n"
            "st.dataframe(df, lazy=True)\n"
        )
    )
    (table,) = page.tables()
    assert _texts(table.data.index[0])[:2] == ["k0", "k1"]  # the frame's own index travels
    up = page.ask(table.lazy_source, 0, 3, sort_by=1)
    assert np.frombuffer(up.data.columns[0].floats, "<f8").tolist() == [1.0, 1.0, 1.0]
    assert _texts(up.data.index[0]) == ["k2", "k6", "k10"]
    down = page.ask(table.lazy_source, 1_497, 1_503, sort_by=-1)
    values = np.frombuffer(down.data.columns[0].floats, "<f8").tolist()
    assert values[:3] == [1.0, 1.0, 1.0]
    assert all(np.isnan(values[3:]))  # the last 500 rows are the nulls, descending too
    by_index = page.ask(table.lazy_source, 0, 2, sort_by=-2)
    assert _texts(by_index.data.index[0]) == ["k999", "k998"]  # text order of the index


def test_bad_requests_are_refused_with_a_reason(app: Any) -> None:
    page = Page(app("st.dataframe(list(range(5_000)), lazy=True)"))
    source = page.tables()[0].lazy_source
    cases = {
        ("made-up", 0, 10, 0): "no longer in the app",
        (source, -5, 10, 0): "not a range of rows",
        (source, 10, 5, 0): "not a range of rows",
        (source, 0, 10_001, 0): "at most 10,000",
        (source, 0, 10, 7): "no column 7",
    }
    for (sid, start, end, sort_by), reason in cases.items():
        answer = page.ask(sid, start, end, sort_by)
        assert reason in answer.error
        assert not answer.HasField("data")
    assert page.ask(source, 0, 10_000).data.rows == 5_000


def test_a_failing_source_is_said_and_the_session_goes_on(app: Any) -> None:
    page = Page(app("st.dataframe([{'a': 1}, {'a': 'x'}] * 600, lazy=True)"))
    source = page.tables()[0].lazy_source
    frames = page.session.lazy_frames
    assert frames is not None
    entry = frames._sources[source]

    class Broken:
        row_count, sort_keys = 1_200, 2

        def frame(self, positions: Any) -> Any:
            raise OSError("the disk is gone")

    entry.source = Broken()  # type: ignore[assignment]
    assert "could not be read: the disk is gone" in page.ask(source, 0, 10).error
    page.rerun()
    assert page.tables()[0].lazy_source


# -- how long a source lives --------------------------------------------------------------------
def test_a_rerun_replaces_the_source_and_frees_the_old_one(app: Any) -> None:
    page = Page(
        app(
            "show = st.session_state.setdefault('show', True)\n"
            "if show:\n"
            "    st.dataframe(list(range(2_000)), lazy=True)\n"
        )
    )
    first = page.tables()[0].lazy_source
    page.rerun()
    second = page.tables()[0].lazy_source
    assert second != first
    assert "no longer in the app" in page.ask(first, 0, 10).error
    assert page.ask(second, 0, 10).data.rows == 10
    page.session.state["show"] = False
    page.rerun()
    assert "no longer in the app" in page.ask(second, 0, 10).error
    assert page.session.lazy_frames is not None and len(page.session.lazy_frames) == 0


def test_fragment_reruns_replace_their_table_in_place(app: Any) -> None:
    page = Page(
        app("@st.fragment\ndef part():\n    st.dataframe(list(range(2_000)), lazy=True)\npart()\n")
    )
    frames = page.session.lazy_frames
    assert frames is not None
    fragment_id = next(iter(page.session.fragments))
    for _ in range(5):
        page.sent.clear()
        msg = pb.BackMsg(rerun=pb.RerunRequest(fragment_id=fragment_id))
        if page.session.handle_back_msg(msg):
            page.session.run_pending()
        assert len(frames) == 1
    assert page.ask(page.tables()[0].lazy_source, 0, 3).data.rows == 3


def test_a_session_keeps_a_bounded_number_of_sources() -> None:
    frames = LazyFrames()
    ids = [
        frames.add(PythonRows([("a", [1, 2])], None)) for _ in range(lazy_frames.MAX_SOURCES + 5)
    ]
    assert len(frames) == lazy_frames.MAX_SOURCES
    request = pb.DataframeRowsRequest(source=ids[0], start=0, end=1)
    assert "no longer" in frames.answer(request).dataframe_rows.error
    frames.clear()
    assert len(frames) == 0


def test_a_cached_functions_table_is_sent_whole(app: Any) -> None:
    page = Page(
        app(
            "@st.cache_data\ndef show():\n    st.dataframe(list(range(3_000)), lazy=True)\nshow()\n"
        )
    )
    (table,) = page.tables()
    assert not table.lazy_source and table.data.rows == 3_000


def test_numbered_rows_sort_by_their_number_both_ways() -> None:
    frames = LazyFrames()
    rows = PythonRows([("a", list(range(3_000)))], None)
    indexed = PandasRows(pd.DataFrame({"a": np.arange(3_000)}))
    for source in (rows, indexed):
        source_id = frames.add(source)
        for start, end, expected in ((0, 3, [2_999, 2_998, 2_997]), (2_997, 3_000, [2, 1, 0])):
            request = pb.DataframeRowsRequest(source=source_id, start=start, end=end, sort_by=-2)
            answer = frames.answer(request).dataframe_rows
            assert _ints(answer.data.index[0]) == expected
            assert _ints(answer.data.columns[0]) == expected


def test_every_page_of_plain_data_is_typed_as_the_whole_column() -> None:
    """Ints with one null (late in the column) are floats on every page, as pandas has them and
    as the eager table shows them; a column mixing kinds is text on every page."""
    values = [*range(2_999), None]
    mixed = [*range(2_999), "x"]
    rows = PythonRows([("n", values), ("m", mixed)], None)
    first = rows.frame(range(3))
    assert first.columns[0].kind == pb.FrameColumn.FLOAT
    assert first.columns[1].kind == pb.FrameColumn.OBJECT
    eager = encode_values("n", values)
    assert (first.columns[0].kind, first.columns[0].dtype) == (eager.kind, eager.dtype)
    last = rows.frame(range(2_998, 3_000))
    assert np.isnan(np.frombuffer(last.columns[0].floats, "<f8")[1])
