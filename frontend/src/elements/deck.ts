/**
 * st.map / st.pydeck_chart: a shell that hands the scene to the lazy `deck` chunk (deck.gl).
 * With `on_select` (pydeck charts) the map is a widget: the chunk reports the objects clicked
 * in its pickable layers as JSON text, which this shell sends as the widget's value.
 */
import type { Component } from "../component";
import { type ChunkView, chunkView } from "../chunk_view";
import { h } from "../dom";
import type { DeckGlJsonChart } from "../gen/stbundle";
import type * as DeckChunk from "../chunks/deck";
import type { WidgetCtx } from "../widgets/base";
import { SelectionValue } from "../widgets/selection_value";

export class DeckGlJsonChartEl implements Component<DeckGlJsonChart> {
  readonly el = h("div", "stb-map");
  private readonly selection: SelectionValue;
  private readonly map: ChunkView<DeckChunk.DeckMap>;

  constructor(ctx: WidgetCtx) {
    this.selection = new SelectionValue(ctx);
    this.map = chunkView(this.el, "deck", (d: typeof DeckChunk) => new d.DeckMap(this.el, (json) => this.selection.send(json)), "map library");
  }

  update(p: DeckGlJsonChart): void {
    this.selection.follow(p.common);
    this.map.draw((map) => map.update(p), `${p.alt}\0${p.tooltip}\0${p.selectionMode.join()}\0${p.json}`);
  }

  destroy(): void {
    this.selection.release();
    this.map.destroy((map) => map.destroy());
  }
}
