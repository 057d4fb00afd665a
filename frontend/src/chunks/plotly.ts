/**
 * Lazy chunk: st.plotly_chart drawn with plotly.js. With theme "streamlit" the figure takes the
 * page's colours (light or dark), font and Streamlit's categorical palette, where the figure does
 * not set its own; it resizes with its container. The element is a figure labelled by the alt
 * text, else the figure's title.
 */
import PlotlyModule from "plotly.js-dist-min";
import type { PlotlyChart } from "../gen/stbundle";

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

/** Draws (or redraws in place) the figure into `host`. */
export async function render(host: HTMLElement, p: PlotlyChart): Promise<void> {
  const figure = JSON.parse(p.spec) as { data?: unknown[]; layout?: Record<string, unknown> };
  const layout = figure.layout ?? {};
  host.setAttribute("role", "figure");
  host.setAttribute("aria-label", p.alt || titleText(layout) || "Chart");
  const config = { displaylogo: false, responsive: true, ...(JSON.parse(p.config || "{}") as Record<string, unknown>) };
  const finalLayout = p.theme === "streamlit" ? themed(layout, host) : layout;
  if (host.getAttribute("data-width") !== "content") finalLayout.autosize = true;
  await Plotly.react(host, figure.data ?? [], finalLayout, config);
}

export function purge(host: HTMLElement): void {
  Plotly.purge(host);
}
