/**
 * A Vega-Lite chart (the built-in charts, st.vega_lite_chart, st.altair_chart). Only this shell
 * is in the core renderer: the drawing, its figure role and label, theming, sizing and chart
 * selections live in the lazy `vega` chunk (chunks/vega.ts), fetched the first time a page shows
 * a chart. With `on_select` the chart is a widget: the chunk reports the selection as JSON text.
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { VegaLiteChart } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import type * as VegaChunk from "../chunks/vega";
import type { WidgetCtx } from "../widgets/base";

export class VegaLiteChartEl implements Component<VegaLiteChart> {
  readonly el = h("div", "stb-chart");
  private chart: Promise<VegaChunk.Chart> | null = null;
  private latest: VegaLiteChart | null = null;
  private id = "";

  constructor(private readonly ctx: WidgetCtx) {
    this.el.style.minHeight = "350px"; // the default chart height, until the chunk has drawn
  }

  update(p: VegaLiteChart): void {
    this.latest = p;
    const id = p.common?.id ?? "";
    if (id !== this.id) {
      if (this.id) this.ctx.widgets.detach(this.id);
      this.id = id;
      if (id) this.ctx.widgets.attach(id);
    }
    this.chart ??= loadChunk<typeof VegaChunk>("vega").then((vega) => new vega.Chart(this.el, (json) => this.select(json)));
    this.chart.then(
      (chart) => chart.update(p),
      () => (this.el.textContent = "The chart library could not be loaded."),
    );
  }

  private select(json: string): void {
    const c = this.latest?.common;
    if (this.id) this.ctx.widgets.change(this.id, c?.formId ?? "", this.ctx.node.fragmentId, { $case: "stringValue", value: json }, !c?.ignoreRerun);
  }

  destroy(): void {
    if (this.id) this.ctx.widgets.detach(this.id);
    this.chart?.then((chart) => chart.destroy(), () => undefined);
  }
}
