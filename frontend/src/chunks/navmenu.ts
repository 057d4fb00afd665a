/**
 * Lazy chunk: draws a multipage app's page menu, fetched by the first run that declares pages.
 * In the sidebar: section headers (a click folds a section, as in Streamlit 1.67), and
 * (st.navigation(expanded=False|n)) only the first pages
 * with a "View N more" / "View less" button when the list is long; at the top
 * (position="top"): a bar of links, each named section a button opening its pages, and what
 * does not fit the bar's width (a phone) goes into an "N more" menu, as Streamlit's top bar
 * does. An external page (st.Page with a URL) is a link opening its site in a new tab. A rerun
 * that declares the same pages only moves the current-page mark (no DOM rebuilt).
 */
import { h, setAttr, toggleClass } from "../dom";
import type { AppPage, Navigation } from "../gen/stbundle";

const CSS = `
.stb-topbar{display:flex;align-items:center;min-height:3rem;padding:0 3rem;border-bottom:1px solid var(--stb-border);background:var(--stb-bg)}
.stb-nav-top{margin:0}
.stb-topbar>.stb-nav-top{flex:1 1 auto;min-width:0}
.stb-nav-top>.stb-nav-list{display:flex;flex-wrap:nowrap;gap:.25rem;align-items:center}
.stb-nav-top>.stb-nav-list>li{flex:none;white-space:nowrap}
.stb-nav-overflow>ul{left:auto;right:0;max-width:80vw}
.stb-nav-overflow-section{font-size:.8rem;font-weight:600;opacity:.75;padding:.5rem .5rem .25rem}
.stb-nav-group{position:relative}
.stb-nav-group>button{font:inherit;color:inherit;background:none;border:0;border-radius:.4rem;padding:.3rem .5rem;cursor:pointer}
.stb-nav-group>button:hover,.stb-nav-group>button[aria-expanded=true]{background:var(--stb-border)}
.stb-nav-group>ul{position:absolute;z-index:30;top:100%;left:0;min-width:12rem;list-style:none;margin:.25rem 0 0;padding:.25rem;background:var(--stb-bg);border:1px solid var(--stb-border);border-radius:.5rem;box-shadow:0 4px 16px rgba(0,0,0,.12)}
.stb-nav-section>button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;width:100%;text-align:left}
.stb-nav-section>button::after{content:" ▾"}
.stb-nav-section>button[aria-expanded=false]::after{content:" ▸"}
.stb-nav-more{font:inherit;font-size:.9rem;color:inherit;opacity:.8;background:none;border:0;padding:.3rem .5rem;cursor:pointer}
`;

/** Streamlit's defaults: a collapsible sidebar menu shows 10 pages, and collapses only when at
 * least 3 more are hidden (12 or fewer pages always show in full). */
const SHOWN_WHEN_COLLAPSED = 10;
const MIN_HIDDEN = 3;

export interface MenuOptions {
  /** position="top": a bar of links and section buttons. */
  top: boolean;
  /** The sidebar menu may collapse (expanded is not True and the sidebar has other content). */
  collapsible: boolean;
  /** A click on a page link (the core pushes the URL and asks for a run). */
  follow: (ev: MouseEvent, a: HTMLAnchorElement) => void;
  href: (urlPath: string) => string;
}

interface MenuState {
  key: string;
  showAll: boolean;
  /** Sidebar sections folded by a click on their header. */
  folded: Set<string>;
}
const states = new WeakMap<HTMLElement, MenuState>();
/** The top bar's width watchers (one per menu, replaced when the menu is drawn again). */
const watchers = new WeakMap<HTMLElement, ResizeObserver>();
let styled = false;

/** Fills `nav` (the <nav> landmark) with the links of `pages` for the current page. */
export function drawMenu(nav: HTMLElement, msg: Navigation, pages: AppPage[], opts: MenuOptions): void {
  if (!styled) {
    styled = true;
    document.head.append(h("style", undefined, CSS));
  }
  const limit = msg.visibleItems || SHOWN_WHEN_COLLAPSED;
  const collapses = opts.collapsible && !opts.top && pages.length >= limit + MIN_HIDDEN;
  const key = JSON.stringify([pages, opts.top, collapses, limit]);
  let state = states.get(nav);
  if (!state || state.key !== key) {
    // An expanded menu stays expanded when the pages change (as Streamlit's does).
    state = { key, showAll: state?.showAll ?? false, folded: state?.folded ?? new Set() };
    states.set(nav, state);
    toggleClass(nav, "stb-nav-top", opts.top);
    watchers.get(nav)?.disconnect();
    watchers.delete(nav);
    if (opts.top) {
      const list = h("ul", "stb-nav-list");
      nav.replaceChildren(list);
      fitTopBar(nav, list, topItems(pages, opts), opts);
    } else nav.replaceChildren(sideList(pages, opts, collapses, limit, state));
  }
  markCurrent(nav, msg.currentUrlPath);
}

function link(page: AppPage, opts: MenuOptions): HTMLLIElement {
  const li = h("li");
  const a = h("a", "stb-nav-link", page.icon ? `${page.icon} ${page.title}` : page.title);
  if (page.externalUrl) {
    // Another site: a new tab, never a run (the runtime only sends http(s) URLs).
    if (/^https?:\/\//i.test(page.externalUrl)) a.href = page.externalUrl;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  } else {
    a.href = opts.href(page.urlPath);
    a.dataset.page = page.urlPath;
    a.addEventListener("click", (ev) => opts.follow(ev, a));
  }
  if (page.help) a.title = page.help;
  li.append(a);
  return li;
}

function sideList(
  pages: AppPage[],
  opts: MenuOptions,
  collapses: boolean,
  limit: number,
  state: MenuState,
): HTMLElement {
  const list = h("ul", "stb-nav-list");
  const draw = (): void => {
    const shown = collapses && !state.showAll ? pages.slice(0, limit) : pages;
    const items: HTMLElement[] = [];
    let section: string | null = null;
    for (const page of shown) {
      if (page.section && page.section !== section) items.push(sectionHeader(page.section, state, redraw));
      section = page.section;
      if (!state.folded.has(page.section)) items.push(link(page, opts));
    }
    if (collapses) {
      const label = state.showAll ? "View less" : `View ${pages.length - limit} more`;
      const more = h("button", "stb-nav-more", label);
      more.type = "button";
      more.addEventListener("click", () => {
        state.showAll = !state.showAll;
        redraw();
      });
      const li = h("li");
      li.append(more);
      items.push(li);
    }
    list.replaceChildren(...items);
  };
  const redraw = (): void => {
    draw();
    markCurrent(list, list.parentElement?.dataset.current ?? "");
  };
  draw();
  return list;
}

function sectionHeader(label: string, state: MenuState, redraw: () => void): HTMLLIElement {
  const li = h("li", "stb-nav-section");
  const button = h("button", undefined, label);
  button.type = "button";
  button.setAttribute("aria-expanded", String(!state.folded.has(label)));
  button.addEventListener("click", () => {
    if (!state.folded.delete(label)) state.folded.add(label);
    const list = li.parentElement;
    redraw(); // the list is drawn again: keep the focus on this section's (new) header
    for (const b of list?.querySelectorAll<HTMLButtonElement>(".stb-nav-section>button") ?? [])
      if (b.textContent === label) b.focus();
  });
  li.append(button);
  return li;
}

/** One entry of the top bar: a page, or a section (a button opening its pages). */
interface TopItem {
  el: HTMLLIElement;
  section: string;
  pages: AppPage[];
}

/** Pages without a section first, then one disclosure button per section (Streamlit's top bar). */
function topItems(pages: AppPage[], opts: MenuOptions): TopItem[] {
  const items: TopItem[] = [];
  const groups = new Map<string, { item: TopItem; list: HTMLUListElement }>();
  for (const page of pages) {
    if (!page.section) {
      items.push({ el: link(page, opts), section: "", pages: [page] });
      continue;
    }
    let group = groups.get(page.section);
    if (!group) {
      const list = h("ul");
      group = { item: { el: sectionButton(page.section, list), section: page.section, pages: [] }, list };
      groups.set(page.section, group);
      items.push(group.item);
    }
    group.item.pages.push(page);
    group.list.append(link(page, opts));
  }
  return [...items.filter((i) => !i.section), ...items.filter((i) => i.section)];
}

/** Shows as many top-bar entries as fit the bar's width and puts the rest, in order, into an
 * "N more" menu (N counts their pages; a section there is a heading over its pages); done
 * again whenever the bar's width changes (a phone turned, a window resized). */
function fitTopBar(nav: HTMLElement, list: HTMLUListElement, items: TopItem[], opts: MenuOptions): void {
  const fits = (): boolean => {
    const last = list.lastElementChild;
    return !last || last.getBoundingClientRect().right <= nav.getBoundingClientRect().right + 0.5;
  };
  const fit = (): void => {
    list.replaceChildren(...items.map((i) => i.el));
    let shown = items.length;
    while (!fits() && shown > 0) {
      shown -= 1;
      list.replaceChildren(...items.slice(0, shown).map((i) => i.el), overflowMenu(items.slice(shown), opts));
    }
    markCurrent(nav, nav.dataset.current ?? "");
  };
  let width = -1;
  const watcher = new ResizeObserver(() => {
    if (nav.clientWidth === width) return;
    width = nav.clientWidth;
    fit();
  });
  watcher.observe(nav);
  watchers.set(nav, watcher);
  fit();
}

function overflowMenu(items: TopItem[], opts: MenuOptions): HTMLLIElement {
  const group = h("ul");
  for (const item of items) {
    if (item.section) {
      const header = h("li", "stb-nav-overflow-section", item.section);
      header.setAttribute("role", "presentation");
      group.append(header);
    }
    for (const page of item.pages) group.append(link(page, opts));
  }
  const count = items.reduce((n, i) => n + i.pages.length, 0);
  const li = sectionButton(`${count} more`, group);
  li.classList.add("stb-nav-overflow");
  return li;
}

function sectionButton(label: string, group: HTMLUListElement): HTMLLIElement {
  const li = h("li", "stb-nav-group");
  const button = h("button", undefined, label);
  button.type = "button";
  group.hidden = true;
  const open = (on: boolean): void => {
    group.hidden = !on;
    button.setAttribute("aria-expanded", String(on));
    if (on) document.addEventListener("click", outside, true);
    else document.removeEventListener("click", outside, true);
  };
  const outside = (ev: Event): void => {
    if (!button.contains(ev.target as Node)) open(false);
  };
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-haspopup", "true");
  button.addEventListener("click", () => open(group.hidden === true));
  li.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && !group.hidden) {
      open(false);
      button.focus();
    }
  });
  li.append(button, group);
  return li;
}

function markCurrent(root: HTMLElement, current: string): void {
  root.dataset.current = current;
  for (const a of root.querySelectorAll<HTMLAnchorElement>("a[data-page]")) {
    const on = a.dataset.page === current;
    setAttr(a, "aria-current", on ? "page" : null);
    toggleClass(a, "stb-nav-current", on);
  }
}
