/**
 * Lazy chunk: @st.dialog's modal. The <dialog> is shown with showModal(), so the browser makes
 * the rest of the page inert, traps focus and names it by its title (aria-labelledby). Escape,
 * the close button and a click on the backdrop dismiss a dismissible dialog; with on_dismiss
 * "rerun" or a callback the dismissal fires the dialog's trigger widget. The runtime closes it by
 * no longer sending it (the block is removed), and reopens it by sending it open again.
 */
import { h, setAttr, setText } from "../dom";
import type { Block_Dialog } from "../gen/stbundle";

// Styled here (not in the core CSS): only pages with a dialog pay for it.
const CSS = `
.stb-dialog { pointer-events: auto; box-sizing: border-box; width: min(calc(100vw - 2rem), var(--stb-dialog-w, 500px)); max-width: none; max-height: calc(100vh - 4rem); padding: 0; border: 1px solid var(--stb-border); border-radius: .75rem; background: var(--stb-bg); color: var(--stb-fg); box-shadow: 0 8px 32px rgba(0, 0, 0, .25); }
.stb-dialog[data-width="medium"] { --stb-dialog-w: 750px; }
.stb-dialog[data-width="large"] { --stb-dialog-w: 1280px; }
.stb-dialog[data-position="left"], .stb-dialog[data-position="right"] { height: 100vh; max-height: none; margin: 0; border-radius: 0; resize: horizontal; overflow: auto; }
.stb-dialog[data-position="right"] { margin-left: auto; }
.stb-dialog::backdrop { background: rgba(0, 0, 0, .45); }
.stb-dialog-head { display: flex; align-items: center; gap: .5rem; padding: 1.25rem 1.5rem 0; }
.stb-dialog-title { flex: 1; margin: 0; font-size: 1.5rem; }
.stb-dialog-close { border: 0; background: none; color: inherit; font-size: 1.5rem; line-height: 1; cursor: pointer; padding: .25rem .5rem; border-radius: .4rem; }
.stb-dialog-close:hover { background: var(--stb-bg2); }
.stb-dialog-body { padding: 1rem 1.5rem 1.5rem; gap: 1rem; }
`;

let styled = false;
let ids = 0;

export class Modal {
  private p: Block_Dialog | null = null;
  private readonly icon = h("span", "stb-dialog-icon");
  private readonly title = h("h2", "stb-dialog-title");
  private readonly close = h("button", "stb-dialog-close", "×");

  constructor(
    private readonly el: HTMLDialogElement,
    private readonly dismissed: (widgetId: string) => void,
    private readonly drawTitle: (el: HTMLElement, markdown: string) => void,
  ) {
    if (!styled) {
      styled = true;
      document.head.append(h("style", "", CSS));
    }
    this.title.id = `stb-dialog-${++ids}`;
    el.setAttribute("aria-labelledby", this.title.id);
    this.icon.setAttribute("aria-hidden", "true");
    this.close.type = "button";
    this.close.setAttribute("aria-label", "Close");
    const head = h("div", "stb-dialog-head");
    head.append(this.icon, this.title, this.close);
    el.prepend(head);
    this.close.addEventListener("click", () => this.dismiss());
    // Escape: the browser would close the dialog itself; it is ours to decide.
    el.addEventListener("cancel", (e) => {
      e.preventDefault();
      this.dismiss();
    });
    // A click on the backdrop reaches the <dialog> itself, outside its box.
    el.addEventListener("click", (e) => {
      if (e.target !== el) return;
      const r = el.getBoundingClientRect();
      const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) this.dismiss();
    });
  }

  update(p: Block_Dialog): void {
    this.p = p;
    this.drawTitle(this.title, p.title);
    setText(this.icon, p.icon);
    this.icon.hidden = !p.icon;
    this.close.hidden = !p.dismissible;
    setAttr(this.el, "data-width", p.width || "small");
    setAttr(this.el, "data-position", p.position || "center");
    this.el.style.setProperty("--stb-dialog-w", p.pixelWidth ? `${p.pixelWidth}px` : "");
    if (p.isOpen && !this.el.open && this.el.isConnected) this.el.showModal();
    else if (!p.isOpen && this.el.open) this.el.close();
  }

  private dismiss(): void {
    const p = this.p;
    if (!p?.dismissible || !this.el.open) return;
    this.el.close();
    if (p.common?.id) this.dismissed(p.common.id);
  }
}
