/**
 * A Vega-Lite chart (the built-in charts, st.vega_lite_chart, st.altair_chart). Only this shell
 * is in the core renderer: the drawing, its figure role and label, theming, sizing and chart
 * selections live in the lazy `vega` chunk (chunks/vega.ts), fetched the first time a page shows
 * a chart. With `on_select` the chart is a widget: the chunk reports the selection as JSON text.
 */
import type { Component } from "../component";
import { type ChunkView, chunkView } from "../chunk_view";
import { h } from "../dom";
import type { VegaLiteChart } from "../gen/stbundle";
import type * as VegaChunk from "../chunks/vega";
import type { WidgetCtx } from "../widgets/base";
import { SelectionValue } from "../widgets/selection_value";

export class VegaLiteChartEl implements Component<VegaLiteChart> {
  readonly el = h("div", "stb-chart");
  private readonly selection: SelectionValue;
  private readonly chart: ChunkView<VegaChunk.Chart>;

  constructor(ctx: WidgetCtx) {
    this.selection = new SelectionValue(ctx);
    this.chart = chunkView(this.el, "vega", (vega: typeof VegaChunk) => new vega.Chart(this.el, (json) => this.selection.send(json)), "chart library");
    this.el.style.minHeight = "350px"; // the default chart height, until the chunk has drawn
  }

  update(p: VegaLiteChart): void {
    this.selection.follow(p.common);
    this.chart.draw((chart) => chart.update(p));
  }

  destroy(): void {
    this.selection.release();
    this.chart.destroy((chart) => chart.destroy());
  }
}
