/**
 * The core's side of HTML sanitising: `setSanitizedHtml` shows HTML that came from the app
 * (st.html, markdown with unsafe_allow_html) only after the lazy `sanitize` chunk has cleaned
 * it. Until the chunk has loaded (the first such element of a page) the element stays empty:
 * nothing unsanitised is ever in the DOM.
 */
import type * as SanitizeChunk from "./chunks/sanitize";
import { loadChunk } from "./lazy";

type Sanitizer = typeof SanitizeChunk;

let ready: Sanitizer | null = null;
const wanted = new WeakMap<HTMLElement, string>(); // the HTML each element should show
const shown = new WeakMap<HTMLElement, string>();

function load(): Promise<Sanitizer> {
  return loadChunk<Sanitizer>("sanitize").then((s) => (ready = s));
}

function apply(s: Sanitizer, el: HTMLElement, html: string, allowScripts: boolean, key: string): void {
  s.insert(el, s.sanitize(html, allowScripts), allowScripts);
  shown.set(el, key);
}

/** Shows `html` in `el`, sanitised; `allowScripts` keeps and runs <script> elements. */
export function setSanitizedHtml(el: HTMLElement, html: string, allowScripts = false): void {
  const key = `${allowScripts ? 1 : 0}${html}`;
  wanted.set(el, key);
  if (shown.get(el) === key) return;
  if (ready !== null) {
    apply(ready, el, html, allowScripts, key);
    return;
  }
  el.replaceChildren();
  shown.delete(el);
  el.setAttribute("aria-busy", "true");
  load().then(
    (s) => {
      el.removeAttribute("aria-busy");
      if (wanted.get(el) === key) apply(s, el, html, allowScripts, key);
    },
    () => {
      el.removeAttribute("aria-busy");
      if (wanted.get(el) === key) el.textContent = "This content could not be shown: the HTML sanitiser did not load.";
    },
  );
}

/** `el` no longer shows sanitised HTML (it shows something else now). */
export function forgetSanitizedHtml(el: HTMLElement): void {
  wanted.delete(el);
  shown.delete(el);
}
