/**
 * st.echarts_chart: a shell that hands the option to the lazy `echarts` chunk (Apache ECharts).
 * With `on_select` the chart is a widget: the chunk reports the selected data and brushed areas
 * as Streamlit's selection state in JSON text, which this shell sends as the widget's value.
 */
import type { Component } from "../component";
import { type ChunkView, chunkView } from "../chunk_view";
import { h } from "../dom";
import type { EChartsChart } from "../gen/stbundle";
import type * as EChartsChunk from "../chunks/echarts";
import type { WidgetCtx } from "../widgets/base";
import { SelectionValue } from "../widgets/selection_value";

export class EChartsChartEl implements Component<EChartsChart> {
  readonly el = h("div", "stb-echarts");
  private readonly selection: SelectionValue;
  private readonly chart: ChunkView<EChartsChunk.EChartsView>;

  constructor(private readonly ctx: WidgetCtx) {
    this.selection = new SelectionValue(ctx);
    this.chart = chunkView(this.el, "echarts", (c: typeof EChartsChunk) => new c.EChartsView(this.el, (json) => this.selection.send(json)), "chart library");
  }

  /** The selection the page holds for the chart (JSON text; "" before any). */
  private held(p: EChartsChart, id: string): string {
    const now = id ? this.ctx.widgets.formValue(p.common?.formId ?? "", id) : undefined;
    return now?.$case === "stringValue" ? now.value : "";
  }

  update(p: EChartsChart): void {
    const id = this.selection.follow(p.common);
    const names = p.datasets.map((d) => d.name).join();
    const key = `${id}\0${p.theme}\0${p.renderer}\0${p.alt}\0${names}\0${p.spec}`;
    this.chart.draw((chart) => chart.update(p, id !== "", this.held(p, id)), key);
  }

  destroy(): void {
    this.selection.release();
    this.chart.destroy((chart) => chart.destroy());
  }
}
