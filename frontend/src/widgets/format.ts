/**
 * Value formatting for sliders and number inputs: the printf subset Streamlit accepts
 * (%d %i %u %f %e %g %s %% with flags/width/precision) and ISO-ish dates and times for the
 * slider's DATE/DATETIME/TIME data types (the widget carries days or microseconds).
 */
import { Slider_DataType } from "../gen/stbundle";

const SPEC = /%([-+ 0#,]*)(\d+)?(?:\.(\d+))?([diufFeEgGs%])/g;

export function sprintf(format: string, n: number): string {
  return format.replace(SPEC, (_m, flags: string, width?: string, prec?: string, conv?: string) => {
    if (conv === "%") return "%";
    const p = prec === undefined ? undefined : Number(prec);
    let s: string;
    switch (conv) {
      case "d": case "i": case "u": s = Math.trunc(n).toString(); break;
      case "f": case "F": s = n.toFixed(p ?? 6); break;
      case "e": case "E": s = n.toExponential(p ?? 6); if (conv === "E") s = s.toUpperCase(); break;
      case "g": case "G": s = String(Number(n.toPrecision(p || 6))); break;
      default: s = String(n);
    }
    if (flags.includes(",")) {
      const [int, frac] = s.split(".");
      s = (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac === undefined ? "" : `.${frac}`);
    }
    if (flags.includes("+") && n >= 0) s = `+${s}`;
    const w = Number(width ?? 0);
    if (s.length < w) s = flags.includes("-") ? s.padEnd(w) : s.padStart(w, flags.includes("0") ? "0" : " ");
    return s;
  });
}

/** Decimal places of a step, so float arithmetic shows 0.3 and not 0.30000000000000004. */
export function decimals(step: number): number {
  if (!Number.isFinite(step) || Number.isInteger(step)) return 0;
  const s = step.toString();
  const e = s.indexOf("e-");
  if (e >= 0) return Number(s.slice(e + 2));
  return s.length - s.indexOf(".") - 1;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

function isoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function hhmm(d: Date, seconds: boolean): string {
  const t = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return seconds ? `${t}:${pad(d.getUTCSeconds())}` : t;
}

/** Human text for a slider value of the given data type. */
export function formatSliderValue(n: number, type: Slider_DataType, format: string, step: number): string {
  switch (type) {
    case Slider_DataType.DATE:
      return isoDate(new Date(n * 86_400_000));
    case Slider_DataType.DATETIME: {
      const d = new Date(n / 1000);
      return `${isoDate(d)} ${hhmm(d, step % 60_000_000 !== 0)}`;
    }
    case Slider_DataType.TIME:
      return hhmm(new Date(n / 1000), step % 60_000_000 !== 0);
    case Slider_DataType.INT:
      return format ? sprintf(format, n) : String(Math.round(n));
    default:
      return format ? sprintf(format, n) : n.toFixed(decimals(step));
  }
}
