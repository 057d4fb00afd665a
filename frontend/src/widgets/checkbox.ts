/** st.checkbox and st.toggle (the same input, with role="switch" for the toggle). */
import { h, setAttr } from "../dom";
import { Checkbox_Style, type Checkbox, type WidgetCommon } from "../gen/stbundle";
import { Widget, type WidgetCtx } from "./base";

export class CheckboxWidget extends Widget<Checkbox> {
  private readonly input = h("input");

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-checkbox");
    this.input.type = "checkbox";
    this.input.id = this.inputId;
    this.ariaTargets = [this.input];
    // The box sits inside the label row, before the text, as people expect for checkboxes.
    this.label.before(this.input);
    this.input.addEventListener("change", () => {
      this.commit({ $case: "boolValue", value: this.input.checked });
    });
  }

  protected apply(p: Checkbox, c: WidgetCommon): void {
    const toggle = p.style === Checkbox_Style.TOGGLE;
    setAttr(this.input, "role", toggle ? "switch" : null);
    this.el.classList.toggle("stb-toggle", toggle);
    const v = this.resolve({ $case: "boolValue", value: p.value }, c);
    const checked = v.$case === "boolValue" && v.value;
    if (this.input.checked !== checked) this.input.checked = checked;
    this.setDisabled([this.input], c.disabled);
  }
}
