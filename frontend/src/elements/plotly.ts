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
import { SelectionValue } from "../widgets/selection_value";

export class PlotlyChartEl implements Component<PlotlyChart> {
  readonly el = h("div", "stb-plotly");
  private key = "";
  private chunk: typeof PlotlyChunk | null = null;
  private readonly selection: SelectionValue;

  constructor(ctx: WidgetCtx) {
    this.selection = new SelectionValue(ctx);
  }

  update(p: PlotlyChart): void {
    const id = this.selection.follow(p.common);
    const key = `${p.theme}\0${p.alt}\0${p.config}\0${p.selectionMode.join()}\0${p.spec}`;
    if (key === this.key) return;
    this.key = key;
    loadChunk<typeof PlotlyChunk>("plotly").then(
      (chunk) => {
        this.chunk = chunk;
        if (key === this.key) void chunk.render(this.el, p, id ? (json) => this.selection.send(json) : null);
      },
      () => (this.el.textContent = "The chart library could not be loaded."),
    );
  }

  destroy(): void {
    this.selection.release();
    this.chunk?.purge(this.el);
  }
}
