/**
 * Dates and times of a grid cell in a column_config `format`: Streamlit's named formats
 * ("localized", "iso8601", "distance", "calendar") or a momentJS-style pattern such as
 * "D MMM YYYY, h:mm a" (text in [brackets] is kept as it is). The cell arrives as the text the
 * frame reader wrote ("YYYY-MM-DD HH:mm:ss[.SSS]", "YYYY-MM-DD" or "HH:mm:ss[.SSS]", already in
 * the column's time zone), so a format only rearranges those parts. Used by the grid chunk.
 */

/** The parts of a cell's date/time; a time-only cell is on 1970-01-01. */
export interface Moment {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly ms: number;
  readonly hasDate: boolean;
  readonly hasTime: boolean;
}

const CELL = /^(?:(-?\d{4,})-(\d\d)-(\d\d))?[ T]?(?:(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?)?/;

/** A cell's parts, or null when the text is not a date/time the grid wrote. */
export function parseMoment(text: string): Moment | null {
  const m = CELL.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const n = (s: string | undefined, fallback = 0): number => (s === undefined ? fallback : Number(s));
  return {
    year: n(m[1], 1970), month: n(m[2], 1), day: n(m[3], 1),
    hour: n(m[4]), minute: n(m[5]), second: n(m[6]),
    ms: m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0").slice(0, 3)),
    hasDate: m[1] !== undefined, hasTime: m[4] !== undefined,
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** The wall-clock parts as a Date whose UTC getters read them. */
function asUtc(m: Moment): Date {
  return new Date(Date.UTC(m.year, m.month - 1, m.day, m.hour, m.minute, m.second, m.ms));
}

function token(t: string, m: Moment): string {
  const weekday = asUtc(m).getUTCDay();
  const h12 = m.hour % 12 || 12;
  switch (t) {
    case "YYYY": return String(m.year);
    case "YY": return pad(m.year % 100);
    case "MMMM": return MONTHS[m.month - 1];
    case "MMM": return MONTHS[m.month - 1].slice(0, 3);
    case "MM": return pad(m.month);
    case "M": return String(m.month);
    case "Mo": return ordinal(m.month);
    case "DD": return pad(m.day);
    case "D": return String(m.day);
    case "Do": return ordinal(m.day);
    case "dddd": return DAYS[weekday];
    case "ddd": return DAYS[weekday].slice(0, 3);
    case "dd": return DAYS[weekday].slice(0, 2);
    case "d": return String(weekday);
    case "HH": return pad(m.hour);
    case "H": return String(m.hour);
    case "hh": return pad(h12);
    case "h": return String(h12);
    case "mm": return pad(m.minute);
    case "m": return String(m.minute);
    case "ss": return pad(m.second);
    case "s": return String(m.second);
    case "SSS": return pad(m.ms, 3);
    case "SS": return pad(Math.floor(m.ms / 10));
    case "S": return String(Math.floor(m.ms / 100));
    case "A": return m.hour < 12 ? "AM" : "PM";
    case "a": return m.hour < 12 ? "am" : "pm";
    default: return t;
  }
}

const TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|Mo|MM|M|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a/g;

/** `m` in a momentJS-style pattern (the tokens above; others stay as written). */
export function formatPattern(pattern: string, m: Moment): string {
  return pattern.replace(TOKENS, (t: string, literal: string | undefined) => (literal !== undefined ? literal : token(t, m)));
}

function distance(m: Moment, now: number): string {
  const seconds = Math.round((asUtc(m).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  const units: [number, string][] = [[31_536_000, "year"], [2_592_000, "month"], [86_400, "day"], [3600, "hour"], [60, "minute"]];
  let phrase = "a few seconds";
  for (const [size, unit] of units) {
    if (abs >= size * 0.9) {
      const n = Math.round(abs / size);
      phrase = n <= 1 ? `${unit === "hour" ? "an" : "a"} ${unit}` : `${n} ${unit}s`;
      break;
    }
  }
  return seconds > 0 ? `in ${phrase}` : `${phrase} ago`;
}

function calendar(m: Moment, now: Date): string {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const dayOf = Date.UTC(m.year, m.month - 1, m.day);
  const days = Math.round((dayOf - today) / 86_400_000);
  const at = `at ${formatPattern("h:mm A", m)}`;
  if (days === 0) return `Today ${at}`;
  if (days === 1) return `Tomorrow ${at}`;
  if (days === -1) return `Yesterday ${at}`;
  if (days > 1 && days < 7) return `${formatPattern("dddd", m)} ${at}`;
  if (days < -1 && days > -7) return `Last ${formatPattern("dddd", m)} ${at}`;
  return formatPattern("MM/DD/YYYY", m);
}

/** A date/time cell's text in `format` for a column of `kind` ("date", "time", "datetime"). */
export function formatMoment(format: string, kind: string, m: Moment, now: Date = new Date()): string {
  switch (format) {
    case "localized": {
      const d = asUtc(m);
      const opts: Intl.DateTimeFormatOptions = { timeZone: "UTC" };
      if (kind !== "time") Object.assign(opts, { year: "numeric", month: "short", day: "numeric" });
      if (kind !== "date") Object.assign(opts, { hour: "numeric", minute: "2-digit", second: "2-digit" });
      return d.toLocaleString("en-US", opts);
    }
    case "iso8601":
      if (kind === "date") return formatPattern("YYYY-MM-DD", m);
      if (kind === "time") return formatPattern("HH:mm:ss.SSS", m);
      return asUtc(m).toISOString();
    case "distance": {
      // The cell's wall clock read in the viewer's zone (the grid has no zone for naive values).
      const local = new Date(m.year, m.month - 1, m.day, m.hour, m.minute, m.second, m.ms);
      const shift = local.getTime() - asUtc(m).getTime();
      return distance(m, now.getTime() - shift);
    }
    case "calendar":
      return calendar(m, now);
    default:
      return formatPattern(format, m);
  }
}
