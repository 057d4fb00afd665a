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

export class DeckGlJsonChartEl implements Component<DeckGlJsonChart> {
  readonly el = h("div", "stb-map");
  private map: Promise<DeckChunk.DeckMap> | null = null;
  private key = "";
  private latest: DeckGlJsonChart | null = null;
  private id = "";

  constructor(private readonly ctx: WidgetCtx) {}

  update(p: DeckGlJsonChart): void {
    this.latest = p;
    const id = p.common?.id ?? "";
    if (id !== this.id) {
      if (this.id) this.ctx.widgets.detach(this.id);
      this.id = id;
      if (id) this.ctx.widgets.attach(id);
    }
    const key = `${p.alt}\0${p.tooltip}\0${p.selectionMode.join()}\0${p.json}`;
    if (key === this.key) return;
    this.key = key;
    this.map ??= loadChunk<typeof DeckChunk>("deck").then((d) => new d.DeckMap(this.el, (json) => this.select(json)));
    this.map.then(
      (map) => key === this.key && map.update(p),
      () => (this.el.textContent = "The map library could not be loaded."),
    );
  }

  private select(json: string): void {
    const c = this.latest?.common;
    if (!this.id) return;
    this.ctx.widgets.change(this.id, c?.formId ?? "", this.ctx.node.fragmentId, { $case: "stringValue", value: json }, !c?.ignoreRerun);
  }

  destroy(): void {
    if (this.id) this.ctx.widgets.detach(this.id);
    this.map?.then((map) => map.destroy(), () => undefined);
  }
}
