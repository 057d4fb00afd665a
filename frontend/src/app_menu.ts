/**
 * The app menu (in the lazy page_chrome chunk): a ⋮ button in the top-right corner. Its entries: "Rerun", the
 * "Get help" and "Report a bug" links that st.set_page_config(menu_items=...) gives, and "About"
 * (the menu_items markdown in a modal, rendered without HTML, as Streamlit does). With
 * client.toolbarMode "minimal" only the set_page_config entries show, and the button is hidden
 * without them. A menu by the WAI-ARIA pattern: arrow keys move, Escape closes and returns focus.
 */
import type { App } from "./app";
import { h } from "./dom";
import type { NewSession, PageConfig, PageConfig_MenuItems } from "./gen/stbundle";
import { safeLink } from "./media_refs";
import { addStyle } from "./widgets/chunk_style";

interface Entry {
  label: string;
  href?: string;
  run?: () => void;
}

const CSS = `
.stb-app-menu{position:relative;display:inline-block;margin-left:.5rem;vertical-align:middle}
.stb-app-menu-button{border:0;background:none;color:inherit;font-size:1.25rem;line-height:1;padding:.25rem .5rem;border-radius:.4rem;cursor:pointer}
.stb-app-menu-button:hover,.stb-app-menu-button[aria-expanded=true]{background:var(--stb-bg2)}
.stb-app-menu-list{position:absolute;right:0;top:calc(100% + .25rem);min-width:12rem;margin:0;padding:.35rem 0;list-style:none;background:var(--stb-bg);color:var(--stb-fg);border:1px solid var(--stb-border);border-radius:.5rem;box-shadow:0 4px 16px rgba(0,0,0,.15);z-index:30}
.stb-app-menu-list [role=menuitem]{display:block;width:100%;box-sizing:border-box;padding:.4rem 1rem;border:0;background:none;color:inherit;font:inherit;text-align:left;text-decoration:none;cursor:pointer}
.stb-app-menu-list [role=menuitem]:is(:hover,:focus){background:var(--stb-bg2);outline:none}
.stb-about{width:min(calc(100vw - 2rem),500px);padding:1.25rem 1.5rem;border:1px solid var(--stb-border);border-radius:.75rem;background:var(--stb-bg);color:var(--stb-fg)}
.stb-about::backdrop{background:rgba(0,0,0,.45)}
.stb-about h2{margin:0 0 .75rem;font-size:1.5rem}
.stb-about-made{color:var(--stb-muted);font-size:.875rem}
`;

/** The core's markdown renderer (escapes HTML when allowHtml is false). */
const setMarkdown = (globalThis as { stbSetMarkdown?: (el: HTMLElement, body: string, allowHtml: boolean, inline: boolean) => void })
  .stbSetMarkdown;

let mode = "auto";
let items: PageConfig_MenuItems | undefined;
let menu: AppMenu | undefined;

/** Takes the toolbar mode (NewSession) or the menu items (PageConfig, when it has them) and
 * redraws the menu in the app's status corner (top right). */
export function updateMenu(app: App, msg: NewSession | PageConfig): void {
  if ("toolbarMode" in msg) mode = msg.toolbarMode;
  else if (msg.menuItems) items = msg.menuItems;
  menu ??= new AppMenu(app.status.el, () => app.widgets.rerun(""));
  menu.show(entries(menu));
}

function entries(m: AppMenu): Entry[] {
  const help = items && !items.hideGetHelp ? safeLink(items.getHelpUrl) : null;
  const bug = items && !items.hideReportABug ? safeLink(items.reportABugUrl) : null;
  const about = items && !items.clearAboutMd ? items.aboutSectionMd : "";
  const minimal = mode === "minimal";
  const list: Entry[] = minimal ? [] : [{ label: "Rerun", run: () => m.rerun() }];
  if (items?.getHelpUrl && help) list.push({ label: "Get help", href: help });
  if (items?.reportABugUrl && bug) list.push({ label: "Report a bug", href: bug });
  if (about || !minimal) list.push({ label: "About", run: () => m.about(about) });
  return list;
}

class AppMenu {
  private readonly root = h("div", "stb-app-menu");
  private readonly button = h("button", "stb-app-menu-button", "⋮");
  private readonly list = h("ul", "stb-app-menu-list");

  constructor(
    host: HTMLElement,
    readonly rerun: () => void,
  ) {
    addStyle("stb-app-menu-css", CSS);
    this.button.type = "button";
    this.button.setAttribute("aria-label", "Main menu");
    this.button.setAttribute("aria-haspopup", "menu");
    this.button.setAttribute("aria-expanded", "false");
    this.list.id = "stb-app-menu-list";
    this.list.setAttribute("role", "menu");
    this.list.setAttribute("aria-label", "Main menu");
    this.button.setAttribute("aria-controls", this.list.id);
    this.list.hidden = true;
    this.button.addEventListener("click", () => this.toggle(this.button.ariaExpanded !== "true"));
    this.list.addEventListener("keydown", (e) => this.key(e));
    this.list.addEventListener("focusout", (e) => {
      if (!this.root.contains(e.relatedTarget as Node | null)) this.toggle(false, false);
    });
    document.addEventListener("pointerdown", (e) => {
      if (!this.root.contains(e.target as Node)) this.toggle(false, false);
    });
    this.root.append(this.button, this.list);
    host.append(this.root);
  }

  show(list: Entry[]): void {
    this.root.hidden = list.length === 0;
    this.list.replaceChildren(
      ...list.map((entry) => {
        const item = entry.href ? h("a", "", entry.label) : h("button", "", entry.label);
        item.setAttribute("role", "menuitem");
        item.tabIndex = -1;
        if (item instanceof HTMLAnchorElement && entry.href) {
          item.href = entry.href;
          item.target = "_blank";
          item.rel = "noopener noreferrer";
        } else if (item instanceof HTMLButtonElement) {
          item.type = "button";
        }
        item.addEventListener("click", () => {
          this.toggle(false);
          entry.run?.();
        });
        const li = h("li");
        li.setAttribute("role", "none");
        li.append(item);
        return li;
      }),
    );
  }

  private items(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>("[role=menuitem]")];
  }

  private toggle(open: boolean, refocus = true): void {
    if (String(open) === this.button.ariaExpanded) return;
    this.list.hidden = !open;
    this.button.setAttribute("aria-expanded", String(open));
    if (open) this.items()[0]?.focus();
    else if (refocus) this.button.focus();
  }

  private key(e: KeyboardEvent): void {
    const all = this.items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (e.key === "Escape") this.toggle(false);
    else if (e.key in move) all[((move[e.key] as number) + all.length) % all.length]?.focus();
    else return;
    e.preventDefault();
  }

  /** "About": the app's markdown (no HTML) in a modal; Escape or Close dismisses it. */
  about(markdown: string): void {
    const dialog = h("dialog", "stb-about");
    const title = h("h2", "", "About");
    title.id = "stb-about-title";
    dialog.setAttribute("aria-labelledby", title.id);
    const body = h("div", "stb-about-body");
    if (markdown && setMarkdown) setMarkdown(body, markdown, false, false);
    else body.textContent = markdown;
    const close = h("button", "stb-btn stb-btn-secondary", "Close");
    close.type = "button";
    close.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.remove();
      this.button.focus();
    });
    dialog.append(title, body, h("p", "stb-about-made", "Made with stbundle"), close);
    document.body.append(dialog);
    dialog.showModal();
  }
}
