/**
 * Lazy chunk: st.plotly_chart drawn with plotly.js. With theme "streamlit" the figure takes the
 * page's colours (light or dark), font and Streamlit's categorical palette, where the figure does
 * not set its own; it resizes with its container. The element is a figure labelled by the alt
 * text, else the figure's title. With selections on (st.plotly_chart(on_select=...)), clicking
 * points and drawing boxes or lassos reports Streamlit's selection state as JSON text: the
 * points (their fields in snake_case, without plotly's trace and axis objects), their indices,
 * and each box and lasso in data coordinates; a double click clears it.
 */
import PlotlyModule from "plotly.js-dist-min";
import type { PlotlyChart } from "../gen/stbundle";

/** What `plotly_selected` carries (the fields used here). */
interface SelectedEvent {
  points?: Record<string, unknown>[];
  selections?: { type?: string; xref?: string; yref?: string; x0?: number; x1?: number; y0?: number; y1?: number; path?: string }[];
}
type OnSelect = ((json: string) => void) | null;
interface GraphDiv extends HTMLElement {
  on?(event: string, handler: (e: SelectedEvent | undefined) => void): void;
}

interface PlotlyApi {
  react(el: HTMLElement, data: unknown[], layout: Record<string, unknown>, config: Record<string, unknown>): Promise<unknown>;
  purge(el: HTMLElement): void;
  Plots: { resize(el: HTMLElement): void };
}
const Plotly = PlotlyModule as PlotlyApi;

const LIGHT = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];
const DARK = ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function titleText(layout: Record<string, unknown>): string {
  const t = layout.title;
  if (typeof t === "string") return t;
  return isObject(t) && typeof t.text === "string" ? t.text : "";
}

function themed(layout: Record<string, unknown>, host: HTMLElement): Record<string, unknown> {
  const style = getComputedStyle(host);
  const fg = style.getPropertyValue("--stb-fg").trim() || "#31333f";
  const grid = style.getPropertyValue("--stb-border").trim() || "#d5d7de";
  const forced = document.documentElement.getAttribute("data-stb-theme");
  const dark = forced === "dark" || (forced === null && matchMedia("(prefers-color-scheme: dark)").matches);
  const axis = (a: unknown): Record<string, unknown> => ({ gridcolor: grid, zerolinecolor: grid, linecolor: grid, ...(isObject(a) ? a : {}) });
  const out: Record<string, unknown> = {
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    colorway: dark ? DARK : LIGHT,
    ...layout,
    font: { color: fg, family: style.fontFamily, ...(isObject(layout.font) ? layout.font : {}) },
    xaxis: axis(layout.xaxis),
    yaxis: axis(layout.yaxis),
  };
  delete out.template; // plotly.py's default template would repaint it white
  return out;
}

/** Where each chart reports selections to (the newest render's callback and modes). */
const selecting = new WeakMap<HTMLElement, { onSelect: OnSelect; modes: readonly string[] }>();

/** Draws (or redraws in place) the figure into `host`; `onSelect` hears its selections. */
export async function render(host: HTMLElement, p: PlotlyChart, onSelect: OnSelect = null): Promise<void> {
  const figure = JSON.parse(p.spec) as { data?: unknown[]; layout?: Record<string, unknown> };
  const layout = figure.layout ?? {};
  host.setAttribute("role", "figure");
  host.setAttribute("aria-label", p.alt || titleText(layout) || "Chart");
  const modes = onSelect ? p.selectionMode : [];
  const userConfig = JSON.parse(p.config || "{}") as Record<string, unknown>;
  const config = { displaylogo: false, responsive: true, ...userConfig, modeBarButtonsToRemove: removedButtons(modes, userConfig) };
  const finalLayout = p.theme === "streamlit" ? themed(layout, host) : { ...layout };
  if (host.getAttribute("data-width") !== "content") finalLayout.autosize = true;
  if (onSelect) {
    // What a click and a drag do, unless the figure says: select points, boxes or lassos.
    const points = modes.includes("points");
    finalLayout.clickmode ??= points ? "event+select" : "none";
    finalLayout.hovermode ??= "closest";
    finalLayout.dragmode ??= points ? "pan" : modes.includes("box") ? "select" : modes.includes("lasso") ? "lasso" : "pan";
  }
  selecting.set(host, { onSelect, modes });
  await Plotly.react(host, figure.data ?? [], finalLayout, config);
  const graph = host as GraphDiv;
  if (!graph.dataset.stbSelecting && graph.on) {
    graph.dataset.stbSelecting = "1";
    graph.on("plotly_selected", (e) => report(host, e));
    graph.on("plotly_deselect", () => report(host, undefined));
  }
}

/** The mode bar's selection tools a chart offers: those of its selection modes only. */
function removedButtons(modes: readonly string[], config: Record<string, unknown>): string[] {
  const removed = Array.isArray(config.modeBarButtonsToRemove) ? (config.modeBarButtonsToRemove as string[]) : [];
  const extra = ["sendDataToCloud"];
  if (!modes.includes("lasso")) extra.push("lasso2d");
  if (!modes.includes("box")) extra.push("select2d");
  return [...removed, ...extra];
}

function report(host: HTMLElement, event: SelectedEvent | undefined): void {
  const target = selecting.get(host);
  if (!target?.onSelect) return;
  const json = selectionJson(event, target.modes);
  if (json !== null) target.onSelect(json);
}

/** `pointIndex` → `point_index`, `marker.size` → `marker_size`, as Streamlit names them. */
function snakeCase(key: string): string {
  return key.replace(/\./g, "_").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function jsonable(value: unknown): boolean {
  try {
    return JSON.stringify(value) !== undefined;
  } catch {
    return false; // a cyclic plotly object
  }
}

/** Streamlit's selection state for a selection event (null: a kind of selection not enabled). */
export function selectionJson(event: SelectedEvent | undefined, modes: readonly string[]): string | null {
  const points: Record<string, unknown>[] = [];
  const indices = new Set<number>();
  for (const point of event?.points ?? []) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(point)) {
      if (key === "data" || key === "fullData" || key === "xaxis" || key === "yaxis") continue;
      if (jsonable(value)) out[snakeCase(key)] = value;
    }
    const trace = point.data as { legendgroup?: string } | undefined;
    if (trace?.legendgroup) out.legendgroup = trace.legendgroup;
    if (typeof point.pointIndex === "number") indices.add(point.pointIndex);
    if (Array.isArray(point.pointIndices)) for (const i of point.pointIndices as number[]) indices.add(i);
    points.push(out);
  }
  const box: Record<string, unknown>[] = [];
  const lasso: Record<string, unknown>[] = [];
  for (const s of event?.selections ?? []) {
    const where = { xref: s.xref, yref: s.yref };
    if (s.type === "rect") box.push({ ...where, x: [s.x0, s.x1], y: [s.y0, s.y1] });
    else if (s.type === "path") lasso.push({ ...where, ...pathPoints(s.path ?? "") });
  }
  if ((box.length && !modes.includes("box")) || (lasso.length && !modes.includes("lasso"))) return null;
  return JSON.stringify({ selection: { points, point_indices: [...indices], box, lasso } });
}

/** A lasso's SVG path ("M1,2L3,4Z") as its x and y coordinates. */
function pathPoints(path: string): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (const pair of path.replace(/^M|Z$/g, "").split("L")) {
    if (!pair) continue;
    const [px, py] = pair.split(",").map(Number);
    x.push(px ?? NaN);
    y.push(py ?? NaN);
  }
  return { x, y };
}

export function purge(host: HTMLElement): void {
  Plotly.purge(host);
}
