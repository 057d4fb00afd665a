/**
 * Lazy chunk: HTML sanitising with DOMPurify, for st.html and st.markdown(unsafe_allow_html=True),
 * with Streamlit 1.67's rules. HTML profile only (no SVG/MathML, no event-handler attributes,
 * no javascript:/data: links); links that open a new tab get rel="noopener noreferrer". With
 * `allowScripts` (st.html's unsafe_allow_javascript) <script> elements are kept and run; event
 * handler attributes are still removed, as in Streamlit.
 *
 * It returns DOM fragments, not strings, so the sanitised tree is inserted as is and never
 * parsed a second time (the re-parse is where mutation XSS happens).
 */
import DOMPurify, { type Config } from "dompurify";

const NEW_TAB = "data-stb-new-tab";

DOMPurify.addHook("beforeSanitizeAttributes", (node) => {
  if (node instanceof HTMLElement && node.getAttribute("target") === "_blank") node.setAttribute(NEW_TAB, "");
});
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node instanceof HTMLElement && node.hasAttribute(NEW_TAB)) {
    node.removeAttribute(NEW_TAB);
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

const BASE: Config = { USE_PROFILES: { html: true }, FORCE_BODY: true, RETURN_DOM_FRAGMENT: true };
const WITH_SCRIPTS: Config = {
  ...BASE,
  ADD_TAGS: ["script", "style"],
  ADD_ATTR: ["src", "type", "async", "defer", "nonce", "crossorigin", "referrerpolicy", "integrity"],
};

/** A sanitised fragment of `html`, ready to insert. */
export function sanitize(html: string, allowScripts = false): DocumentFragment {
  return DOMPurify.sanitize(html, allowScripts ? WITH_SCRIPTS : BASE) as unknown as DocumentFragment;
}

/**
 * Inserts the fragment into `el`. Scripts that came from a parser never run when inserted, so
 * each kept <script> is replaced by a fresh copy, which does (in document order).
 */
export function insert(el: HTMLElement, fragment: DocumentFragment, allowScripts = false): void {
  el.replaceChildren(fragment);
  if (!allowScripts) return;
  for (const old of Array.from(el.querySelectorAll("script"))) {
    const fresh = document.createElement("script");
    for (const { name, value } of Array.from(old.attributes)) fresh.setAttribute(name, value);
    if (!old.src) fresh.textContent = old.textContent;
    old.replaceWith(fresh);
  }
}
