/**
 * st.plotly_chart: a shell that hands the figure to the lazy `plotly` chunk (plotly.js). With
 * `on_select` the chart is a widget: the chunk reports the selection (points clicked, boxes and
 * lassos drawn) as JSON text, which this shell sends as the widget's value.
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { PlotlyChart } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import type * as PlotlyChunk from "../chunks/plotly";
import type { WidgetCtx } from "../widgets/base";

export class PlotlyChartEl implements Component<PlotlyChart> {
  readonly el = h("div", "stb-plotly");
  private key = "";
  private chunk: typeof PlotlyChunk | null = null;
  private latest: PlotlyChart | null = null;
  private id = "";

  constructor(private readonly ctx: WidgetCtx) {}

  update(p: PlotlyChart): void {
    this.latest = p;
    const id = p.common?.id ?? "";
    if (id !== this.id) {
      if (this.id) this.ctx.widgets.detach(this.id);
      this.id = id;
      if (id) this.ctx.widgets.attach(id);
    }
    const key = `${p.theme}\0${p.alt}\0${p.config}\0${p.selectionMode.join()}\0${p.spec}`;
    if (key === this.key) return;
    this.key = key;
    loadChunk<typeof PlotlyChunk>("plotly").then(
      (chunk) => {
        this.chunk = chunk;
        if (key === this.key) void chunk.render(this.el, p, id ? (json) => this.select(json) : null);
      },
      () => (this.el.textContent = "The chart library could not be loaded."),
    );
  }

  private select(json: string): void {
    const c = this.latest?.common;
    const now = this.id ? this.ctx.widgets.formValue(c?.formId ?? "", this.id) : undefined;
    if (!this.id || (now?.$case === "stringValue" && now.value === json)) return; // unchanged
    this.ctx.widgets.change(this.id, c?.formId ?? "", this.ctx.node.fragmentId, { $case: "stringValue", value: json }, !c?.ignoreRerun);
  }

  destroy(): void {
    if (this.id) this.ctx.widgets.detach(this.id);
    this.chunk?.purge(this.el);
  }
}
