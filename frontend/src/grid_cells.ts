/**
 * What a grid cell of a typed st.column_config column holds besides its text: a link (with its
 * display text, a regex's first group when display_text has one), an image, a progress bar, a
 * sparkline, chips for list and multiselect values, a checkbox, inline markdown, an audio or
 * video player, a button. Every URL passes the shared safety check (url_safety.ts) and user
 * text only ever becomes DOM text, never HTML. Used by the grid chunk only.
 */
import { type SparkConfig, type SparkKind, cellNumbers, namedColour, sparkline } from "./sparkline";
import { safeUrl } from "./url_safety";

/** Fills a cell (already holding its text) for row r. */
export type CellDraw = (cell: HTMLElement, r: number) => void;

export interface TypeConfig extends SparkConfig {
  type?: string;
  format?: string | null;
  min_value?: number | string | null;
  max_value?: number | string | null;
  display_text?: string | null;
  step?: number | null;
  options?: unknown[] | null;
  button_type?: string | null;
}

/** The cells of one column as the drawers read them. */
export interface CellSource {
  readonly dtype: string;
  readonly label: string;
  text(r: number): string;
  sortKey(r: number): number | string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = "", text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A link's display text: literal, or the first group of a regex applied to the URL. */
export function linkText(displayText: string | null | undefined, href: string): string {
  if (!displayText) return href;
  if (!(displayText.includes("(") && displayText.includes(")"))) return displayText;
  let pattern: RegExp;
  try {
    pattern = new RegExp(displayText, "us");
  } catch {
    return displayText; // not a regex after all: the text as written
  }
  const group = href.match(pattern)?.[1];
  if (group === undefined) return href;
  try {
    return decodeURI(group);
  } catch {
    return group;
  }
}

/** The option labels of a SelectboxColumn/MultiselectColumn: value text -> label. */
export function optionLabels(options: unknown[] | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of options ?? []) {
    if (o && typeof o === "object" && "value" in o) {
      const { value, label } = o as { value: unknown; label?: unknown };
      out.set(String(value), label === undefined || label === null ? String(value) : String(label));
    } else {
      out.set(String(o), String(o));
    }
  }
  return out;
}

/** A list cell's items: JSON arrays (our wire's list text), else comma-separated text. */
export function listItems(text: string): string[] {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  } catch {
    // not JSON: fall through
  }
  const inner = text.replace(/^[[({]|[\])}]$/g, "").trim();
  return inner ? inner.split(/\s*,\s*/).map((s) => s.replace(/^['"]|['"]$/g, "")) : [];
}

const AUTO_COLOURS = ["blue", "green", "orange", "violet", "red", "yellow", "gray"];

/** Each option's tag colour (MultiselectColumn `color`: a name, a CSS colour, or "auto"). */
function optionColours(options: unknown[] | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  (options ?? []).forEach((o, i) => {
    if (!o || typeof o !== "object" || !("color" in o)) return;
    const { value, color } = o as { value: unknown; color?: unknown };
    if (typeof color !== "string") return;
    const css = namedColour(color === "auto" ? AUTO_COLOURS[i % AUTO_COLOURS.length] : color);
    if (css) out.set(String(value), css);
  });
  return out;
}

function chips(cell: HTMLElement, items: readonly string[], colours?: Map<string, string>, labels?: Map<string, string>): void {
  const box = el("span", "stb-grid-chips");
  for (const item of items) {
    const chip = el("span", "stb-grid-chip", labels?.get(item) ?? item);
    const colour = colours?.get(item);
    if (colour) chip.style.background = `color-mix(in srgb, ${colour} 25%, transparent)`;
    box.append(chip);
  }
  cell.replaceChildren(box);
}

const INLINE = /(\*\*|__)(.+?)\1|(\*|_)(.+?)\3|~~(.+?)~~|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/;

/** Inline markdown as DOM (bold, italics, strikethrough, code, links): never as HTML. */
export function inlineMarkdown(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  let rest = text;
  while (rest) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.append(rest);
      break;
    }
    if (m.index) out.append(rest.slice(0, m.index));
    if (m[2] !== undefined) out.append(wrap("strong", m[2]));
    else if (m[4] !== undefined) out.append(wrap("em", m[4]));
    else if (m[5] !== undefined) out.append(wrap("del", m[5]));
    else if (m[6] !== undefined) out.append(el("code", "", m[6]));
    else {
      const href = safeUrl(m[8]);
      if (href === null) out.append(m[7]);
      else {
        const a = el("a");
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        a.append(inlineMarkdown(m[7]));
        out.append(a);
      }
    }
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

function wrap(tag: "strong" | "em" | "del", inner: string): HTMLElement {
  const e = el(tag);
  e.append(inlineMarkdown(inner));
  return e;
}

/** A link cell's target: an absolute URL that passes the safety check ("x" stays text). */
function absoluteUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return safeUrl(url.href);
}

function isTrue(text: string): boolean {
  return text === "true" || text === "True" || text === "1";
}

function numberOf(c: CellSource, r: number): number | null {
  const k = c.sortKey(r);
  return typeof k === "number" && !Number.isNaN(k) ? k : null;
}

function progressDraw(c: CellSource, cfg: TypeConfig): CellDraw {
  const lo = typeof cfg.min_value === "number" ? cfg.min_value : 0;
  const integer = /^u?int/i.test(c.dtype);
  const hi = typeof cfg.max_value === "number" ? cfg.max_value : integer ? 100 : 1;
  return (cell, r) => {
    const v = numberOf(c, r);
    if (v === null || hi === lo) return;
    const fill = Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
    const bar = el("span", "stb-grid-bar-fill");
    bar.style.width = `${Math.round(fill * 100)}%`;
    const track = el("span", "stb-grid-bar-track");
    track.setAttribute("role", "progressbar");
    track.setAttribute("aria-valuemin", String(lo));
    track.setAttribute("aria-valuemax", String(hi));
    track.setAttribute("aria-valuenow", String(v));
    track.setAttribute("aria-label", `${c.label}, row ${r}`);
    track.append(bar);
    cell.prepend(track);
  };
}

function mediaDraw(c: CellSource, kind: "image" | "audio" | "video"): CellDraw {
  return (cell, r) => {
    const src = safeUrl(c.text(r), kind === "image");
    if (src === null || !c.text(r)) return;
    if (kind === "image") {
      const img = el("img", "stb-grid-img");
      img.src = src;
      img.alt = `${c.label}, row ${r}`;
      img.loading = "lazy";
      cell.replaceChildren(img);
      return;
    }
    const player = el(kind, `stb-grid-${kind}`);
    player.src = src;
    player.controls = true;
    player.preload = "none";
    player.setAttribute("aria-label", `${c.label}, row ${r}`);
    cell.replaceChildren(player);
  };
}

/** The drawer of a column of type `type`, or null when its text says everything. */
export function cellDrawer(c: CellSource, cfg: TypeConfig): CellDraw | null {
  const type = cfg.type ?? "";
  switch (type) {
    case "link":
      return (cell, r) => {
        const raw = c.text(r);
        const href = absoluteUrl(raw);
        if (href === null) return;
        const a = el("a", "", linkText(cfg.display_text, raw));
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        cell.replaceChildren(a);
      };
    case "image":
    case "audio":
    case "video":
      return mediaDraw(c, type);
    case "progress":
      return progressDraw(c, cfg);
    case "line_chart":
    case "area_chart":
    case "bar_chart":
      return (cell, r) => {
        const values = cellNumbers(c.text(r));
        if (values) cell.replaceChildren(sparkline(type as SparkKind, values, cfg));
      };
    case "list":
      return (cell, r) => chips(cell, listItems(c.text(r)));
    case "multiselect": {
      const labels = optionLabels(cfg.options);
      const colours = optionColours(cfg.options);
      return (cell, r) => chips(cell, listItems(c.text(r)), colours, labels);
    }
    case "checkbox":
      return (cell, r) => {
        const box = el("input", "stb-grid-toggle");
        box.type = "checkbox";
        box.checked = isTrue(c.text(r));
        box.disabled = true;
        box.setAttribute("aria-label", `${c.label}, row ${r}`);
        cell.replaceChildren(box);
      };
    case "markdown":
      return (cell, r) => cell.replaceChildren(inlineMarkdown(c.text(r)));
    case "button":
      return (cell, r) => {
        const button = el("button", `stb-grid-button stb-grid-button-${cfg.button_type ?? "secondary"}`, c.text(r));
        button.type = "button";
        button.tabIndex = -1;
        button.setAttribute("aria-disabled", "true");
        cell.replaceChildren(button);
      };
    default:
      return null;
  }
}
