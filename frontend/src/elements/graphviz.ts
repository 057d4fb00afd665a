/** st.graphviz_chart: a shell that hands the DOT source to the lazy `graphviz` chunk. */
import type { Component } from "../component";
import { h } from "../dom";
import type { GraphvizChart } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import type * as GraphvizChunk from "../chunks/graphviz";

export class GraphvizChartEl implements Component<GraphvizChart> {
  readonly el = h("div", "stb-graphviz");
  private key = "";

  update(p: GraphvizChart): void {
    const key = `${p.engine}\0${p.alt}\0${p.spec}`;
    if (key === this.key) return;
    this.key = key;
    loadChunk<typeof GraphvizChunk>("graphviz").then(
      (g) => {
        if (key === this.key) void g.render(this.el, p);
      },
      () => (this.el.textContent = "The graph library could not be loaded."),
    );
  }
}
