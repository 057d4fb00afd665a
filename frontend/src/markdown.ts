/**
 * Markdown → HTML with `marked` (GFM), made safe by default: raw HTML is escaped unless the
 * element allows it (and then sanitised, see sanitize.ts), and link/image URLs with
 * script-capable schemes are neutralised (marked itself sanitises nothing). Results are cached
 * because reruns resend identical bodies.
 */
import { Marked, type Tokens } from "marked";
import type * as Extras from "./chunks/markdown";
import { loadChunk } from "./lazy";
import { drawMermaidBlocks } from "./mermaid_blocks";
import { forgetSanitizedHtml, setSanitizedHtml } from "./sanitize";
import { safeUrl } from "./url_safety";

import { escapeHtml } from "./html_escape";

export { escapeHtml };

/** A heading's anchor from its text (HTML tags dropped), as Streamlit makes it. */
export function slugify(s: string): string {
  return s.toLowerCase().replace(/<[^>]*>/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

const BADGE = /^:(red|orange|yellow|blue|green|violet|gray|grey|primary)-badge\[((?:\\.|[^\]\\])*)\]/;

/** Streamlit's badge directive, `:blue-badge[text]` (st.badge sends one): a coloured span. */
const badge = {
  name: "badge",
  level: "inline" as const,
  start(src: string): number | undefined {
    const i = src.search(/:[a-z]+-badge\[/);
    return i < 0 ? undefined : i;
  },
  tokenizer(this: { lexer: { inlineTokens(s: string): Tokens.Generic[] } }, src: string) {
    const m = BADGE.exec(src);
    if (!m) return undefined;
    const inner = (m[2] ?? "").replace(/\\([[\]])/g, "$1");
    return { type: "badge", raw: m[0], color: m[1], tokens: this.lexer.inlineTokens(inner) };
  },
  renderer(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, t: Tokens.Generic) {
    const color = t.color === "grey" ? "gray" : String(t.color);
    return `<span class="stb-badge" data-color="${color}">${this.parser.parseInline(t.tokens ?? [])}</span>`;
  },
};

function make(allowHtml: boolean): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    extensions: [badge],
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        return allowHtml ? text : escapeHtml(text);
      },
      heading({ tokens, depth }: Tokens.Heading): string {
        // An id for URL fragments, and a link to it (the icon shows on hover unless the
        // element says anchors=False, see .stb-no-anchors).
        const inner = this.parser.parseInline(tokens);
        const id = escapeHtml(slugify(inner));
        const link = id ? `<a class="stb-anchor" href="#${id}" aria-label="Link to this heading"></a>` : "";
        return `<h${depth}${id ? ` id="${id}"` : ""}>${inner}${link}</h${depth}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link): string {
        const inner = this.parser.parseInline(tokens);
        const url = safeUrl(href);
        if (url === null) return `<a class="stb-unsafe-link">${inner}</a>`;
        const external = /^https?:\/\//i.test(url) ? ' target="_blank" rel="noopener noreferrer"' : "";
        const t = title ? ` title="${escapeHtml(title)}"` : "";
        return `<a href="${escapeHtml(url)}"${t}${external}>${inner}</a>`;
      },
      image({ href, title, text }: Tokens.Image): string {
        const url = safeUrl(href, true);
        if (url === null) return escapeHtml(text);
        const t = title ? ` title="${escapeHtml(title)}"` : "";
        return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${t}>`;
      },
    },
  });
}

const safe = make(false);
const trusted = make(true);
const cache = new Map<string, string>();

/** Renders block markdown (paragraphs, lists, tables...) to an HTML string. */
export function renderMarkdown(body: string, allowHtml = false, inline = false): string {
  const key = `${allowHtml ? 1 : 0}${inline ? 1 : 0}${body}`;
  let out = cache.get(key);
  if (out === undefined) {
    const md = allowHtml ? trusted : safe;
    out = inline ? md.parseInline(body, { async: false }) : md.parse(body, { async: false });
    if (cache.size > 500) cache.clear();
    cache.set(key, out);
  }
  return out;
}

const shown = new WeakMap<HTMLElement, string>();
/** Markers of Streamlit's extras (colours, icons, emoji, maths, arrows): chunks/markdown.ts. */
const EXTRAS = /:[\w/+-]+[:[]|\$|<-|->|--|[<>~]=/;
let extras: typeof Extras | undefined;
const wanted = new WeakMap<HTMLElement, string>();

/**
 * Sets an element's markdown content, touching the DOM only if the rendered HTML changed. With
 * `allowHtml` (unsafe_allow_html) the HTML is sanitised first, as Streamlit does. Text using an
 * extra shows plain at once and again, complete, when the extras chunk (and KaTeX) arrived.
 */
export function setMarkdown(el: HTMLElement, body: string, allowHtml = false, inline = false, load = true): void {
  const key = `${+allowHtml}${+inline}${body}`;
  wanted.set(el, key);
  if (load && EXTRAS.test(body) && !extras?.covers(body)) {
    loadChunk<typeof Extras>("markdown").then(async (m) => {
      await m.prepare(body, [safe, trusted], cache);
      extras = m;
      if (wanted.get(el) === key) setMarkdown(el, body, allowHtml, inline, false);
    }, () => undefined);
  }
  const html = renderMarkdown(body, allowHtml, inline);
  if (allowHtml) {
    shown.delete(el);
    setSanitizedHtml(el, html);
    return;
  }
  if (shown.get(el) !== html) {
    forgetSanitizedHtml(el); // a sanitiser still loading must not overwrite this later
    el.innerHTML = html;
    shown.set(el, html);
    if (html.includes("language-mermaid")) drawMermaidBlocks(el);
  }
}

// Lazy components (st.image's captions) render markdown with this renderer, not a copy of it.
(globalThis as { stbSetMarkdown?: typeof setMarkdown }).stbSetMarkdown = setMarkdown;
