/**
 * st.plotly_chart: a shell that hands the figure to the lazy `plotly` chunk (plotly.js). With
 * `on_select` the chart is a widget: the chunk reports the selection (points clicked, boxes and
 * lassos drawn) as JSON text, which this shell sends as the widget's value.
 */
import type { Component } from "../component";
import { chunkView } from "../chunk_view";
import { h } from "../dom";
import type { PlotlyChart } from "../gen/stbundle";
import type * as PlotlyChunk from "../chunks/plotly";
import type { WidgetCtx } from "../widgets/base";
import { SelectionValue } from "../widgets/selection_value";

export class PlotlyChartEl implements Component<PlotlyChart> {
  readonly el = h("div", "stb-plotly");
  private readonly plotly = chunkView(this.el, "plotly", (chunk: typeof PlotlyChunk) => chunk, "chart library");
  private readonly selection: SelectionValue;

  constructor(ctx: WidgetCtx) {
    this.selection = new SelectionValue(ctx);
  }

  update(p: PlotlyChart): void {
    const id = this.selection.follow(p.common);
    const key = `${p.theme}\0${p.alt}\0${p.config}\0${p.selectionMode.join()}\0${p.spec}`;
    this.plotly.draw((chunk) => void chunk.render(this.el, p, id ? (json) => this.selection.send(json) : null), key);
  }

  destroy(): void {
    this.selection.release();
    this.plotly.destroy((chunk) => chunk.purge(this.el));
  }
}
