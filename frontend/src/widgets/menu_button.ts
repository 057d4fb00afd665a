/**
 * st.menu_button (a lazy component): a button that opens a menu (the ARIA menu button pattern).
 * Choosing an item sends its label as a one-run trigger (string_trigger_value) and closes the
 * menu; Escape, a click outside or Tab close it without a rerun. Arrow keys move between items.
 */
import type { Component } from "../component";
import { h, setAttr, setText, uid } from "../dom";
import type { MenuButton } from "../gen/stbundle";
import type { WidgetCtx } from "./base";
import { materialIconCss } from "../material_icons";
import { addStyle } from "./chunk_style";

const CSS = `
.stb-menu-button{position:relative;display:inline-block;max-width:100%}
.stb-menu-button>.stb-btn::after{content:"\\25BE";margin-left:.4em}
.stb-menu{position:absolute;z-index:30;top:calc(100% + .25rem);left:0;min-width:100%;padding:.25rem;border:1px solid var(--stb-border);border-radius:.5rem;background:var(--stb-bg);box-shadow:0 4px 16px rgba(0,0,0,.15);display:flex;flex-direction:column}
.stb-menu[hidden]{display:none}
.stb-menu-item{text-align:left;padding:.4rem .75rem;border:0;border-radius:.35rem;background:none;color:inherit;font:inherit;cursor:pointer;white-space:nowrap}
.stb-menu-item:hover,.stb-menu-item:focus{background:var(--stb-bg2);outline:none}`;

export class MenuButtonWidget implements Component<MenuButton> {
  readonly el = h("div", "stb-widget stb-menu-button");
  private readonly button = h("button", "stb-btn stb-btn-secondary");
  private readonly icon = h("span", "stb-btn-icon");
  private readonly text = h("span");
  private readonly menu = h("div", "stb-menu");
  private items: HTMLButtonElement[] = [];
  private labels: string[] = [];
  private id = "";
  private readonly outside = (e: Event): void => {
    if (!this.el.contains(e.target as Node)) this.close(false);
  };

  constructor(private readonly ctx: WidgetCtx) {
    addStyle("stb-menu-button-css", CSS);
    const menuId = uid();
    this.button.type = "button";
    this.button.setAttribute("aria-haspopup", "menu");
    this.button.setAttribute("aria-expanded", "false");
    this.button.setAttribute("aria-controls", menuId);
    this.icon.setAttribute("aria-hidden", "true");
    this.button.append(this.icon, this.text);
    this.menu.id = menuId;
    this.menu.setAttribute("role", "menu");
    this.menu.hidden = true;
    this.el.append(this.button, this.menu);
    this.button.addEventListener("click", () => (this.menu.hidden ? this.open(0) : this.close(true)));
    this.button.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        this.open(e.key === "ArrowDown" ? 0 : this.items.length - 1);
      }
    });
    this.menu.addEventListener("keydown", (e) => this.key(e));
  }

  update(p: MenuButton): void {
    const c = p.common;
    this.id = this.ctx.widgets.follow(this.id, c?.id ?? "");
    setText(this.text, c?.label ?? "");
    // An emoji, or a Material Symbol (":material/name:") drawn by ligature with the icon font.
    const icon = c?.icon ?? "";
    const material = /^:material\/([a-z0-9_]+):$/.exec(icon)?.[1];
    if (material) addStyle("stb-material-css", materialIconCss(import.meta.url));
    setText(this.icon, material ?? icon);
    this.icon.className = material ? "stb-btn-icon stb-icon" : "stb-btn-icon";
    this.icon.hidden = !icon;
    const kind = p.type === "primary" || p.type === "tertiary" ? p.type : "secondary";
    const cls = `stb-btn stb-btn-${kind}`;
    if (this.button.className !== cls) this.button.className = cls;
    this.button.disabled = c?.disabled ?? false;
    setAttr(this.button, "title", c?.help || null);
    if (this.button.disabled) this.close(false);
    if (p.options.join("\0") !== this.labels.join("\0")) {
      this.labels = [...p.options];
      this.items = this.labels.map((label) => {
        const item = h("button", "stb-menu-item", label);
        item.type = "button";
        item.setAttribute("role", "menuitem");
        item.tabIndex = -1;
        item.addEventListener("click", () => this.choose(label));
        return item;
      });
      this.menu.replaceChildren(...this.items);
    }
  }

  destroy(): void {
    this.close(false);
    this.id = this.ctx.widgets.follow(this.id, "");
  }

  private open(focusIndex: number): void {
    if (this.button.disabled) return;
    this.menu.hidden = false;
    this.button.setAttribute("aria-expanded", "true");
    document.addEventListener("pointerdown", this.outside, true);
    this.items[focusIndex]?.focus();
  }

  private close(refocus: boolean): void {
    if (this.menu.hidden) return;
    this.menu.hidden = true;
    this.button.setAttribute("aria-expanded", "false");
    document.removeEventListener("pointerdown", this.outside, true);
    if (refocus) this.button.focus();
  }

  private key(e: KeyboardEvent): void {
    const at = this.items.indexOf(document.activeElement as HTMLButtonElement);
    const n = this.items.length;
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1 + n, Home: 0, End: n - 1 };
    if (e.key in move) {
      e.preventDefault();
      this.items[(move[e.key] ?? 0) % n]?.focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      this.close(true);
    } else if (e.key === "Tab") this.close(false);
  }

  private choose(label: string): void {
    this.close(true);
    if (this.id) this.ctx.widgets.fire(this.id, this.ctx.node.fragmentId, { $case: "stringTriggerValue", value: label });
  }
}
