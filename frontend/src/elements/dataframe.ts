/**
 * st.dataframe: a placeholder in the core that loads the `grid` chunk (the virtualised grid)
 * the first time a page shows a dataframe, then hands it every update. The selection
 * (`on_select`) goes back as a widget value: Streamlit's selection state as JSON text.
 */
import type * as GridChunk from "../chunks/grid";
import type { Component } from "../component";
import { chunkView } from "../chunk_view";
import { h } from "../dom";
import type { Dataframe } from "../gen/stbundle";
import type { WidgetCtx } from "../widgets/base";
import { SelectionValue } from "../widgets/selection_value";

export class DataframeEl implements Component<Dataframe> {
  readonly el = h("div", "stb-dataframe");
  private readonly selection: SelectionValue;
  private readonly grid = chunkView(
    this.el,
    "grid",
    // A lazy table (`lazy=`) asks the session for its rows through the widgets' channel.
    (chunk: typeof GridChunk) => new chunk.Grid(this.el, (json) => this.selection.send(json), this.ctx.widgets),
    "table",
  );

  constructor(private readonly ctx: WidgetCtx) {
    this.selection = new SelectionValue(ctx);
    this.el.setAttribute("aria-busy", "true");
  }

  update(p: Dataframe): void {
    this.selection.follow(p.common);
    this.grid.draw((grid) => {
      this.el.removeAttribute("aria-busy");
      grid.update(p);
    }, p);
  }

  destroy(): void {
    this.selection.release();
    this.grid.destroy((grid) => grid.destroy());
  }
}
