/** st.color_picker on <input type=color>; sends "#rrggbb" on change. */
import { h } from "../dom";
import type { ColorPicker, WidgetCommon } from "../gen/stbundle";
import { Widget, type WidgetCtx } from "./base";

export class ColorPickerWidget extends Widget<ColorPicker> {
  private readonly input = h("input");
  private readonly hex = h("code", "stb-color-hex");

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-color-picker");
    this.input.type = "color";
    this.input.id = this.inputId;
    this.ariaTargets = [this.input];
    const row = h("div", "stb-color-row");
    row.append(this.input, this.hex);
    this.el.append(row);
    this.input.addEventListener("input", () => (this.hex.textContent = this.input.value));
    this.input.addEventListener("change", () => this.commit({ $case: "stringValue", value: this.input.value }));
  }

  protected apply(p: ColorPicker, c: WidgetCommon): void {
    const v = this.resolve({ $case: "stringValue", value: p.value || "#000000" }, c);
    const want = (v.$case === "stringValue" ? v.value : "#000000").toLowerCase();
    if (this.input.value !== want) this.input.value = want;
    this.hex.textContent = want;
    this.setDisabled([this.input], c.disabled);
  }
}
