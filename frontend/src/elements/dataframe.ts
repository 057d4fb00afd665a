/**
 * st.dataframe: a placeholder in the core that loads the `grid` chunk (the virtualised grid)
 * the first time a page shows a dataframe, then hands it every update. The selection
 * (`on_select`) goes back as a widget value: Streamlit's selection state as JSON text.
 */
import type * as GridChunk from "../chunks/grid";
import type { Component } from "../component";
import { h } from "../dom";
import type { Dataframe } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import type { WidgetCtx } from "../widgets/base";
import { SelectionValue } from "../widgets/selection_value";

type Grid = InstanceType<typeof GridChunk.Grid>;

export class DataframeEl implements Component<Dataframe> {
  readonly el = h("div", "stb-dataframe");
  private grid: Grid | null = null;
  private latest: Dataframe | null = null;
  private readonly selection: SelectionValue;

  constructor(ctx: WidgetCtx) {
    this.selection = new SelectionValue(ctx);
    this.el.setAttribute("aria-busy", "true");
    loadChunk<typeof GridChunk>("grid").then(
      (chunk) => {
        this.grid = new chunk.Grid(this.el, (json) => this.selection.send(json));
        this.el.removeAttribute("aria-busy");
        if (this.latest) this.grid.update(this.latest);
      },
      () => this.el.replaceChildren(h("p", "stb-df-note", "The table could not be loaded (grid chunk missing).")),
    );
  }

  update(p: Dataframe): void {
    this.latest = p;
    this.selection.follow(p.common);
    this.grid?.update(p);
  }

  destroy(): void {
    this.selection.release();
  }
}
