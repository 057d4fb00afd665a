/**
 * st.popover: a button (aria-expanded) that opens a floating panel (role="dialog") holding the
 * block's children. The panel stays open across reruns (the block is updated in place) and
 * closes on Escape or a click outside it. A stateful popover sends its open state as a bool.
 */
import { BlockWidget } from "./blocks";
import type { BlockComponent } from "./component";
import { h, HelpBadge, setAttr, setText, toggleClass, uid } from "./dom";
import type { Block_Popover } from "./gen/stbundle";
import type { WidgetCtx } from "./widgets/base";

export class PopoverBlock implements BlockComponent<Block_Popover> {
  readonly el = h("div", "stb-block stb-popover");
  readonly container = h("div", "stb-popover-body");
  private readonly button = h("button", "stb-btn");
  private readonly icon = h("span", "stb-btn-icon");
  private readonly text = h("span");
  private readonly help = new HelpBadge();
  private readonly widget: BlockWidget;
  private stateful = false;
  private isOpen = false;
  private readonly outside = (e: Event): void => {
    if (this.isOpen && !this.el.contains(e.target as Node)) this.setOpen(false, true);
  };

  constructor(ctx: WidgetCtx) {
    this.widget = new BlockWidget(ctx);
    const panelId = uid();
    this.button.type = "button";
    this.button.setAttribute("aria-haspopup", "dialog");
    this.button.setAttribute("aria-expanded", "false");
    this.button.setAttribute("aria-controls", panelId);
    this.icon.setAttribute("aria-hidden", "true");
    this.button.append(this.icon, this.text);
    this.container.id = panelId;
    this.container.setAttribute("role", "dialog");
    this.container.hidden = true;
    this.el.append(this.button, this.help.el, this.container);
    this.button.addEventListener("click", () => this.setOpen(!this.isOpen, true));
    this.el.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.isOpen) {
        this.setOpen(false, true);
        this.button.focus();
      }
    });
    document.addEventListener("pointerdown", this.outside);
  }

  update(p: Block_Popover): void {
    setText(this.text, p.label);
    setText(this.icon, p.icon);
    this.icon.hidden = !p.icon;
    this.button.className = `stb-btn stb-btn-${p.type || "secondary"}`;
    this.button.disabled = p.disabled;
    this.help.set(p.help);
    this.container.setAttribute("aria-label", p.label);
    const v = this.widget.bind(p.common, { $case: "boolValue", value: p.open });
    this.stateful = v !== null;
    if (v) this.setOpen(v.$case === "boolValue" && v.value, false);
    if (p.disabled && this.isOpen) this.setOpen(false, false);
  }

  /** Show or hide the panel; a user's change of a stateful popover is sent (and reruns). */
  private setOpen(open: boolean, byUser: boolean): void {
    if (open === this.isOpen) return;
    this.isOpen = open;
    this.container.hidden = !open;
    setAttr(this.button, "aria-expanded", String(open));
    toggleClass(this.el, "stb-open", open);
    if (byUser && this.stateful) this.widget.change({ $case: "boolValue", value: open });
  }

  destroy(): void {
    document.removeEventListener("pointerdown", this.outside);
    this.widget.destroy();
  }
}
