/**
 * The small charts of st.column_config's LineChartColumn, AreaChartColumn and BarChartColumn: a
 * list of numbers drawn as an inline SVG as wide as its cell (no chart library). The y range is
 * y_min..y_max (0..1 by default); values outside it rescale the whole series into it, as
 * Streamlit does. Colour: the primary colour, a named or CSS colour, or "auto" (green when the
 * series rises, red when it falls; "auto-inverse" the other way round). Used by the grid chunk.
 */

const SVG = "http://www.w3.org/2000/svg";
const NAMED: Record<string, string> = {
  red: "#ff4b4b", orange: "#ffa421", yellow: "#ffe312", green: "#21c354", blue: "#1c83e1",
  violet: "#803df5", gray: "#808495", grey: "#808495", primary: "var(--stb-primary,#ff4b4b)",
};
/** Hex, rgb()/rgba()/hsl()/hsla() with plain numbers, or a CSS colour name: nothing else reaches a style. */
const CSS_COLOUR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\(\s*[\d.%]+\s*(,\s*[\d.%]+\s*){2,3}\)|[a-z]{3,20})$/i;

export type SparkKind = "line_chart" | "area_chart" | "bar_chart";

export interface SparkConfig {
  y_min?: number | null;
  y_max?: number | null;
  color?: string | null;
}

/** The numbers of a list cell (JSON text); null when it holds none. */
export function cellNumbers(text: string): number[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text.replace(/^[[(]|[\])]$/g, "").split(/[\s,]+/).filter(Boolean);
  }
  if (!Array.isArray(parsed)) return null;
  const out = parsed.map((v) => (v === null || v === "" ? Number.NaN : Number(v)));
  return out.some((v) => Number.isFinite(v)) ? out : null;
}

/** A colour from st.column_config (a palette name or a CSS colour); null when it is neither. */
export function namedColour(name: string): string | null {
  if (name in NAMED) return NAMED[name];
  return CSS_COLOUR.test(name) ? name : null;
}

function colour(config: SparkConfig, values: readonly number[]): string {
  const c = config.color ?? "primary";
  if (c === "auto" || c === "auto-inverse") {
    const finite = values.filter(Number.isFinite);
    const rising = finite[finite.length - 1] >= finite[0];
    return NAMED[rising === (c === "auto") ? "green" : "red"];
  }
  return namedColour(c) ?? NAMED.primary;
}

/** The values placed in 0..1 of the chart's height. */
function scaled(values: readonly number[], lo: number, hi: number): number[] {
  const finite = values.filter(Number.isFinite);
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const inRange = min >= lo && max <= hi;
  return values.map((v) => {
    if (!Number.isFinite(v)) return Number.NaN;
    if (inRange) return (v - lo) / (hi - lo);
    if (max === min) return max > hi ? 1 : 0;
    return (v - min) / (max - min);
  });
}

function node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** An SVG sparkline of `values` (100 x 30 units, stretched to its box), named for screen readers. */
export function sparkline(kind: SparkKind, values: readonly number[], config: SparkConfig): SVGSVGElement {
  const lo = config.y_min ?? 0;
  const hi = config.y_max ?? 1;
  const fill = colour(config, values);
  const svg = node("svg", { viewBox: "0 0 100 30", preserveAspectRatio: "none", role: "img", class: "stb-spark" });
  svg.setAttribute("aria-label", `${kind.replace("_", " ")} of ${values.length} values`);
  if (!(hi > lo)) return svg;
  const ys = scaled(values, lo, hi);
  const y = (v: number): number => 29 - v * 28;
  if (kind === "bar_chart") {
    const w = 100 / Math.max(1, ys.length);
    ys.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const top = y(v);
      svg.append(node("rect", { x: (i * w + w * 0.1).toFixed(2), y: top.toFixed(2), width: (w * 0.8).toFixed(2), height: Math.max(0.5, 29 - top).toFixed(2), fill }));
    });
    return svg;
  }
  const step = ys.length > 1 ? 100 / (ys.length - 1) : 0;
  const points = ys.map((v, i) => [i * step, v] as const).filter(([, v]) => Number.isFinite(v));
  const line = points.map(([x, v]) => `${x.toFixed(2)},${y(v).toFixed(2)}`).join(" ");
  if (kind === "area_chart" && points.length) {
    const first = points[0][0].toFixed(2);
    const last = points[points.length - 1][0].toFixed(2);
    svg.append(node("polygon", { points: `${first},29 ${line} ${last},29`, fill, "fill-opacity": "0.25" }));
  }
  svg.append(node("polyline", { points: line, fill: "none", stroke: fill, "stroke-width": "1.5", "vector-effect": "non-scaling-stroke" }));
  return svg;
}
