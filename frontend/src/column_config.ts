/**
 * st.column_config as the grid applies it: a column's label, width, help, alignment and
 * visibility, number formats (printf-style like "%.2f" / "$%d", or Streamlit's names: "plain",
 * "localized", "percent", "dollar", "euro", "yen", "accounting", "compact", "scientific",
 * "engineering"), progress bars, and links (http/https only). Other column types show their
 * values as text. Used by the grid chunk only.
 */
import type { ShownColumn } from "./frame";

export interface ConfiguredColumn extends ShownColumn {
  readonly label: string;
  readonly help: string;
  readonly width: number | null;
  readonly align: string;
  /** A link cell: where it goes and what it says (null: not a safe URL, shown as text). */
  readonly link: ((r: number) => { href: string; text: string } | null) | null;
  /** A progress cell: the bar's fill from 0 to 1 (null: no bar). */
  readonly progress: ((r: number) => number | null) | null;
}

interface Config {
  label?: string | null;
  width?: string | number | null;
  help?: string | null;
  hidden?: boolean | null;
  alignment?: string | null;
  type_config?: { type?: string; format?: string | null; min_value?: number | null; max_value?: number | null; display_text?: string | null } | null;
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
    case "percent": return `${(v * 100).toFixed(2)}%`;
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

function safeUrl(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
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

/** The columns as the app configured them (hidden ones left out). */
export function configured(cols: readonly ShownColumn[], json: string): ConfiguredColumn[] {
  const all = parse(json);
  const out: ConfiguredColumn[] = [];
  for (const c of cols) {
    const cfg: Config = (c.isIndex ? all._index : all[c.name]) ?? {};
    if (cfg.hidden) continue;
    const type = cfg.type_config?.type ?? "";
    const format = cfg.type_config?.format ?? null;
    const num = (r: number): number | null => {
      const k = c.sortKey(r);
      return typeof k === "number" && !Number.isNaN(k) ? k : null;
    };
    let text = c.text;
    if ((type === "number" || type === "progress") && format) {
      text = (r) => {
        const v = num(r);
        return v === null ? c.text(r) : formatNumber(format, v);
      };
    }
    const lo = cfg.type_config?.min_value ?? 0;
    const hi = cfg.type_config?.max_value ?? (type === "progress" ? 100 : 1);
    const display = cfg.type_config?.display_text ?? null;
    const width = typeof cfg.width === "number" ? cfg.width : cfg.width ? (WIDTHS[cfg.width] ?? null) : null;
    out.push({
      ...c,
      text,
      label: cfg.label ?? c.name,
      help: cfg.help ?? "",
      width,
      align: cfg.alignment ?? "",
      link: type === "link"
        ? (r) => {
            const href = safeUrl(c.text(r));
            return href === null ? null : { href, text: display ?? c.text(r) };
          }
        : null,
      progress: type === "progress"
        ? (r) => {
            const v = num(r);
            return v === null || hi === lo ? null : Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
          }
        : null,
    });
  }
  return out;
}
