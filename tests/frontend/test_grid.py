"""st.grid in the renderer: direct children are cells in rows of the declared columns, fewer
when the page is narrow; grid.cell() spans tracks."""

from __future__ import annotations

from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, blk, text


def _boxes(ui: Harness, *labels: str) -> list[dict[str, float]]:
    return [
        ui.page.get_by_text(label, exact=True).evaluate(
            "e => { const r = e.closest('.stb-grid > *').getBoundingClientRect();"
            " return {x: r.x, y: r.y, w: r.width, h: r.height}; }"
        )
        for label in labels
    ]


def _grid(ui: Harness, width: int, **fields: object) -> None:
    ui.page.set_viewport_size({"width": width, "height": 800})
    fields.setdefault("wrap", True)
    fields.setdefault("row_gap", "small")
    fields.setdefault("column_gap", "small")
    ui.send(blk([0, 0], grid=pb.Block.Grid(**fields)))  # type: ignore[arg-type]
    ui.page.wait_for_selector(".stb-grid", state="attached")


def test_three_columns_then_a_new_row(ui: Harness) -> None:
    _grid(ui, 1200, columns=3, border=True)
    ui.send(*(text([0, 0, i], f"card {i}") for i in range(4)))
    a, b, c, d = _boxes(ui, "card 0", "card 1", "card 2", "card 3")
    assert a["y"] == b["y"] == c["y"] < d["y"]
    assert a["x"] < b["x"] < c["x"] and d["x"] == a["x"]
    assert abs(a["w"] - b["w"]) < 1


def test_fewer_columns_when_cells_would_be_too_narrow(ui: Harness) -> None:
    _grid(ui, 500, columns=4, min_column_width=200)
    ui.send(*(text([0, 0, i], f"card {i}") for i in range(4)))
    a, b, c, _ = _boxes(ui, "card 0", "card 1", "card 2", "card 3")
    assert a["y"] == b["y"] < c["y"]  # two columns fit 500 px, not four
    assert a["w"] >= 200


def test_a_cell_spans_columns_and_rows(ui: Harness) -> None:
    _grid(ui, 1200, columns=3)
    wide = blk([0, 0, 0], grid_cell=pb.Block.GridCell(column_span=2, row_span=2))
    ui.send(wide, text([0, 0, 0, 0], "wide"), text([0, 0, 1], "one"), text([0, 0, 2], "two"))
    w, one, two = _boxes(ui, "wide", "one", "two")
    assert w["w"] > 1.9 * one["w"]
    assert one["x"] == two["x"] > w["x"]  # beside the wide cell, on its two rows
    assert two["y"] > one["y"]
    all_cell = blk([0, 0, 3], grid_cell=pb.Block.GridCell(column_span_all=True))
    ui.send(all_cell, text([0, 0, 3, 0], "all"))
    (full,) = _boxes(ui, "all")
    assert full["w"] > w["w"] + one["w"]
