/** st.graphviz_chart: a shell that hands the DOT source to the lazy `graphviz` chunk. */
import type { Component } from "../component";
import { chunkView } from "../chunk_view";
import { h } from "../dom";
import type { GraphvizChart } from "../gen/stbundle";
import type * as GraphvizChunk from "../chunks/graphviz";

export class GraphvizChartEl implements Component<GraphvizChart> {
  readonly el = h("div", "stb-graphviz");
  private readonly graphviz = chunkView(this.el, "graphviz", (g: typeof GraphvizChunk) => g, "graph library");

  update(p: GraphvizChart): void {
    this.graphviz.draw((g) => void g.render(this.el, p), `${p.engine}\0${p.alt}\0${p.spec}`);
  }
}
