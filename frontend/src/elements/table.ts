/**
 * st.table: every row of the frame as a real <table>, drawn by the lazy `grid` chunk (it shares
 * the grid's cell formatting); the element stays empty until the chunk has loaded.
 */
import type * as GridChunk from "../chunks/grid";
import type { Component } from "../component";
import { chunkView } from "../chunk_view";
import { h } from "../dom";
import type { Table } from "../gen/stbundle";

export class TableEl implements Component<Table> {
  readonly el = h("div", "stb-table-wrap");
  private readonly grid = chunkView(this.el, "grid", (chunk: typeof GridChunk) => chunk, "table");

  update(p: Table): void {
    this.grid.draw((chunk) => chunk.renderTable(this.el, p), p);
  }
}
