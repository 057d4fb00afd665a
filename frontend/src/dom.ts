/** Tiny DOM helpers: every component builds its nodes once and then only patches what changed. */

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Writes text only when it changed, so unchanged reruns cause no DOM mutation at all. */
export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

export function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

export function toggleClass(el: Element, cls: string, on: boolean): void {
  if (el.classList.contains(cls) !== on) el.classList.toggle(cls, on);
}

/** Runs `fn` in a task after the page's next paint (at once in a hidden tab, which paints
 * nothing): for work the person does not see in the page, kept off the path to its paint. */
export function afterPaint(fn: () => void): void {
  if (document.hidden) setTimeout(fn);
  else requestAnimationFrame(() => setTimeout(fn));
}

/** Unique DOM ids for label/input pairs; widget ids from Python may hold any characters. The
 * count lives on globalThis: a lazy chunk's own copy of this module must not repeat an id. */
export function uid(prefix = "stb"): string {
  const g = globalThis as { stbUid?: number };
  return `${prefix}-${(g.stbUid = (g.stbUid ?? 0) + 1)}`;
}

/**
 * A "?" badge carrying the help text as a tooltip (title) and accessible description.
 * Returns the badge so callers can place it; an empty help hides it.
 */
export class HelpBadge {
  // The "?" is drawn by CSS so it never leaks into the text content of the element it helps.
  readonly el = h("span", "stb-help");
  constructor() {
    this.el.setAttribute("role", "img");
    this.el.hidden = true;
  }
  set(help: string): void {
    this.el.hidden = !help;
    setAttr(this.el, "title", help || null);
    setAttr(this.el, "aria-label", help ? `Help: ${help}` : null);
  }
}
