/**
 * st.grid and grid.cell(): blocks laid out by CSS grid. The core holds only these shells (their
 * children render at once, stacked); the lazy `grid_layout` chunk styles the grid and the spans.
 */
import type { BlockComponent } from "./component";
import { h } from "./dom";
import type { Block_Grid, Block_GridCell } from "./gen/stbundle";
import { loadChunk } from "./lazy";
import type * as GridLayout from "./chunks/grid_layout";

class GridPart<T> implements BlockComponent<T> {
  readonly el = h("div", "stb-block stb-vertical");
  readonly container = this.el;

  constructor(private readonly style: (m: typeof GridLayout, el: HTMLElement, p: T) => void) {}

  update(p: T): void {
    void loadChunk<typeof GridLayout>("grid_layout").then((m) => this.style(m, this.el, p));
  }
}

export const gridBlock = (): GridPart<Block_Grid> => new GridPart((m, el, p) => m.grid(el, p));
export const gridCellBlock = (): GridPart<Block_GridCell> => new GridPart((m, el, p) => m.cell(el, p));
