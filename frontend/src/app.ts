/**
 * The page: lays out status corner, banners, sidebar, main column and toast stack, owns the
 * tree and widget state, and routes every ForwardMsg. It talks only to a Transport, so the same
 * code runs against a WebSocket server or an in-page Pyodide runtime.
 */
import { RootBlock, SidebarRoot } from "./blocks";
import type * as PageChrome from "./chunks/page_chrome";
import { afterPaint, h, setAttr, toggleClass } from "./dom";
import { type DataframeRows, PageConfig_Layout, PageConfig_SidebarState, type ForwardMsg, type PageConfig } from "./gen/stbundle";
import { loadChunk } from "./lazy";
import { logoMessage } from "./logo";
import { setMediaChannel, type MediaChannel } from "./media";
import { PageMenu, setAddressQuery, showAddressAfterPaint } from "./navigation";
import { StatusBar } from "./status";
import { applyTheme } from "./theme";
import type { Transport } from "./transport";
import { Tree } from "./tree";
import { WidgetManager } from "./widgets/state";

export class App {
  readonly widgets: WidgetManager;
  readonly tree: Tree;
  readonly status: StatusBar;
  sessionId = "";
  private readonly frame = h("div", "stb-app");
  private readonly sidebar = h("aside", "stb-sidebar");
  private readonly sidebarToggle = h("button", "stb-sidebar-toggle");
  private readonly autoReruns = new Map<string, number>();
  private sidebarCollapsed: boolean | null = null;
  private sidebarElements = 0;
  private readonly pageMenu: PageMenu;
  private logo = false;
  // Set by st.set_page_config: from then on a page's own title/icon no longer replace them.
  private titleSet = false;
  private iconSet = false;

  constructor(root: HTMLElement, transport: Transport) {
    this.widgets = new WidgetManager((m) => transport.send(m));
    this.status = new StatusBar(() => transport.send({ type: { $case: "stop", value: true } }));

    const main = h("main", "stb-main");
    const mainBlock = h("div", "stb-block stb-vertical stb-root-block");
    // The bottom root (st.chat_input on the main area) stays at the foot of the main column.
    const bottomBlock = h("div", "stb-block stb-vertical stb-bottom");
    main.append(mainBlock, bottomBlock);
    const sideBlock = h("div", "stb-block stb-vertical stb-root-block");
    this.sidebar.setAttribute("aria-label", "Sidebar");
    this.sidebar.id = "stb-sidebar";
    const topbar = h("header", "stb-topbar");
    this.pageMenu = new PageMenu(
      this.sidebar,
      topbar,
      () => this.widgets.rerun(""),
      // Streamlit's words; the default page runs.
      () => this.status.setError("Page not found: the page that you have requested does not seem to exist. Running the app's main page."),
      () => this.showSidebar(this.sidebarElements),
    );
    this.sidebar.append(sideBlock);
    this.sidebarToggle.type = "button";
    this.sidebarToggle.setAttribute("aria-controls", this.sidebar.id);
    this.sidebarToggle.addEventListener("click", () => this.setSidebarCollapsed(!this.sidebarCollapsed));
    const toasts = h("div", "stb-toasts");
    toasts.setAttribute("aria-live", "polite");
    const body = h("div", "stb-body");
    body.append(this.sidebar, main);
    this.frame.append(...this.status.banners, this.status.el, this.sidebarToggle, topbar, body, toasts);
    this.showSidebar(0);
    root.replaceChildren(this.frame);

    this.tree = new Tree(
      [new RootBlock(mainBlock), new SidebarRoot(sideBlock, (n) => this.showSidebar(n)), new RootBlock(toasts), new RootBlock(bottomBlock)],
      this.widgets,
    );
    setMediaChannel(transport.mediaUrl ? (transport as MediaChannel) : null);
    transport.start(
      (msg) => this.handle(msg),
      (state) => this.status.setConnection(state),
    );
  }

  handle(msg: ForwardMsg): void {
    const t = msg.type;
    if (this.logo || t?.$case === "logo") this.logo = logoMessage(this.sidebar, this.frame, msg);
    switch (t?.$case) {
      case "delta":
        if (!this.tree.apply(msg.metadata, t.value)) console.warn("stbundle: bad delta path", msg.metadata?.deltaPath);
        break;
      case "newSession":
        this.sessionId = t.value.sessionId;
        applyTheme(t.value.theme);
        this.chrome((m) => m.updateMenu(this, t.value));
        this.status.setError("");
        this.clearAutoReruns();
        break;
      case "scriptStarted":
        if (t.value.fragmentIds.length === 0) this.clearAutoReruns();
        this.tree.scriptStarted(t.value.runId, t.value.fragmentIds);
        break;
      case "scriptFinished":
        this.tree.scriptFinished(t.value.runId, t.value.status);
        showAddressAfterPaint(); // a run that sent no page menu (an error before st.navigation)
        break;
      case "sessionStatus":
        this.status.setRunning(t.value.scriptIsRunning);
        break;
      case "pageConfig":
        this.pageConfig(t.value);
        break;
      case "queryString":
        setAddressQuery(t.value.queryString);
        break;
      case "autoRerun":
        this.autoRerun(t.value.fragmentId, t.value.intervalSeconds);
        break;
      case "navigation": {
        const nav = this.pageMenu.update(t.value);
        const page = nav.pages.find((p) => p.urlPath === nav.currentUrlPath);
        // The tab's title after the new page painted (setting it costs the page's main thread
        // more than drawing a small page); st.set_page_config's title, if the page sets one, wins.
        if (page)
          afterPaint(() => {
            if (!this.titleSet) document.title = page.title;
          });
        if (page?.icon && !this.iconSet) this.chrome((m) => m.setFavicon(page.icon));
        break;
      }
      case "sessionError":
        this.status.setError(t.value.message);
        break;
      case "authRedirect": // st.login / st.logout: the server's auth route, relative to the page
        location.assign(t.value);
        break;
      case "dataframeRows": // a lazy table's rows: its grid (the `grid` chunk) listens
        (globalThis as { stbRows?: (rows: DataframeRows) => void }).stbRows?.(t.value);
        break;
    }
  }

  private pageConfig(p: PageConfig): void {
    // Each call changes only what it names; the rest is kept, across pages too (Streamlit 1.67).
    if (p.title) document.title = p.title;
    if (p.icon) this.chrome((m) => m.setFavicon(p.icon));
    this.titleSet ||= !!p.title;
    this.iconSet ||= !!p.icon;
    if (p.layout !== undefined) toggleClass(this.frame, "stb-wide", p.layout === PageConfig_Layout.WIDE);
    if (p.initialSidebarState === PageConfig_SidebarState.EXPANDED) this.setSidebarCollapsed(false);
    else if (p.initialSidebarState === PageConfig_SidebarState.COLLAPSED) this.setSidebarCollapsed(true);
    this.chrome((m) => m.updateMenu(this, p));
  }

  /** The page's chrome (a lazy chunk): the ⋮ app menu (NewSession says the toolbar mode,
   * PageConfig the items) and the tab's icon. */
  private chrome(use: (m: typeof PageChrome) => void): void {
    loadChunk<typeof PageChrome>("page_chrome").then(use, () => {});
  }

  /** The sidebar exists only while it has content; on narrow screens it starts collapsed. */
  private showSidebar(count: number): void {
    this.sidebarElements = count;
    this.pageMenu.setSidebarContent(count > 0);
    const has = count > 0 || this.pageMenu.visibleCount > 0;
    this.sidebar.hidden = !has;
    this.sidebarToggle.hidden = !has;
    toggleClass(this.frame, "stb-has-sidebar", has);
    if (has && this.sidebarCollapsed === null) this.setSidebarCollapsed(window.innerWidth < 768);
  }

  private setSidebarCollapsed(collapsed: boolean): void {
    this.sidebarCollapsed = collapsed;
    toggleClass(this.frame, "stb-sidebar-collapsed", collapsed);
    setAttr(this.sidebarToggle, "aria-expanded", String(!collapsed));
    setAttr(this.sidebarToggle, "aria-label", collapsed ? "Open sidebar" : "Close sidebar");
    this.sidebarToggle.textContent = collapsed ? "»" : "«";
  }

  private autoRerun(fragmentId: string, seconds: number): void {
    clearInterval(this.autoReruns.get(fragmentId));
    this.autoReruns.delete(fragmentId);
    if (seconds > 0) {
      const timer = window.setInterval(() => this.widgets.rerun(fragmentId), seconds * 1000);
      this.autoReruns.set(fragmentId, timer);
    }
  }

  private clearAutoReruns(): void {
    for (const t of this.autoReruns.values()) clearInterval(t);
    this.autoReruns.clear();
  }
}
