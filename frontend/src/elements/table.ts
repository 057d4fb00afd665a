/**
 * st.table: every row of the frame as a real <table>, drawn by the lazy `grid` chunk (it shares
 * the grid's cell formatting); the element stays empty until the chunk has loaded.
 */
import type * as GridChunk from "../chunks/grid";
import type { Component } from "../component";
import { h } from "../dom";
import type { Table } from "../gen/stbundle";
import { loadChunk } from "../lazy";

export class TableEl implements Component<Table> {
  readonly el = h("div", "stb-table-wrap");
  private latest: Table | null = null;
  private chunk: typeof GridChunk | null = null;

  constructor() {
    loadChunk<typeof GridChunk>("grid").then(
      (chunk) => {
        this.chunk = chunk;
        if (this.latest) chunk.renderTable(this.el, this.latest);
      },
      () => this.el.replaceChildren(h("p", "stb-df-note", "The table could not be loaded (grid chunk missing).")),
    );
  }

  update(p: Table): void {
    if (p === this.latest) return;
    this.latest = p;
    this.chunk?.renderTable(this.el, p);
  }
}
