/**
 * Lazy chunk: st.metric's extras, fetched only by a metric that uses them: `format=` applied to
 * numeric text (printf, or Streamlit's named formats through Intl.NumberFormat), the delta's
 * description, and `chart_data` drawn as a small inline SVG line, area or bar chart.
 */
import type { Metric } from "../gen/stbundle";
import { sprintf } from "../widgets/format";

type Named = (n: number) => string;

const intl = (options: Intl.NumberFormatOptions): Named => {
  const f = new Intl.NumberFormat("en-US", options);
  return (n) => f.format(n);
};
const currency = (code: string, digits = 2): Named =>
  intl({ style: "currency", currency: code, minimumFractionDigits: digits, maximumFractionDigits: digits });

const NAMED: Record<string, Named> = {
  plain: (n) => String(n),
  localized: (n) => n.toLocaleString(),
  percent: (n) => `${(n * 100).toFixed(2)}%`,
  dollar: currency("USD"),
  euro: currency("EUR"),
  yen: currency("JPY", 0),
  accounting: (n) => {
    const s = intl({ minimumFractionDigits: 2, maximumFractionDigits: 2 })(Math.abs(n));
    return n < 0 ? `(${s})` : s;
  },
  bytes: (n) => {
    const units = ["B", "KB", "MB", "GB", "TB", "PB"];
    let i = 0;
    while (Math.abs(n) >= 1000 && i < units.length - 1) (n /= 1000), i++;
    return `${i ? Number(n.toFixed(1)) : n}${units[i]}`;
  },
  compact: intl({ notation: "compact", maximumFractionDigits: 1 }),
  scientific: intl({ notation: "scientific", maximumFractionDigits: 3 }),
  engineering: intl({ notation: "engineering", maximumFractionDigits: 3 }),
};

/** `text` formatted when it is a number; other text (e.g. "70 °F") is left as it is. */
export function formatText(text: string, format: string): string {
  const n = Number(text.trim());
  if (!format || text.trim() === "" || !Number.isFinite(n)) return text;
  const named = NAMED[format];
  return named ? named(n) : sprintf(format, n);
}

const SVG = "http://www.w3.org/2000/svg";
const W = 100;
const H = 30;

/** A sparkline of `data` ("line", "area" or "bar"), stretched to its box. */
export function sparkline(data: readonly number[], type: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("class", "stb-sparkline");
  svg.setAttribute("aria-hidden", "true");
  // Styled here (not in the core CSS): only pages with a sparkline pay for it.
  svg.setAttribute("style", "width:100%;height:2.5rem;display:block;fill:none;stroke:var(--stb-primary);stroke-width:2");
  const lo = Math.min(...data, type === "bar" ? 0 : Infinity);
  const hi = Math.max(...data);
  const y = (v: number): number => H - ((v - lo) / (hi - lo || 1)) * H;
  const x = (i: number): number => (data.length > 1 ? (i / (data.length - 1)) * W : W / 2);
  if (type === "bar") {
    const bw = W / data.length;
    data.forEach((v, i) => {
      const r = document.createElementNS(SVG, "rect");
      r.setAttribute("x", String(i * bw + bw * 0.1));
      r.setAttribute("width", String(bw * 0.8));
      r.setAttribute("y", String(Math.min(y(v), y(Math.max(lo, 0)))));
      r.setAttribute("height", String(Math.abs(y(v) - y(Math.max(lo, 0))) || 0.5));
      r.setAttribute("style", "fill:var(--stb-primary);stroke:none;opacity:.6");
      svg.append(r);
    });
    return svg;
  }
  const points = data.map((v, i) => `${x(i)},${y(v)}`).join(" ");
  if (type === "area") {
    const area = document.createElementNS(SVG, "polygon");
    area.setAttribute("points", `0,${H} ${points} ${W},${H}`);
    area.setAttribute("style", "fill:var(--stb-primary);stroke:none;opacity:.2");
    svg.append(area);
  }
  const line = document.createElementNS(SVG, "polyline");
  line.setAttribute("points", points);
  line.setAttribute("vector-effect", "non-scaling-stroke");
  svg.append(line);
  return svg;
}

const EXTRA = "stb-metric-extra";

/** Applies a metric's extras to its rendered parts (and removes marks it no longer has). */
export function decorate(el: HTMLElement, value: HTMLElement, deltaText: HTMLElement, p: Metric): void {
  for (const old of el.querySelectorAll(`.${EXTRA}`)) old.remove();
  if (p.format) {
    value.textContent = formatText(p.body, p.format);
    deltaText.textContent = formatText(p.delta, p.format);
  }
  if (p.deltaDescription) {
    const d = document.createElement("span");
    d.className = `stb-metric-description ${EXTRA}`;
    d.style.cssText = "color:var(--stb-muted);font-size:.85em";
    d.textContent = ` ${p.deltaDescription}`;
    deltaText.after(d);
  }
  if (p.chartData.length) {
    const chart = sparkline(p.chartData, p.chartType);
    chart.classList.add(EXTRA);
    el.append(chart);
  }
}
