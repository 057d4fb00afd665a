/**
 * st.radio: one choice as a radiogroup. Values are option indices; "no value" is sent as
 * null_value. (st.selectbox and st.multiselect are the lazy select.ts.)
 */
import { h } from "../dom";
import type { Radio, WidgetCommon } from "../gen/stbundle";
import { Widget, type WidgetCtx } from "./base";
import { NULL_VALUE, type Value } from "./state";

function indexOf(v: Value): number {
  return v.$case === "intValue" ? v.value : -1;
}

function optionsKey(options: readonly string[], extra = ""): string {
  return `${extra}\u0000${options.join("\u0000")}`;
}

export class RadioWidget extends Widget<Radio> {
  private readonly group = h("div", "stb-radio-group");
  private inputs: HTMLInputElement[] = [];
  private key = "";

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-radio", false);
    this.group.setAttribute("role", "radiogroup");
    this.group.setAttribute("aria-labelledby", this.label.id);
    this.ariaTargets = [this.group];
    this.el.append(this.group);
  }

  protected apply(p: Radio, c: WidgetCommon): void {
    const key = optionsKey(p.options, p.captions.join("\u0001"));
    if (key !== this.key) {
      this.key = key;
      this.inputs = p.options.map((_opt, i) => {
        const input = h("input");
        input.type = "radio";
        input.name = this.inputId;
        input.value = String(i);
        input.addEventListener("change", () => {
          if (input.checked) this.commit({ $case: "intValue", value: i });
        });
        return input;
      });
      this.group.replaceChildren(
        ...p.options.map((opt, i) => {
          const row = h("label", "stb-option");
          row.append(this.inputs[i] as HTMLInputElement, h("span", "", opt));
          const caption = p.captions[i];
          if (caption) row.append(h("small", "stb-caption", caption));
          return row;
        }),
      );
    }
    this.group.classList.toggle("stb-horizontal", p.horizontal);
    const v = this.resolve(p.hasValue ? { $case: "intValue", value: p.value } : NULL_VALUE, c);
    const idx = indexOf(v);
    this.inputs.forEach((input, i) => {
      if (input.checked !== (i === idx)) input.checked = i === idx;
    });
    this.setDisabled(this.inputs, c.disabled);
  }
}
