"""A lazy table's rows over the WebSocket: answered without a rerun, bad requests refused with a
reason while the connection stays open, and a flood of requests bounded per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb

from tests.server.client import PageClient
from tests.server.live import LiveServer

APP = """
import streamlit as st
st.dataframe([{"n": i} for i in range(100_000)], lazy=True)
"""


def _ask(page: PageClient, source: str, start: int, end: int, sort_by: int = 0) -> None:
    msg = pb.BackMsg()
    msg.dataframe_rows.source = source
    msg.dataframe_rows.start, msg.dataframe_rows.end = start, end
    msg.dataframe_rows.sort_by = sort_by
    page.send(msg)


def _answer(page: PageClient) -> pb.DataframeRows:
    while True:
        msg = page.recv()
        kind = msg.WhichOneof("type")
        assert kind not in ("script_started", "delta"), "a row request must not rerun the app"
        if kind == "dataframe_rows":
            return msg.dataframe_rows


@pytest.fixture
def lazy_page(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> tuple[PageClient, str]:
    """A page of the app after its first run, and its lazy table's source id."""
    page = pages(serve(write_app("lazy.py", APP)).ws_url)
    run = page.run()
    (table,) = [el.dataframe for el in run.elements() if el.WhichOneof("type") == "dataframe"]
    assert table.lazy_source and table.data.total_rows == 100_000
    return page, table.lazy_source


def test_rows_come_back_without_a_rerun(lazy_page: tuple[PageClient, str]) -> None:
    page, source = lazy_page
    _ask(page, source, 99_000, 100_000, sort_by=-1)
    rows = _answer(page)
    assert (rows.error, rows.start, rows.data.rows) == ("", 99_000, 1_000)


def test_bad_requests_are_refused_and_the_connection_stays(
    lazy_page: tuple[PageClient, str],
) -> None:
    page, source = lazy_page
    for (sid, start, end), reason in {
        ("unknown-id", 0, 10): "no longer in the app",
        (source, 0, 5_000_000): "at most 10,000",
        (source, -10, 10): "not a range of rows",
    }.items():
        _ask(page, sid, start, end)
        answer = _answer(page)
        assert reason in answer.error and not answer.HasField("data")
    _ask(page, source, 10, 20)
    assert _answer(page).data.rows == 10  # still connected, still answered


def test_a_flood_of_requests_is_bounded(lazy_page: tuple[PageClient, str]) -> None:
    page, source = lazy_page
    for i in range(60):  # each sorts 100,000 rows the other way first: slow enough to pile up
        _ask(page, source, 0, 10_000, sort_by=1 if i % 2 else -1)
    answers = [_answer(page) for _ in range(60)]
    refused = [a for a in answers if "Too many row requests" in a.error]
    served = [a for a in answers if not a.error]
    assert len(refused) + len(served) == 60
    assert refused, "a page asking faster than the session answers is told to wait"
    assert served
