/**
 * Lazy chunk: st.echarts_chart drawn with Apache ECharts (canvas or SVG). The option arrives as
 * JSON; its dataframe sources travel beside it as named column tables and are put back here,
 * in their column order. Theme "streamlit" follows the page's light/dark theme (and changes with
 * it) with Streamlit's palette and font; the chart is named for assistive technology by ECharts'
 * aria description, the `alt` text when given.
 *
 * Nothing in the option becomes HTML or script: ECharts draws titles, labels and legends as
 * canvas/SVG text, its default tooltips escape names and values, and every string `formatter`
 * of a tooltip is expanded here with escaped values into a sanitised element (the template's
 * own markup kept, scripts and handlers dropped). Functions never come from the option (JSON
 * has none and strings are never evaluated); `javascript:` title links are dropped and the data
 * view's heading and button words are escaped.
 *
 * With selections on, clicks (a series' `selectedMode`) and brushes report Streamlit's
 * selection state: the selected data indices grouped by series and data type, and the brushed
 * areas in data coordinates; a double click clears both. A chart redrawn with a new option
 * selects again the points the page's value holds.
 */
import * as echarts from "echarts";
import DOMPurify from "dompurify";
import { EChartsChart_Renderer, type ChartDataset, type EChartsChart } from "../gen/stbundle";
import { escapeHtml } from "../html_escape";
import { safeUrl } from "../url_safety";
import { sprintf } from "../widgets/format";

type Obj = Record<string, unknown>;
type OnSelect = (json: string) => void;

const LIGHT = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];
const DARK = ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"];
const EMPTY = JSON.stringify({ selection: { selected: [], areas: [] } });

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function dicts(v: unknown): Obj[] {
  return isObj(v) ? [v] : Array.isArray(v) ? v.filter(isObj) : [];
}

/** The option and the options it holds (media overrides, a timeline's base and ticks). */
function variants(option: Obj): Obj[] {
  const out: Obj[] = [];
  const withMedia = (o: Obj): void => {
    out.push(o);
    for (const m of dicts(o.media)) if (isObj(m.option)) out.push(m.option);
  };
  withMedia(option);
  if (isObj(option.baseOption)) withMedia(option.baseOption);
  for (const tick of dicts(option.options)) withMedia(tick);
  return out;
}

function allSeries(option: Obj): Obj[] {
  return variants(option).flatMap((v) => dicts(v.series));
}

export function isDark(): boolean {
  const forced = document.documentElement.getAttribute("data-stb-theme");
  return forced === "dark" || (forced === null && matchMedia("(prefers-color-scheme: dark)").matches);
}

/** Each `{"name": ...}` source replaced by its table's rows, columns kept in order. */
function putDatasets(option: Obj, datasets: readonly ChartDataset[]): void {
  const tables = new Map(datasets.map((d) => [d.name, JSON.parse(d.columns) as { fields: string[]; values: unknown[][] }]));
  for (const v of variants(option)) {
    for (const entry of dicts(v.dataset)) {
      const ref = entry.source;
      const table = isObj(ref) && typeof ref.name === "string" ? tables.get(ref.name) : undefined;
      if (!table) continue;
      const count = table.values[0]?.length ?? 0;
      entry.source = Array.from({ length: count }, (_, i) => table.values.map((col) => col[i] ?? null));
      entry.dimensions ??= table.fields;
      entry.sourceHeader = false;
    }
  }
}

// ---- safe tooltips ---------------------------------------------------------------------------

interface TipParams {
  seriesName?: string;
  name?: string;
  value?: unknown;
  percent?: number;
  dimensionNames?: string[];
  title?: string;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  return escapeHtml(Array.isArray(v) ? v.join(",") : String(v));
}

function dimension(p: TipParams | undefined, dim: string): unknown {
  const value = p?.value;
  const m = /^\[(\d+)\]$/.exec(dim);
  if (m) return Array.isArray(value) ? value[Number(m[1])] : undefined;
  if (isObj(value)) return value[dim];
  const at = p?.dimensionNames?.indexOf(dim) ?? -1;
  return Array.isArray(value) && at >= 0 ? value[at] : undefined;
}

/** An ECharts string template with its placeholders filled by escaped values. */
export function expandTemplate(template: string, params: TipParams | TipParams[]): string {
  const list = Array.isArray(params) ? params : [params];
  return template.replace(/\{(@[^}]+|[abcde])(\d*)\}/g, (_m, what: string, n: string) => {
    if (what.startsWith("@")) return text(dimension(list[0], what.slice(1)));
    const p = list[n ? Number(n) : 0];
    if (!p) return "";
    switch (what) {
      case "a": return text(p.seriesName);
      case "b": return text(p.name);
      case "c": return text(p.value);
      case "d": return text(p.percent);
      default: return "";
    }
  });
}

/** HTML made an element with scripts, handlers and javascript: links removed. */
function safeElement(html: string): HTMLElement {
  const el = document.createElement("div");
  el.append(DOMPurify.sanitize(html.replace(/\n/g, "<br>"), { USE_PROFILES: { html: true }, RETURN_DOM_FRAGMENT: true }));
  return el;
}

const NUMBER_FORMATS: Record<string, (n: number) => string> = {
  plain: (n) => String(n),
  localized: (n) => n.toLocaleString(),
  dollar: (n) => n.toLocaleString("en-US", { style: "currency", currency: "USD" }),
  euro: (n) => n.toLocaleString("en-US", { style: "currency", currency: "EUR" }),
  yen: (n) => n.toLocaleString("en-US", { style: "currency", currency: "JPY" }),
  percent: (n) => n.toLocaleString("en-US", { style: "percent", maximumFractionDigits: 2 }),
  compact: (n) => n.toLocaleString("en-US", { notation: "compact" }),
  scientific: (n) => n.toLocaleString("en-US", { notation: "scientific" }),
  engineering: (n) => n.toLocaleString("en-US", { notation: "engineering" }),
  accounting: (n) => n.toLocaleString("en-US", { style: "currency", currency: "USD", currencySign: "accounting" }),
  bytes: (n) => {
    const units = ["B", "KB", "MB", "GB", "TB", "PB"];
    let i = 0;
    while (Math.abs(n) >= 1000 && i < units.length - 1) (n /= 1000), i++;
    return `${Number(n.toFixed(1))}${units[i]}`;
  },
};

/** A tooltip's valueFormatter text (a named format or printf) as a function; null: ignored. */
function valueFormatter(format: string): ((v: unknown) => string) | null {
  const named = NUMBER_FORMATS[format];
  if (!named && !/%[-+ 0#,]*\d*(?:\.\d+)?[diufFeEgGs]/.test(format)) return null;
  return (v) => (typeof v === "number" ? (named ? named(v) : sprintf(format, v)) : String(v ?? "-"));
}

function makeTooltipSafe(tip: Obj, component: boolean): void {
  const f = tip.formatter;
  if (typeof f === "string") tip.formatter = (params: TipParams | TipParams[]) => safeElement(expandTemplate(f, params));
  else if (f !== undefined || component) {
    // Component tooltips (legend, toolbox, ...) show a name: as text.
    tip.formatter = (params: TipParams) => safeElement(text(params?.name ?? params?.title));
  }
  if (typeof tip.valueFormatter === "string") {
    const vf = valueFormatter(tip.valueFormatter);
    if (vf) tip.valueFormatter = vf;
    else delete tip.valueFormatter;
  } else delete tip.valueFormatter;
}

/** The data view's heading and buttons are set as HTML by ECharts: its words go in as text. */
function safeDataView(view: Obj): void {
  const lang = Array.isArray(view.lang) ? view.lang : [];
  const words = [lang[0] ?? "Data View", lang[1] ?? "Close", lang[2] ?? "Refresh"]; // ECharts' English
  view.lang = words.map((w) => escapeHtml(String(w)));
}

const COMPONENTS = ["legend", "toolbox", "title", "dataZoom", "visualMap", "timeline", "calendar", "geo", "xAxis", "yAxis"];

function makeSafe(option: Obj): void {
  for (const v of variants(option)) {
    for (const tip of dicts(v.tooltip)) makeTooltipSafe(tip, false);
    for (const name of COMPONENTS) for (const c of dicts(v[name])) for (const tip of dicts(c.tooltip)) makeTooltipSafe(tip, true);
    for (const c of dicts(v.toolbox)) {
      const features = isObj(c.feature) ? Object.values(c.feature) : [];
      for (const feature of features) if (isObj(feature)) delete feature.optionToContent, delete feature.contentToOption;
      const view = isObj(c.feature) ? c.feature.dataView : undefined;
      if (isObj(view)) safeDataView(view);
    }
    for (const t of dicts(v.title)) {
      for (const k of ["link", "sublink"]) if (typeof t[k] === "string" && safeUrl(t[k]) === null) delete t[k];
    }
  }
  for (const s of allSeries(option)) {
    for (const tip of dicts(s.tooltip)) makeTooltipSafe(tip, false);
    for (const item of dicts(s.data)) for (const tip of dicts(item.tooltip)) makeTooltipSafe(tip, false);
  }
}

// ---- theme -----------------------------------------------------------------------------------

function themed(option: Obj, host: HTMLElement, dark: boolean): void {
  const style = getComputedStyle(host);
  const fg = style.getPropertyValue("--stb-fg").trim() || (dark ? "#fafafa" : "#31333f");
  for (const v of variants(option).slice(0, 1)) {
    v.color ??= dark ? DARK : LIGHT;
    v.backgroundColor ??= "transparent";
    v.textStyle = { fontFamily: style.fontFamily, color: fg, ...(isObj(v.textStyle) ? v.textStyle : {}) };
  }
}

function named(option: Obj, alt: string): void {
  const aria = isObj(option.aria) ? option.aria : option.aria === undefined ? { enabled: true } : null;
  if (aria === null) return;
  if (alt) {
    const label = isObj(aria.label) ? aria.label : {};
    option.aria = { ...aria, enabled: true, label: { ...label, description: alt } };
  } else option.aria = aria;
}

// ---- selections ------------------------------------------------------------------------------

interface Group {
  seriesIndex: number;
  dataType?: string;
  dataIndex: number[];
}
interface BrushArea {
  brushType?: string;
  coordRange?: unknown;
}

export class EChartsView {
  private chart: echarts.ECharts | null = null;
  private look = "";
  private last: EChartsChart | null = null;
  private selecting = false;
  private series: Obj[] = [];
  private native: Group[] = [];
  private brushed: Group[] = [];
  private areas: BrushArea[] = [];
  private sent = EMPTY;
  private restoring = false;
  private readonly resize = new ResizeObserver(() => this.chart?.resize());
  private readonly redraw = (): void => {
    if (this.last && this.look.endsWith(`\0${!isDark()}`)) this.update(this.last, this.selecting);
  };
  private readonly themeWatch = new MutationObserver(this.redraw);
  private readonly scheme = matchMedia("(prefers-color-scheme: dark)");

  constructor(private readonly host: HTMLElement, private readonly onSelect: OnSelect) {
    this.resize.observe(host);
    this.themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ["data-stb-theme"] });
    this.scheme.addEventListener("change", this.redraw);
  }

  update(p: EChartsChart, selecting: boolean, held = ""): void {
    this.last = p;
    this.selecting = selecting;
    const option = JSON.parse(p.spec) as Obj;
    putDatasets(option, p.datasets);
    makeSafe(option);
    const dark = isDark();
    if (p.theme === "streamlit") themed(option, this.host, dark);
    named(option, p.alt);
    if (!selecting) for (const s of allSeries(option)) s.cursor ??= "default";
    this.series = dicts(option.series);
    if (!this.host.style.height) this.host.style.minHeight = "350px";
    const renderer = p.renderer === EChartsChart_Renderer.SVG ? "svg" : "canvas";
    const look = `${renderer}\0${p.theme}\0${dark}`;
    if (!this.chart || look !== this.look) {
      this.chart?.dispose();
      this.look = look;
      this.chart = echarts.init(this.host, p.theme === "streamlit" && dark ? "dark" : undefined, { renderer });
      this.listen(this.chart);
    }
    this.native = [];
    this.brushed = [];
    this.areas = [];
    this.sent = EMPTY;
    this.chart.setOption(option, { notMerge: true });
    this.host.setAttribute("role", "img");
    if (selecting && held) this.restore(this.chart, held);
  }

  /** Selects again the points a redrawn chart held (brushed areas are not redrawn), without
   * reporting: the page's value stays the one the script has. */
  private restore(chart: echarts.ECharts, held: string): void {
    let groups: { series_index?: unknown; data_type?: unknown; data_indices?: unknown }[] = [];
    try {
      const parsed = JSON.parse(held) as { selection?: { selected?: unknown } };
      if (Array.isArray(parsed.selection?.selected)) groups = parsed.selection.selected as typeof groups;
    } catch {
      return;
    }
    this.restoring = true;
    for (const g of groups) {
      if (typeof g.series_index !== "number" || !Array.isArray(g.data_indices)) continue;
      const dataType = g.data_type === "node" || g.data_type === "edge" ? g.data_type : undefined;
      chart.dispatchAction({ type: "select", seriesIndex: g.series_index, dataIndex: g.data_indices, dataType });
    }
    this.restoring = false;
  }

  private listen(chart: echarts.ECharts): void {
    chart.on("selectchanged", (e) => {
      this.native = ((e as { selected?: Group[] }).selected ?? []).map((g) => ({ ...g, dataIndex: [...g.dataIndex] }));
      this.report();
    });
    chart.on("brushselected", (e) => {
      const batch = (e as { batch?: { selected?: { seriesIndex: number; dataIndex: number[] }[]; areas?: BrushArea[] }[] }).batch ?? [];
      this.brushed = batch.flatMap((b) => b.selected ?? []).map((g) => ({ seriesIndex: g.seriesIndex, dataIndex: [...g.dataIndex] }));
      this.areas = batch.flatMap((b) => b.areas ?? []);
      this.report();
    });
    chart.getZr().on("dblclick", () => {
      if (!this.selecting) return;
      for (const g of this.native) chart.dispatchAction({ type: "unselect", seriesIndex: g.seriesIndex, dataIndex: g.dataIndex, dataType: g.dataType });
      chart.dispatchAction({ type: "brush", areas: [] });
      this.native = [];
      this.brushed = [];
      this.areas = [];
      this.report();
    });
  }

  private report(): void {
    if (!this.selecting) return;
    const json = selectionJson(this.native, this.brushed, this.areas, this.series);
    if (json === this.sent) return;
    this.sent = json;
    if (!this.restoring) this.onSelect(json);
  }

  destroy(): void {
    this.resize.disconnect();
    this.themeWatch.disconnect();
    this.scheme.removeEventListener("change", this.redraw);
    this.chart?.dispose();
    this.chart = null;
  }
}

/** Streamlit's selection state: native and brushed indices merged per series and data type
 * (empty groups left out, indices sorted), and the brushed areas that have data coordinates. */
export function selectionJson(native: Group[], brushed: Group[], areas: BrushArea[], series: Obj[]): string {
  const groups = new Map<string, { seriesIndex: number; dataType: string; indices: Set<number> }>();
  for (const g of [...native, ...brushed]) {
    const dataType = g.dataType ?? "main";
    const key = `${g.seriesIndex}\0${dataType}`;
    const group = groups.get(key) ?? { seriesIndex: g.seriesIndex, dataType, indices: new Set<number>() };
    for (const i of g.dataIndex) group.indices.add(i);
    groups.set(key, group);
  }
  const selected = [...groups.values()]
    .filter((g) => g.indices.size > 0)
    .sort((a, b) => a.seriesIndex - b.seriesIndex || a.dataType.localeCompare(b.dataType))
    .map((g) => {
      const s = series[g.seriesIndex] ?? {};
      return {
        series_index: g.seriesIndex,
        series_id: typeof s.id === "string" || typeof s.id === "number" ? s.id : null,
        series_name: typeof s.name === "string" ? s.name : null,
        data_type: g.dataType,
        data_indices: [...g.indices].sort((a, b) => a - b),
      };
    });
  const shown = areas
    .filter((a) => a.coordRange !== undefined && a.coordRange !== null)
    .map((a, i) => ({ brush_index: i, brush_type: a.brushType ?? "rect", coord_range: a.coordRange }));
  return JSON.stringify({ selection: { selected, areas: shown } });
}
