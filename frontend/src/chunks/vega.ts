/**
 * Lazy chunk: Vega-Lite charts drawn with vega-embed (st.line_chart and the other built-in
 * charts, st.vega_lite_chart, st.altair_chart). It turns the datasets' columns into rows, themes
 * the chart from the page's CSS variables (light or dark), sizes it to its container and draws
 * SVG, or a canvas above 2,000 data points (as Streamlit does, to stay responsive).
 */
import embed from "vega-embed";
import type { VegaLiteChart } from "../gen/stbundle";

/** Colours and font a chart takes from the page. */
export interface ChartTheme {
  fg: string;
  muted: string;
  border: string;
  primary: string;
  font: string;
  dark: boolean;
}

export interface DrawOptions {
  spec: Record<string, unknown>;
  /** name -> the ChartDataset's JSON ({"fields": [...], "values": [[column]...]}). */
  datasets: Record<string, string>;
  streamlitTheme: boolean;
  theme: ChartTheme;
  /** Pixels for the chart's width, or null to keep the spec's own width. */
  width: number | null;
  /** Pixels for the chart's height when the spec sets none. */
  defaultHeight: number;
  description: string;
}

export interface Drawn {
  resize(width: number): void;
  finalize(): void;
  /** Calls `listener(name, value)` when the selection parameter `name` changes. */
  onSelection(name: string, listener: (name: string, value: unknown) => void): void;
}

const CANVAS_ABOVE_POINTS = 2000;

// Streamlit's categorical palettes for light and dark backgrounds.
const LIGHT_CATEGORIES = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];
const DARK_CATEGORIES = ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"];
const SEQUENTIAL = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];

/** The theme's colour names (st.line_chart(color="red")) as colours. */
function namedColors(theme: ChartTheme): Record<string, string> {
  return {
    red: "#ff4b4b", orange: "#ffa421", yellow: "#ffe312", green: "#21c354", blue: "#1c83e1",
    violet: "#803df5", gray: "#a3a8b8", grey: "#a3a8b8", primary: theme.primary,
  };
}

function rows(json: string): Record<string, unknown>[] {
  const { fields, values } = JSON.parse(json) as { fields: string[]; values: unknown[][] };
  const n = values.length ? values[0].length : 0;
  const out: Record<string, unknown>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < fields.length; c++) row[fields[c]] = values[c][i];
    out[i] = row;
  }
  return out;
}

function themeConfig(theme: ChartTheme, streamlit: boolean): Record<string, unknown> {
  const text = { labelColor: theme.muted, titleColor: theme.fg };
  const base: Record<string, unknown> = {
    background: "transparent",
    font: theme.font,
    axis: { ...text, gridColor: theme.border, domainColor: theme.border, tickColor: theme.border },
    legend: { labelColor: theme.fg, titleColor: theme.fg },
    title: { color: theme.fg, subtitleColor: theme.muted },
    header: { labelColor: theme.fg, titleColor: theme.fg },
    view: { stroke: streamlit ? null : theme.border },
  };
  if (!streamlit) return base;
  const categories = theme.dark ? DARK_CATEGORIES : LIGHT_CATEGORIES;
  return {
    ...base,
    axis: { ...(base.axis as object), labelFontSize: 12, titleFontSize: 12, titleFontWeight: "normal", labelPadding: 6, titlePadding: 12 },
    legend: { ...(base.legend as object), labelFontSize: 12, titleFontSize: 12, titleFontWeight: "normal" },
    title: { ...(base.title as object), fontSize: 16, anchor: "start" },
    range: { category: categories, ramp: SEQUENTIAL, heatmap: SEQUENTIAL },
    mark: { color: categories[0] },
    line: { strokeWidth: 2 },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisQuantitative: { tickCount: 6 },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The user's config over the theme's (the user's own settings win). */
function merge(base: Record<string, unknown>, over: unknown): Record<string, unknown> {
  if (!isObject(over)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(v) && isObject(base[k]) ? merge(base[k] as Record<string, unknown>, v) : v;
  return out;
}

/** Replaces the theme's colour names in colour encodings (values and scale ranges). */
function resolveColorNames(node: unknown, names: Record<string, string>): void {
  if (Array.isArray(node)) {
    for (const child of node) resolveColorNames(child, names);
    return;
  }
  if (!isObject(node)) return;
  const color = isObject(node.encoding) ? node.encoding.color : undefined;
  if (isObject(color)) {
    if (typeof color.value === "string" && names[color.value.toLowerCase()]) color.value = names[color.value.toLowerCase()];
    const scale = color.scale;
    if (isObject(scale) && Array.isArray(scale.range)) {
      scale.range = scale.range.map((c) => (typeof c === "string" && names[c.toLowerCase()]) || c);
    }
  }
  for (const key of ["layer", "hconcat", "vconcat", "concat"]) if (Array.isArray(node[key])) resolveColorNames(node[key], names);
  if (isObject(node.spec)) resolveColorNames(node.spec, names);
}

export async function draw(el: HTMLElement, o: DrawOptions): Promise<Drawn> {
  const spec: Record<string, unknown> = structuredClone(o.spec);
  let points = 0;
  const datasets: Record<string, unknown[]> = {};
  for (const [name, json] of Object.entries(o.datasets)) {
    datasets[name] = rows(json);
    points += datasets[name].length;
  }
  spec.datasets = { ...(isObject(spec.datasets) ? spec.datasets : {}), ...datasets };
  spec.config = merge(themeConfig(o.theme, o.streamlitTheme), spec.config);
  if (o.streamlitTheme) resolveColorNames(spec, namedColors(o.theme));
  if (o.width !== null) {
    spec.width = o.width;
    if (Array.isArray(spec.vconcat)) for (const child of spec.vconcat) if (isObject(child)) child.width = o.width;
  } else if (spec.width === 0) {
    delete spec.width;
  }
  if (spec.height === 0) spec.height = o.defaultHeight;
  if (o.description) spec.description = o.description;
  const padding = isObject(spec.padding) ? spec.padding : {};
  if (padding.bottom === undefined) padding.bottom = 20;
  spec.padding = padding;
  const result = await embed(el, spec as never, {
    actions: false,
    renderer: points > CANVAS_ABOVE_POINTS ? "canvas" : "svg",
    tooltip: { theme: o.theme.dark ? "dark" : "light" },
  });
  return {
    resize(width: number): void {
      if (o.width === null) return;
      result.view.width(width).runAsync().catch(() => undefined);
    },
    finalize: () => result.finalize(),
    onSelection(name, listener) {
      result.view.addSignalListener(name, listener);
    },
  };
}

/**
 * Point selections without `encodings` name every encoding of the view, so Vega-Lite reports
 * the selected points by their field values, not by internal row ids (as Streamlit does).
 */
function prepareSelections(spec: Record<string, unknown>): void {
  if (!Array.isArray(spec.params) || !isObject(spec.encoding)) return;
  const encodings = Object.keys(spec.encoding);
  for (const param of spec.params) {
    if (!isObject(param) || param.select === undefined) continue;
    if (param.select === "point" || param.select === "interval") param.select = { type: param.select };
    const select = param.select;
    if (isObject(select) && select.type === "point" && select.encodings == null) select.encodings = encodings;
  }
}

const SELECTION_DEBOUNCE_MS = 150;

/** Streamlit's height for a chart whose spec sets none ("content"). */
export const DEFAULT_HEIGHT = 350;

/** A Vega-Lite title (a string, lines, or {text}) as one line of text. */
function titleText(title: unknown): string {
  if (typeof title === "string") return title;
  if (Array.isArray(title)) return title.join(" ");
  return isObject(title) ? titleText(title.text) : "";
}

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

/**
 * One chart element's drawing: redrawn when its message or the page's theme changes, resized
 * with its container when its width stretches. `host` is the element the tree placed (its
 * data-width says how wide the chart is); the drawing goes into a child of it.
 */
export class Chart {
  private readonly canvas = document.createElement("div");
  private readonly error = document.createElement("div");
  private current: VegaLiteChart | null = null;
  private key = "";
  private drawn: Drawn | null = null;
  private drawing = 0;
  private lastWidth = 0;
  private readonly resizer = new ResizeObserver(() => this.resized());
  private readonly themeWatch = new MutationObserver(() => this.redraw());
  private readonly scheme = window.matchMedia("(prefers-color-scheme: dark)");
  private readonly onScheme = (): void => this.redraw();

  private selection: Record<string, unknown> = {};
  private selectionTimer = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly onSelect: (json: string) => void = () => undefined,
  ) {
    // Styled here, not in the core's stylesheet, so pages without charts do not carry it.
    this.canvas.className = "stb-chart-canvas";
    this.canvas.style.width = "100%";
    this.error.className = "stb-chart-error";
    this.error.style.cssText = "color:var(--stb-err-fg);background:var(--stb-err-bg);padding:.5rem .75rem;border-radius:.5rem";
    this.error.setAttribute("role", "alert");
    this.error.hidden = true;
    host.replaceChildren(this.canvas, this.error);
    this.resizer.observe(host);
    this.themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ["data-stb-theme", "style"] });
    this.scheme.addEventListener("change", this.onScheme);
  }

  update(p: VegaLiteChart): void {
    const key = `${p.spec}\0${p.theme}\0${p.alt}\0${p.datasets.map((d) => d.name).join()}`;
    if (key === this.key) return;
    this.key = key;
    this.current = p;
    let spec: { title?: unknown; description?: unknown; height?: unknown } = {};
    try {
      spec = JSON.parse(p.spec);
    } catch {
      /* draw() reports it */
    }
    this.host.setAttribute("role", "figure");
    this.host.setAttribute("aria-label", p.alt || titleText(spec.title) || String(spec.description ?? "") || "Chart");
    if (!this.drawn) this.host.style.minHeight = `${typeof spec.height === "number" && spec.height > 0 ? spec.height : DEFAULT_HEIGHT}px`;
    this.redraw();
  }

  private redraw(): void {
    const p = this.current;
    if (!p) return;
    const token = ++this.drawing;
    this.host.setAttribute("aria-busy", "true");
    this.drawn?.finalize();
    this.drawn = null;
    draw(this.canvas, this.options(p))
      .then((drawn) => {
        if (token !== this.drawing) {
          drawn.finalize();
          return;
        }
        this.drawn = drawn;
        this.listen(drawn, p.selectionMode);
        this.host.style.minHeight = "";
        this.error.hidden = true;
        this.host.removeAttribute("aria-busy");
      })
      .catch((err: unknown) => {
        if (token !== this.drawing) return;
        this.host.removeAttribute("aria-busy");
        this.error.textContent = `The chart could not be drawn: ${err instanceof Error ? err.message : String(err)}`;
        this.error.hidden = false;
      });
  }

  /** Reports each selection change as Streamlit's state: {"selection": {param: value}}. */
  private listen(drawn: Drawn, modes: string[]): void {
    this.selection = Object.fromEntries(modes.map((m) => [m, {}]));
    for (const mode of modes) {
      drawn.onSelection(mode, (name, value) => {
        const points = isObject(value) && isObject(value.vlPoint) && Array.isArray(value.vlPoint.or) ? value.vlPoint.or : value;
        this.selection = { ...this.selection, [name]: points ?? {} };
        clearTimeout(this.selectionTimer);
        this.selectionTimer = window.setTimeout(() => this.onSelect(JSON.stringify({ selection: this.selection })), SELECTION_DEBOUNCE_MS);
      });
    }
  }

  private stretches(): boolean {
    const kind = this.host.getAttribute("data-width");
    return kind === null || kind === "stretch" || kind === "px";
  }

  private options(p: VegaLiteChart): DrawOptions {
    const style = getComputedStyle(this.host);
    const forced = document.documentElement.getAttribute("data-stb-theme");
    const datasets: Record<string, string> = {};
    for (const d of p.datasets) datasets[d.name] = d.columns;
    this.lastWidth = this.host.clientWidth;
    const spec = JSON.parse(p.spec) as Record<string, unknown>;
    if (p.selectionMode.length) prepareSelections(spec);
    return {
      spec,
      datasets,
      streamlitTheme: p.theme === "streamlit",
      theme: {
        fg: cssVar(style, "--stb-fg", "#31333f"),
        muted: cssVar(style, "--stb-muted", "#6b6d7a"),
        border: cssVar(style, "--stb-border", "#d5d7de"),
        primary: cssVar(style, "--stb-primary", "#ff4b4b"),
        font: style.fontFamily,
        dark: forced === "dark" || (forced === null && this.scheme.matches),
      },
      width: this.stretches() ? Math.max(this.host.clientWidth, 50) : null,
      defaultHeight: DEFAULT_HEIGHT,
      description: p.alt,
    };
  }

  private resized(): void {
    const width = this.host.clientWidth;
    if (!this.drawn || width === this.lastWidth || width === 0 || !this.stretches()) return;
    this.lastWidth = width;
    this.drawn.resize(width);
  }

  destroy(): void {
    this.drawing++;
    this.drawn?.finalize();
    this.resizer.disconnect();
    this.themeWatch.disconnect();
    this.scheme.removeEventListener("change", this.onScheme);
  }
}
