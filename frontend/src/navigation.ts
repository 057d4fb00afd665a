/**
 * A multipage app's page menu and its URLs. Every page lives at `<app root>/<url_path>` (the
 * default page at the root itself); the rerun request names the page the URL shows, so reload,
 * deep links and back/forward all land on the same page. st.navigation's message fills the menu
 * and says which page ran: after st.switch_page the address bar follows it.
 */
import type { Component } from "./component";
import { h, setAttr, setText, toggleClass } from "./dom";
import { Navigation_Position, type AppPage, type Navigation, type PageLink } from "./gen/stbundle";
import type { WidgetCtx } from "./widgets/base";

/** The app's root: the folder of the document's base URL (url_paths are single path
 * segments; a static site's page file `<page>/index.html` sets `<base href="../">`). */
export function appRoot(loc: Location = location): URL {
  return new URL(".", loc === location ? document.baseURI : loc.href);
}

/** The URL pathname of the page the address bar shows, relative to the app's root (a static
 * site's `index.html` and a page folder's `<page>/` or `<page>/index.html` count as the page). */
export function currentPage(loc: Location = location): string {
  const rest = loc.pathname
    .slice(appRoot(loc).pathname.length)
    .replace(/(^|\/)index\.html$/, "")
    .replace(/\/$/, "");
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

export function pageHref(urlPath: string): string {
  return new URL(encodeURIComponent(urlPath), appRoot()).pathname;
}

export class PageMenu {
  readonly el = h("nav", "stb-nav");
  private readonly list = h("ul", "stb-nav-list");
  private count = 0;

  /** `go` asks for a run of the page now shown in the address bar; the menu sits at the top
   * of `host` only while it has links (so an app without pages has no extra landmark). */
  constructor(
    private readonly host: HTMLElement,
    private readonly go: () => void,
    private readonly onNotFound: (path: string) => void,
    private readonly onCount: () => void,
  ) {
    this.el.setAttribute("aria-label", "Pages");
    this.el.append(this.list);
    window.addEventListener("popstate", () => this.go());
  }

  /** How many links the menu shows (the sidebar stays open for them). */
  get visibleCount(): number {
    return this.count;
  }

  update(nav: Navigation): void {
    if (nav.pageNotFound) this.onNotFound(nav.pageNotFound);
    if (currentPage() !== nav.currentUrlPath) {
      // st.switch_page (a new history entry) or an unknown page (replaced by the default one).
      const url = pageHref(nav.currentUrlPath) + location.search + location.hash;
      if (nav.pageNotFound) history.replaceState(null, "", url);
      else history.pushState(null, "", url);
    }
    const shown = nav.position === Navigation_Position.HIDDEN ? [] : nav.pages.filter((p) => !p.hidden);
    const items: HTMLElement[] = [];
    let section: string | null = null;
    for (const page of shown) {
      if (page.section && page.section !== section) items.push(h("li", "stb-nav-section", page.section));
      section = page.section;
      items.push(this.item(page, page.urlPath === nav.currentUrlPath));
    }
    this.list.replaceChildren(...items);
    this.count = shown.length;
    if (shown.length === 0) this.el.remove();
    else if (!this.el.isConnected) this.host.prepend(this.el);
    this.onCount();
  }

  private item(page: AppPage, current: boolean): HTMLElement {
    const li = h("li");
    const a = h("a", "stb-nav-link");
    a.href = pageHref(page.urlPath);
    setText(a, page.icon ? `${page.icon} ${page.title}` : page.title);
    if (page.help) a.title = page.help;
    setAttr(a, "aria-current", current ? "page" : null);
    toggleClass(a, "stb-nav-current", current);
    a.addEventListener("click", (ev) => followLink(ev, a.pathname, this.go));
    li.append(a);
    return li;
  }
}

/** Follows an in-app link the way the page menu does: a new history entry, then a run. */
function followLink(ev: MouseEvent, href: string, go: () => void): void {
  if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  ev.preventDefault();
  if (location.pathname + location.search !== href) history.pushState(null, "", href);
  go();
}

/** st.page_link: a real link (its href works in a new tab); external links only for http(s). */
export class PageLinkEl implements Component<PageLink> {
  readonly el = h("div", "stb-page-link");
  private readonly a = h("a", "stb-nav-link");
  private external = false;

  constructor(ctx: WidgetCtx) {
    this.el.append(this.a);
    this.a.addEventListener("click", (ev) => {
      if (this.a.getAttribute("aria-disabled") === "true") ev.preventDefault();
      else if (!this.external) followLink(ev, this.a.getAttribute("href") ?? "", () => ctx.widgets.rerun(""));
    });
  }

  update(p: PageLink): void {
    this.external = p.external;
    const safe = !p.external || /^https?:\/\//i.test(p.page);
    const href = p.external ? p.page : pageHref(p.page) + (p.queryString ? `?${p.queryString}` : "");
    setAttr(this.a, "href", safe && !p.disabled ? href : null);
    setAttr(this.a, "target", p.external ? "_blank" : null);
    setAttr(this.a, "rel", p.external ? "noopener noreferrer" : null);
    setAttr(this.a, "aria-disabled", p.disabled ? "true" : null);
    setAttr(this.a, "title", p.help || null);
    const current = !p.external && p.page === currentPage();
    setAttr(this.a, "aria-current", current ? "page" : null);
    setText(this.a, p.icon ? `${p.icon} ${p.label}` : p.label);
  }
}
