/**
 * Lazy chunk: Streamlit's markdown extras, fetched only by pages whose text uses one (the core's
 * markdown.ts looks for their markers). Added to the core's `marked` instances as extensions:
 * - coloured text `:red[...]` (red, orange, yellow, green, blue, violet, gray/grey, rainbow,
 *   primary), backgrounds `:blue-background[...]`, custom colours
 *   `:color[...]{foreground="#d50000" background="..."}` (CSS colour values checked, never
 *   pasted raw), `:small[...]` and `:shimmer[...]`;
 * - Material Symbols `:material/icon_name:` (the rounded font: chunks/material/, beside this);
 * - emoji shortcodes (`:+1:`, `:sunglasses:`) and the typographic arrows/dashes;
 * - LaTeX: `$...$` inline and `$$...$$` blocks, drawn by the `katex` chunk (loaded on demand).
 * Text inside a directive is markdown again; nothing here lets text become HTML.
 */
import type { Marked, MarkedExtension, Token, Tokens } from "marked";
import emoji from "markdown-it-emoji/lib/data/full.mjs";
import { escapeHtml } from "../html_escape";
import { materialIconCss } from "../material_icons";
import { addStyle } from "../widgets/chunk_style";
import type * as KatexChunk from "./katex";

type Lexer = { lexer: { inlineTokens(src: string): Token[] } };
type Parser = { parser: { parseInline(tokens: Token[]): string } };

const PALETTE = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"];
const COLOURS: Record<string, string> = {
  red: "#e0282e", orange: "#e2660c", yellow: "#926c05", green: "#158237",
  blue: "#1c83e1", violet: "#803df5", gray: "#5c5f66", primary: "var(--stb-primary)",
};
const CSS = `
${materialIconCss(import.meta.url)}
${Object.entries(COLOURS).map(([n, c]) => `.stb-fg-${n}{color:${c}}.stb-bg-${n}{background:color-mix(in srgb,${c} 18%,transparent);border-radius:.25rem;padding:0 .2em}`).join("")}
.stb-fg-rainbow{background:linear-gradient(to right,#e0282e,#e2660c,#926c05,#158237,#1c83e1,#803df5);-webkit-background-clip:text;background-clip:text;color:transparent}
.stb-bg-rainbow{background:linear-gradient(to right,#ffd6d6,#ffe6cc,#fff3c4,#d8f5e0,#d6eaff,#eadcff);border-radius:.25rem;padding:0 .2em}
.stb-small{font-size:.875em}
.stb-shimmer{animation:stb-shimmer 1.6s ease-in-out infinite}
@keyframes stb-shimmer{50%{opacity:.35}}
@media (prefers-reduced-motion:reduce){.stb-shimmer{animation:none}}
.stb-math-block{overflow-x:auto;overflow-y:hidden;margin:0 0 1rem}`;

/** CSS colours `:color[...]{...}` may use: hex, rgb(a)/hsl(a) with commas, or a name. */
const CSS_COLOUR =
  /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|hsl)a?\(\s*[\d.]+%?\s*(,\s*[\d.]+%?\s*){2,3}\)|[a-z]{3,20})$/i;

/** The end of a bracketed text starting at `src[open]` ("["): nested pairs and escapes kept. */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i;
  }
  return -1;
}

interface Directive extends Tokens.Generic {
  cls: string;
  style: string;
  tokens: Token[];
}

const directive = {
  name: "stbDirective",
  level: "inline" as const,
  start(src: string): number | undefined {
    const i = src.search(/:[a-z]+(-background)?\[/);
    return i < 0 ? undefined : i;
  },
  tokenizer(this: Lexer, src: string): Directive | undefined {
    const m = /^:([a-z]+)(-background)?\[/.exec(src);
    if (!m) return undefined;
    const [head, name = "", background] = m;
    const end = closing(src, head.length - 1);
    if (end < 0) return undefined;
    let raw = src.slice(0, end + 1);
    let cls = "";
    let style = "";
    if (PALETTE.includes(name)) cls = `stb-${background ? "bg" : "fg"}-${name === "grey" ? "gray" : name}`;
    else if (background) return undefined;
    else if (name === "small" || name === "shimmer") cls = `stb-${name}`;
    else if (name === "color") {
      const attrs = /^\{((?:\s*(?:foreground|background)="[^"]*")*)\s*\}/.exec(src.slice(end + 1));
      for (const [, key, value] of (attrs?.[1] ?? "").matchAll(/(foreground|background)="([^"]*)"/g)) {
        if (value && CSS_COLOUR.test(value.trim())) style += `${key === "foreground" ? "color" : "background-color"}:${value.trim()};`;
      }
      if (attrs) raw += attrs[0];
    } else return undefined;
    const inner = src.slice(head.length, end).replace(/\\([[\]])/g, "$1");
    return { type: "stbDirective", raw, cls, style, tokens: this.lexer.inlineTokens(inner) };
  },
  renderer(this: Parser, t: Tokens.Generic): string {
    const d = t as Directive;
    const style = d.style ? ` style="${escapeHtml(d.style)}"` : "";
    return `<span class="${d.cls}"${style}>${this.parser.parseInline(d.tokens)}</span>`;
  },
};

/** `:material/name:` and emoji shortcodes (`:+1:`); unknown names stay text. */
const shortcode = {
  name: "stbShortcode",
  level: "inline" as const,
  start(src: string): number | undefined {
    const i = src.search(/:(material\/)?[\w+-]+:/);
    return i < 0 ? undefined : i;
  },
  tokenizer(src: string): Tokens.Generic | undefined {
    const m = /^:(material\/([a-z0-9_]+)|[\w+-]+):/.exec(src);
    if (!m) return undefined;
    if (m[2]) return { type: "stbShortcode", raw: m[0], icon: m[2] };
    const e = emoji[m[1] ?? ""];
    return e ? { type: "stbShortcode", raw: m[0], emoji: e } : undefined;
  },
  renderer(t: Tokens.Generic): string {
    if (t.icon) return `<span class="stb-icon" aria-hidden="true">${escapeHtml(String(t.icon))}</span>`;
    return escapeHtml(String(t.emoji));
  },
};

let katex: typeof KatexChunk | undefined;

function math(tex: string, display: boolean): string {
  if (!katex) return `<code>${escapeHtml(tex)}</code>`; // prepare() loads KaTeX before this
  const html = katex.renderMath(tex, display);
  return display ? `<div class="stb-math-block">${html}</div>` : html;
}

const INLINE_MATH = /^(\${1,2})(?![\s$])((?:\\.|[^\\$\n])+?)(?<!\s)\1(?![\d$])/;
const BLOCK_MATH = /^ {0,3}\$\$[ \t]*\n([\s\S]*?)\n {0,3}\$\$[ \t]*(?:\n+|$)/;

const inlineMath = {
  name: "stbInlineMath",
  level: "inline" as const,
  start(src: string): number | undefined {
    const i = src.indexOf("$");
    return i < 0 ? undefined : i;
  },
  tokenizer(src: string): Tokens.Generic | undefined {
    const m = INLINE_MATH.exec(src);
    return m ? { type: "stbInlineMath", raw: m[0], text: m[2] ?? "" } : undefined;
  },
  renderer: (t: Tokens.Generic) => math(String(t.text), false),
};

const blockMath = {
  name: "stbBlockMath",
  level: "block" as const,
  start(src: string): number | undefined {
    const i = src.indexOf("$$");
    return i < 0 ? undefined : i;
  },
  tokenizer(src: string): Tokens.Generic | undefined {
    const m = BLOCK_MATH.exec(src);
    return m ? { type: "stbBlockMath", raw: m[0], text: m[1] ?? "" } : undefined;
  },
  renderer: (t: Tokens.Generic) => math(String(t.text), true),
};

const TYPOGRAPHY: [RegExp, string][] = [
  [/<->/g, "\u2194"], [/<-/g, "\u2190"], [/->/g, "\u2192"], [/--/g, "\u2014"],
  [/>=/g, "\u2265"], [/<=/g, "\u2264"], [/~=/g, "\u2248"],
];

/** The extension the core adds to its markdown renderers. */
export const extension: MarkedExtension = {
  extensions: [blockMath, inlineMath, directive, shortcode],
  walkTokens(token: Token): void {
    // Plain text only: code spans, code blocks, URLs and raw HTML keep their characters.
    if (token.type === "text" && !("tokens" in token && token.tokens)) {
      for (const [pattern, symbol] of TYPOGRAPHY) token.text = token.text.replace(pattern, symbol);
    }
  },
};

/** Whether `body` has maths this chunk could only draw after loading KaTeX. */
function needsKatex(body: string): boolean {
  return !katex && (BLOCK_MATH.test(body.replace(/^[\s\S]*?(?=\$\$)/, "")) || /\$(?!\s)[^$\n]*[^\s$]\$/.test(body));
}

/** Whether text rendered now would show every extra it uses. */
export function covers(body: string): boolean {
  return !needsKatex(body);
}

let installed = false;

/** Adds the extension to the core's renderers (once, forgetting what they cached) and loads
 * what `body` needs (KaTeX for maths; a KaTeX that cannot be fetched leaves maths as code). */
export async function prepare(body: string, renderers: Marked[], cache: Map<string, string>): Promise<void> {
  if (!installed) {
    installed = true;
    addStyle("stb-markdown-extras-css", CSS);
    for (const r of renderers) r.use(extension);
  }
  if (needsKatex(body)) katex = await import(new URL("katex.js", import.meta.url).href).catch(() => undefined);
  cache.clear();
}
