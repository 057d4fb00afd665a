/**
 * st.map / st.pydeck_chart: a shell that hands the scene to the lazy `deck` chunk (deck.gl).
 * With `on_select` (pydeck charts) the map is a widget: the chunk reports the objects clicked
 * in its pickable layers as JSON text, which this shell sends as the widget's value.
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { DeckGlJsonChart } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import type * as DeckChunk from "../chunks/deck";
import type { WidgetCtx } from "../widgets/base";
import { SelectionValue } from "../widgets/selection_value";

export class DeckGlJsonChartEl implements Component<DeckGlJsonChart> {
  readonly el = h("div", "stb-map");
  private map: Promise<DeckChunk.DeckMap> | null = null;
  private key = "";
  private readonly selection: SelectionValue;

  constructor(ctx: WidgetCtx) {
    this.selection = new SelectionValue(ctx);
  }

  update(p: DeckGlJsonChart): void {
    this.selection.follow(p.common);
    const key = `${p.alt}\0${p.tooltip}\0${p.selectionMode.join()}\0${p.json}`;
    if (key === this.key) return;
    this.key = key;
    this.map ??= loadChunk<typeof DeckChunk>("deck").then((d) => new d.DeckMap(this.el, (json) => this.selection.send(json)));
    this.map.then(
      (map) => key === this.key && map.update(p),
      () => (this.el.textContent = "The map library could not be loaded."),
    );
  }

  destroy(): void {
    this.selection.release();
    this.map?.then((map) => map.destroy(), () => undefined);
  }
}
