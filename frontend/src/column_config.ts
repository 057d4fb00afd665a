/**
 * st.column_config as the grid applies it: a column's label, width, help, alignment and
 * visibility, number formats (printf-style like "%.2f" / "$%d", or Streamlit's names: "plain",
 * "localized", "percent", "dollar", "euro", "yen", "accounting", "compact", "scientific",
 * "engineering", "bytes"), date/time formats (moment_format.ts), select option labels, and what each
 * typed column draws in its cells (grid_cells.ts). Used by the grid chunk only.
 */
import type { ShownColumn } from "./frame";
import { type CellDraw, type TypeConfig, cellDrawer, optionLabels } from "./grid_cells";
import { formatMoment, parseMoment } from "./moment_format";
import { decimals } from "./widgets/format";

export interface ConfiguredColumn extends ShownColumn {
  readonly label: string;
  readonly help: string;
  readonly width: number | null;
  readonly align: string;
  /** Stays in view on the left when the grid scrolls sideways (index columns by default). */
  readonly pinned: boolean;
  /** Fills a cell beyond its text (links, images, bars, charts...); null: the text alone. */
  readonly draw: CellDraw | null;
}

interface Config {
  label?: string | null;
  width?: string | number | null;
  help?: string | null;
  hidden?: boolean | null;
  alignment?: string | null;
  pinned?: boolean | null;
  type_config?: TypeConfig | null;
}

const WIDTHS: Record<string, number> = { small: 75, medium: 200, large: 400 };

function printf(format: string, v: number): string {
  return format.replace(/%([+ 0,]*)(\d*)(?:\.(\d+))?([dieEfgGs%])/g, (_m, flags: string, _w, prec: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    let out: string;
    const digits = prec === undefined ? undefined : Number(prec);
    if (conv === "d" || conv === "i") out = String(Math.round(v));
    else if (conv === "f") out = v.toFixed(digits ?? 6);
    else if (conv === "e" || conv === "E") out = v.toExponential(digits ?? 6);
    else if (conv === "g" || conv === "G") out = String(Number(v.toPrecision(digits || 6)));
    else out = String(v);
    if (flags.includes(",")) {
      const [int, frac] = out.split(".");
      out = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? `.${frac}` : "");
    }
    if (flags.includes("+") && v >= 0) out = `+${out}`;
    return conv === "E" || conv === "G" ? out.toUpperCase() : out;
  });
}

function money(v: number, currency: string, digits: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
}

/** A number in a column_config format; `null` format: the column's own text. */
export function formatNumber(format: string, v: number): string {
  switch (format) {
    case "plain": return String(v);
    case "localized": return v.toLocaleString("en-US");
    case "percent": return v.toLocaleString("en-US", { style: "percent", maximumFractionDigits: 2 });
    case "bytes": // "1.2KB": compact bytes (Intl's "BB" for billions is a gigabyte)
      return new Intl.NumberFormat("en-US", { notation: "compact", style: "unit", unit: "byte", unitDisplay: "narrow", maximumFractionDigits: 1 }).format(v).replace("BB", "GB");
    case "dollar": return money(v, "USD", 2);
    case "euro": return money(v, "EUR", 2);
    case "yen": return money(v, "JPY", 0);
    case "accounting": return v < 0 ? `(${Math.abs(v).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })})` : v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "compact": return new Intl.NumberFormat("en-US", { notation: "compact" }).format(v);
    case "scientific": return new Intl.NumberFormat("en-US", { notation: "scientific" }).format(v);
    case "engineering": return new Intl.NumberFormat("en-US", { notation: "engineering" }).format(v);
    default: return printf(format, v);
  }
}

export function parse(json: string): Record<string, Config> {
  if (!json) return {};
  try {
    const parsed = JSON.parse(json) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, Config>) : {};
  } catch {
    return {};
  }
}

/** A cell's text in the column's format: numbers, dates and times, option labels. */
function configuredText(c: ShownColumn, type: string, tc: TypeConfig): (r: number) => string {
  const format = tc.format ?? null;
  if ((type === "number" || type === "progress") && format) {
    return (r) => {
      const k = c.sortKey(r);
      return typeof k === "number" && !Number.isNaN(k) ? formatNumber(format, k) : c.text(r);
    };
  }
  if (type === "number" && typeof tc.step === "number" && tc.step > 0) {
    // No format but a step: as many decimals as the step has (step 0.01: "2.50").
    const digits = decimals(tc.step);
    return (r) => {
      const k = c.sortKey(r);
      return typeof k === "number" && !Number.isNaN(k) ? k.toFixed(digits) : c.text(r);
    };
  }
  if ((type === "date" || type === "time" || type === "datetime") && format) {
    return (r) => {
      const m = parseMoment(c.text(r));
      return m === null ? c.text(r) : formatMoment(format, type, m);
    };
  }
  if (type === "selectbox" && tc.options?.length) {
    const labels = optionLabels(tc.options);
    return (r) => labels.get(c.text(r)) ?? c.text(r);
  }
  return c.text;
}

/** The columns as the app configured them (hidden ones left out, pinned ones first). */
export function configured(cols: readonly ShownColumn[], json: string): ConfiguredColumn[] {
  const all = parse(json);
  const out: ConfiguredColumn[] = [];
  for (const c of cols) {
    const cfg: Config = (c.isIndex ? all._index : all[c.name]) ?? {};
    if (cfg.hidden) continue;
    const type = cfg.type_config?.type ?? "";
    const text = configuredText(c, type, cfg.type_config ?? {});
    const width = typeof cfg.width === "number" ? cfg.width : cfg.width ? (WIDTHS[cfg.width] ?? null) : null;
    const label = cfg.label ?? c.name;
    out.push({
      ...c,
      text,
      label,
      help: cfg.help ?? "",
      width,
      align: cfg.alignment ?? "",
      pinned: cfg.pinned ?? c.isIndex,
      draw: cellDrawer({ dtype: c.dtype, label, text: c.text, sortKey: c.sortKey }, cfg.type_config ?? {}),
    });
  }
  return [...out.filter((c) => c.pinned), ...out.filter((c) => !c.pinned)];
}
