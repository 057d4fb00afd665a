/**
 * A multipage app's page menu and its URLs. Every page lives at `<app root>/<url_path>` (the
 * default page at the root itself); the rerun request names the page the URL shows, so reload,
 * deep links and back/forward all land on the same page. st.navigation's message fills the menu
 * and says which page ran: after st.switch_page the address bar follows it.
 */
import type { Component } from "./component";
import type * as NavChunk from "./chunks/navmenu";
import { afterPaint, h, setAttr, setText } from "./dom";
import { Navigation_Position, type Navigation, type PageLink } from "./gen/stbundle";
import { loadChunk } from "./lazy";
import type { WidgetCtx } from "./widgets/base";

/** The app's root: the folder of the document's base URL (url_paths are single path
 * segments; a static site's page file `<page>/index.html` sets `<base href="../">`). */
export function appRoot(loc: Location = location): URL {
  return new URL(".", loc === location ? document.baseURI : loc.href);
}

/** A static site's 404.html sends a visitor of a missing page to the site's root and leaves
 * the path asked for here: the session starts on it, so the runtime answers "page not found"
 * (the default page and a message) as in serve mode. Cleared by the first menu update. */
let missingPage: string | null = (() => {
  try {
    const path = sessionStorage.getItem("stb-missing-page");
    sessionStorage.removeItem("stb-missing-page");
    return path;
  } catch {
    return null;
  }
})();

/** A followed link's URL (path and query) not in the address bar yet. Chromium's pushState costs
 * 1-8 ms of the main thread (measured on a page switch), so the new history entry is made once the
 * new page has painted; until then everything that reads the address reads `address()`. */
let pendingHref: string | null = null;

/** The address the page is at: the address bar's, or the followed link's not pushed yet. */
export function address(): Location | URL {
  return pendingHref === null ? location : new URL(pendingHref, location.href);
}

/** Makes the history entry of a followed link now (before any other history change). */
export function showAddress(): void {
  const href = pendingHref;
  pendingHref = null;
  if (href !== null && location.pathname + location.search !== href) history.pushState(null, "", href);
}

/** The followed link's history entry, once the page painted. */
export function showAddressAfterPaint(): void {
  if (pendingHref !== null) afterPaint(showAddress);
}

/** st.query_params changed by the run: the address keeps its path and gets the new query. */
export function setAddressQuery(qs: string): void {
  const query = qs ? `?${qs}` : "";
  if (pendingHref !== null) pendingHref = address().pathname + query;
  else history.replaceState(history.state, "", location.pathname + query + location.hash);
}

/** The URL pathname of the page the address bar shows, relative to the app's root (a static
 * site's `index.html` and a page folder's `<page>/` or `<page>/index.html` count as the page). */
export function currentPage(loc: Location = location): string {
  if (missingPage !== null && loc === location) return missingPage;
  const rest = (loc === location ? address() : loc).pathname
    .slice(appRoot(loc).pathname.length)
    .replace(/(^|\/)index\.html$/, "")
    .replace(/\/$/, "");
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** The page the last run showed (null before the first menu update). */
let shownPage: string | null = null;

/** Whether the address bar names another page than the last run showed (menu, page link,
 * back/forward): the runtime then forgets the old page's own widgets, as Streamlit does. */
export function leavingPage(): boolean {
  return shownPage !== null && currentPage() !== shownPage;
}

export function pageHref(urlPath: string): string {
  return new URL(encodeURIComponent(urlPath), appRoot()).pathname;
}

export class PageMenu {
  readonly el = h("nav", "stb-nav");
  private nav: Navigation | null = null;
  private count = 0;
  private sidebarContent = false;

  /** `go` asks for a run of the page now shown in the address bar; the menu sits at the top
   * of the sidebar (or in `topbar` for position="top") only while the app has two pages or
   * more (so an app without pages has no extra landmark). Drawing it is a lazy chunk. */
  constructor(
    private readonly sidebar: HTMLElement,
    private readonly topbar: HTMLElement,
    private readonly go: () => void,
    private readonly onNotFound: () => void,
    private readonly onCount: () => void,
  ) {
    this.el.setAttribute("aria-label", "Pages");
    addEventListener("popstate", () => {
      pendingHref = null; // back/forward before a followed link's entry was made: it is dropped
      this.go();
    });
  }

  /** How many links the sidebar menu shows (the sidebar stays open for them). */
  get visibleCount(): number {
    return this.count;
  }

  /** Takes a run's Navigation message; returns it with the menu filled in when the runtime
   * said the pages are the previous run's (`samePages`). */
  update(msg: Navigation): Navigation {
    const last = this.nav;
    const nav = msg.samePages && last ? { ...last, currentUrlPath: msg.currentUrlPath, pageNotFound: msg.pageNotFound, switched: msg.switched } : msg;
    if (nav.pageNotFound) this.onNotFound();
    // Came through the 404 page (a missing page, or a page's URL written as a folder, "/x/"):
    // the address bar is set right in place; st.switch_page is a new history entry.
    const replace = nav.pageNotFound || missingPage;
    missingPage = null;
    shownPage = nav.currentUrlPath;
    // Another page than the address names: st.switch_page's (a new entry) or "not found" (in
    // place); else the run answers a request since replaced by a newer click, whose own run
    // follows, so the address stays.
    if (currentPage() !== nav.currentUrlPath && (replace || nav.switched)) {
      showAddress();
      history[replace ? "replaceState" : "pushState"](null, "", pageHref(nav.currentUrlPath) + location.search + location.hash);
    } else showAddressAfterPaint();
    this.nav = nav;
    this.draw();
    return nav;
  }

  /** Whether the sidebar has elements besides the menu (only then may the menu collapse). */
  setSidebarContent(has: boolean): void {
    if (has === this.sidebarContent) return;
    this.sidebarContent = has;
    if (this.nav) this.draw();
  }

  private draw(): void {
    const nav = this.nav as Navigation;
    const top = nav.position === Navigation_Position.TOP;
    const shown = nav.position === Navigation_Position.HIDDEN || nav.pages.length < 2 ? [] : nav.pages.filter((p) => !p.hidden);
    const host = top ? this.topbar : this.sidebar;
    this.count = top ? 0 : shown.length;
    this.topbar.hidden = !(top && shown.length);
    if (shown.length === 0) this.el.remove();
    else if (this.el.parentElement !== host) host.prepend(this.el);
    if (shown.length)
      void loadChunk<typeof NavChunk>("navmenu").then((m) =>
        m.drawMenu(this.el, nav, shown, {
          top,
          collapsible: !nav.expanded && this.sidebarContent,
          follow: (ev, a) => followLink(ev, a.pathname, this.go),
          href: pageHref,
        }),
      );
    this.onCount();
  }
}

/** Follows an in-app link the way the page menu does: a run of the linked page, and a new
 * history entry once that run painted. */
function followLink(ev: MouseEvent, href: string, go: () => void): void {
  if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  ev.preventDefault();
  showAddress(); // an earlier click's entry first: each stays its own history entry
  if (location.pathname + location.search !== href) pendingHref = href;
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
      if (this.a.hasAttribute("aria-disabled")) ev.preventDefault();
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
    setAttr(this.a, "aria-current", !p.external && p.page === currentPage() ? "page" : null);
    // icon_position="right": the icon follows the label.
    setText(this.a, !p.icon ? p.label : p.iconPosition === "right" ? `${p.label} ${p.icon}` : `${p.icon} ${p.label}`);
  }
}
