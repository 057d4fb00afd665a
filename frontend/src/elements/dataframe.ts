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

type Grid = InstanceType<typeof GridChunk.Grid>;

export class DataframeEl implements Component<Dataframe> {
  readonly el = h("div", "stb-dataframe");
  private grid: Grid | null = null;
  private latest: Dataframe | null = null;
  private id = "";

  constructor(private readonly ctx: WidgetCtx) {
    this.el.setAttribute("aria-busy", "true");
    loadChunk<typeof GridChunk>("grid").then(
      (chunk) => {
        this.grid = new chunk.Grid(this.el, (json) => this.select(json));
        this.el.removeAttribute("aria-busy");
        if (this.latest) this.grid.update(this.latest);
      },
      () => this.el.replaceChildren(h("p", "stb-df-note", "The table could not be loaded (grid chunk missing).")),
    );
  }

  update(p: Dataframe): void {
    this.latest = p;
    const id = p.common?.id ?? "";
    if (id !== this.id) {
      if (this.id) this.ctx.widgets.detach(this.id);
      this.id = id;
      if (id) this.ctx.widgets.attach(id);
    }
    this.grid?.update(p);
  }

  destroy(): void {
    if (this.id) this.ctx.widgets.detach(this.id);
    this.id = "";
  }

  private select(json: string): void {
    if (!this.id) return;
    const c = this.latest?.common;
    this.ctx.widgets.change(this.id, c?.formId ?? "", this.ctx.node.fragmentId, { $case: "stringValue", value: json }, !c?.ignoreRerun);
  }
}
