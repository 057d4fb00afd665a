/** st.map / st.pydeck_chart: a shell that hands the scene to the lazy `deck` chunk (deck.gl). */
import type { Component } from "../component";
import { h } from "../dom";
import type { DeckGlJsonChart } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import type * as DeckChunk from "../chunks/deck";

export class DeckGlJsonChartEl implements Component<DeckGlJsonChart> {
  readonly el = h("div", "stb-map");
  private map: Promise<DeckChunk.DeckMap> | null = null;
  private key = "";

  update(p: DeckGlJsonChart): void {
    const key = `${p.alt}\0${p.tooltip}\0${p.json}`;
    if (key === this.key) return;
    this.key = key;
    this.map ??= loadChunk<typeof DeckChunk>("deck").then((d) => new d.DeckMap(this.el));
    this.map.then(
      (map) => key === this.key && map.update(p),
      () => (this.el.textContent = "The map library could not be loaded."),
    );
  }

  destroy(): void {
    this.map?.then((map) => map.destroy(), () => undefined);
  }
}
