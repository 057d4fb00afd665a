/**
 * A multipage app's page menu and its URLs. Every page lives at `<app root>/<url_path>` (the
 * default page at the root itself); the rerun request names the page the URL shows, so reload,
 * deep links and back/forward all land on the same page. st.navigation's message fills the menu
 * and says which page ran: after st.switch_page the address bar follows it.
 */
import { h, setAttr, setText, toggleClass } from "./dom";
import { Navigation_Position, type AppPage, type Navigation } from "./gen/stbundle";

/** The app's root: the folder of the current URL (url_paths are single path segments). */
export function appRoot(loc: Location = location): URL {
  return new URL(".", loc.href);
}

/** The URL pathname of the page the address bar shows, relative to the app's root. */
export function currentPage(loc: Location = location): string {
  const rest = loc.pathname.slice(appRoot(loc).pathname.length);
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
    a.addEventListener("click", (ev) => {
      if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      if (currentPage() !== page.urlPath) history.pushState(null, "", a.href);
      this.go();
    });
    li.append(a);
    return li;
  }
}
