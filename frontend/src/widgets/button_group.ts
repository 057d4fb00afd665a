/**
 * st.pills and st.segmented_control: a group of toggle buttons (aria-pressed), one style class
 * each. The value is the chosen option indices; in single mode pressing another button moves
 * the choice and pressing the chosen one clears it (unless required).
 */
import { h, setAttr } from "../dom";
import type { ButtonGroup, WidgetCommon } from "../gen/stbundle";
import { materialIconCss } from "../material_icons";
import { Widget, type WidgetCtx } from "./base";
import { addStyle } from "./chunk_style";

export class ButtonGroupWidget extends Widget<ButtonGroup> {
  private readonly group = h("div", "stb-button-group");
  private buttons: HTMLButtonElement[] = [];
  private selected: number[] = [];
  private multi = false;
  private mustChoose = false;
  private key = "";

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-button-group-widget", false);
    this.group.setAttribute("role", "group");
    this.group.setAttribute("aria-labelledby", this.label.id);
    this.ariaTargets = [this.group];
    this.el.append(this.group);
  }

  protected apply(p: ButtonGroup, c: WidgetCommon): void {
    const key = `${p.style}\u0000${p.options.join("\u0000")}\u0000${p.optionIcons.join("\u0000")}`;
    if (key !== this.key) {
      this.key = key;
      this.buttons = p.options.map((opt, i) => {
        const button = h("button", "stb-bg-option", opt);
        const icon = optionIcon(p.optionIcons[i] ?? "");
        if (icon) {
          if (opt) icon.style.marginRight = ".4em";
          button.prepend(icon);
        }
        button.type = "button";
        button.addEventListener("click", () => this.press(i));
        return button;
      });
      this.group.replaceChildren(...this.buttons);
    }
    this.group.className = `stb-button-group stb-${p.style === "pills" ? "pills" : "segmented"}`;
    this.multi = p.multi;
    this.mustChoose = c.required;
    const v = this.resolve({ $case: "intArrayValue", value: { data: p.value } }, c);
    this.selected = v.$case === "intArrayValue" ? [...v.value.data] : [];
    this.setDisabled(this.buttons, c.disabled);
    this.sync();
  }

  private press(i: number): void {
    const at = this.selected.indexOf(i);
    if (this.multi) {
      if (at >= 0) this.selected.splice(at, 1);
      else this.selected.push(i);
    } else if (at >= 0) {
      if (this.mustChoose) return;
      this.selected = [];
    } else {
      this.selected = [i];
    }
    this.sync();
    this.commit({ $case: "intArrayValue", value: { data: [...this.selected] } });
  }

  private sync(): void {
    this.buttons.forEach((button, i) => {
      const on = this.selected.includes(i);
      setAttr(button, "aria-pressed", on ? "true" : "false");
      button.classList.toggle("stb-bg-selected", on);
    });
  }
}

/** An option's leading icon: an emoji as text, ":material/name:" drawn by the icon font. */
function optionIcon(icon: string): HTMLElement | null {
  if (!icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon)?.[1];
  if (material) addStyle("stb-material-css", materialIconCss(import.meta.url));
  const span = h("span", material ? "stb-bg-icon stb-icon" : "stb-bg-icon", material ?? icon);
  span.setAttribute("aria-hidden", "true");
  return span;
}
