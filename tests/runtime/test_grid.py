"""st.grid: its block carries Streamlit's arguments; grid.cell() spans tracks."""

from __future__ import annotations

from stbundle.proto import stbundle_pb2 as pb

from stbundle.testing import AppTest


def _blocks(at: AppTest) -> list[pb.Block]:
    return [n.block for n in at._page.elements() if n.block is not None]


def test_grid_and_cells_reach_the_renderer() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "g = st.grid(4, min_column_width=180, gap=(8, 'large'), row_height=90, dense=True,"
        " key='k')\n"
        "g.write('direct')\n"
        "with g.cell(column_span='all', row_span=2):\n"
        "    st.write('inside')\n"
        "g.cell(column_span=3).write('three')\n"
    ).run()
    grid, all_cell, three = _blocks(at)
    g = grid.grid
    assert (g.columns, g.min_column_width, g.row_gap, g.column_gap, g.row_height) == (
        4,
        180,
        "8px",
        "large",
        90,
    )
    assert (g.wrap, g.dense, g.key, g.vertical_alignment) == (True, True, "k", "top")
    assert all_cell.grid_cell.column_span_all and all_cell.grid_cell.row_span == 2
    assert three.grid_cell.column_span == 3
    assert [m.value for m in at.grid[0].markdown] == ["direct", "inside", "three"]


def test_a_cell_cannot_span_more_columns_than_the_grid_has() -> None:
    at = AppTest.from_string("import streamlit as st\nst.grid(2).cell(column_span=3)\n").run()
    assert at.exception[0].message == (
        "The `column_span` parameter, set to 3, is outside the required range [1, 2]."
    )
