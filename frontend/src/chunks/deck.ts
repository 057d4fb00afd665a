/**
 * Lazy chunk: st.map and st.pydeck_chart drawn with deck.gl from pydeck JSON (@deck.gl/json
 * resolves "@@type" layers and "@@=" accessors). No base map is drawn, so no tile server is ever
 * contacted and the points draw offline. "primary" colours take the theme's primary colour at
 * Streamlit's marker alpha; tooltips show text (pydeck's `html` is shown as text, not markup).
 */
import { Deck, FirstPersonView, MapView, OrbitView, OrthographicView } from "@deck.gl/core";
import { JSONConfiguration, JSONConverter } from "@deck.gl/json";
import * as layers from "@deck.gl/layers";
import type { DeckGlJsonChart } from "../gen/stbundle";

// pydeck's Deck JSON names its views too ("views": [{"@@type": "MapView"}]).
const views = { MapView, OrbitView, OrthographicView, FirstPersonView };
const converter = new JSONConverter({ configuration: new JSONConfiguration({ classes: { ...layers, ...views } }) });
const MARKER_ALPHA = 160;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function primaryColor(host: HTMLElement): number[] {
  const css = getComputedStyle(host).getPropertyValue("--stb-primary").trim() || "#ff4b4b";
  const hex = /^#([0-9a-f]{6})$/i.exec(css)?.[1] ?? "ff4b4b";
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(MARKER_ALPHA);
}

function resolvePrimary(scene: Record<string, unknown>, color: number[]): void {
  const list = Array.isArray(scene.layers) ? scene.layers : [];
  for (const layer of list) {
    if (!isObject(layer)) continue;
    for (const key of ["getFillColor", "getLineColor", "getColor"]) {
      if (typeof layer[key] === "string" && (layer[key] as string).toLowerCase() === "primary") layer[key] = color;
    }
  }
}

function tooltipFor(setting: unknown): ((info: { object?: unknown }) => string | null) | undefined {
  if (!setting) return undefined;
  const template = isObject(setting) ? String(setting.text ?? setting.html ?? "") : "";
  return ({ object }) => {
    if (!isObject(object)) return null;
    if (!template) return Object.entries(object).map(([k, v]) => `${k}: ${String(v)}`).join("\n");
    return template.replace(/\{([^}]+)\}/g, (_, key: string) => String(object[key] ?? ""));
  };
}

/** What deck.gl says about a click: the layer and the index of the object under it. */
interface PickInfo {
  layer?: { id: string } | null;
  index?: number;
  object?: unknown;
}

/**
 * One map element's deck.gl scene, redrawn in place when its message changes. With a selection
 * mode, a click on an object of a pickable layer selects it ("single-object": only it, and a
 * second click clears it; "multi-object": it is added or removed) and a click on empty ground
 * clears the selection; each change is reported as Streamlit's PydeckState JSON.
 */
export class DeckMap {
  private deck: Deck | null = null;
  /** Selected objects per layer id, by index. */
  private selected = new Map<string, Map<number, unknown>>();

  constructor(
    private readonly host: HTMLElement,
    private readonly onSelect: (json: string) => void = () => undefined,
  ) {
    host.style.position = "relative";
    if (!host.style.height) host.style.height = "500px";
  }

  private click(info: PickInfo, mode: string): void {
    const layer = info.layer?.id;
    const index = info.index ?? -1;
    const had = this.selected.size > 0;
    if (!layer || index < 0) {
      if (!had) return;
      this.selected.clear();
    } else {
      const objects = this.selected.get(layer) ?? new Map<number, unknown>();
      const wasOnlyThis = this.selected.size === 1 && objects.size === 1 && objects.has(index);
      if (mode === "multi-object") {
        if (objects.has(index)) objects.delete(index);
        else objects.set(index, info.object ?? null);
        if (objects.size) this.selected.set(layer, objects);
        else this.selected.delete(layer);
      } else {
        this.selected.clear();
        if (!wasOnlyThis) this.selected.set(layer, new Map([[index, info.object ?? null]]));
      }
    }
    const indices: Record<string, number[]> = {};
    const objects: Record<string, unknown[]> = {};
    for (const [id, picked] of this.selected) {
      const order = [...picked.keys()].sort((a, b) => a - b);
      indices[id] = order;
      objects[id] = order.map((i) => picked.get(i));
    }
    this.onSelect(JSON.stringify({ selection: { indices, objects } }));
  }

  update(p: DeckGlJsonChart): void {
    this.host.setAttribute("role", "figure");
    this.host.setAttribute("aria-label", p.alt || "Map");
    const scene = JSON.parse(p.json) as Record<string, unknown>;
    resolvePrimary(scene, primaryColor(this.host));
    const props = converter.convert(scene) as Record<string, unknown>;
    const tooltip = p.tooltip ? tooltipFor(JSON.parse(p.tooltip)) : undefined;
    const all = {
      ...props,
      width: "100%",
      height: "100%",
      controller: true,
      getTooltip: tooltip,
      onAfterRender: () => this.host.setAttribute("data-drawn", ""),
      ...(p.selectionMode.length ? { onClick: (info: PickInfo) => this.click(info, p.selectionMode[0] ?? "") } : {}),
    };
    if (this.deck) this.deck.setProps(all);
    else this.deck = new Deck({ ...all, parent: this.host } as never);
  }

  destroy(): void {
    this.deck?.finalize();
    this.deck = null;
  }
}
