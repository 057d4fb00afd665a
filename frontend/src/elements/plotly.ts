/** st.plotly_chart: a shell that hands the figure to the lazy `plotly` chunk (plotly.js). */
import type { Component } from "../component";
import { h } from "../dom";
import type { PlotlyChart } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import type * as PlotlyChunk from "../chunks/plotly";

export class PlotlyChartEl implements Component<PlotlyChart> {
  readonly el = h("div", "stb-plotly");
  private key = "";
  private chunk: typeof PlotlyChunk | null = null;

  update(p: PlotlyChart): void {
    const key = `${p.theme}\0${p.alt}\0${p.config}\0${p.spec}`;
    if (key === this.key) return;
    this.key = key;
    loadChunk<typeof PlotlyChunk>("plotly").then(
      (chunk) => {
        this.chunk = chunk;
        if (key === this.key) void chunk.render(this.el, p);
      },
      () => (this.el.textContent = "The chart library could not be loaded."),
    );
  }

  destroy(): void {
    this.chunk?.purge(this.el);
  }
}
