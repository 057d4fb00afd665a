/**
 * Option pickers: st.radio (radiogroup), st.selectbox (<select>), st.multiselect (a group of
 * checkboxes: keyboard- and screen-reader-friendly without a custom combobox). Values are
 * option indices; "no value" is sent as null_value.
 */
import { h, setAttr, setText } from "../dom";
import type { MultiSelect, Radio, Selectbox, WidgetCommon } from "../gen/stbundle";
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

export class SelectboxWidget extends Widget<Selectbox> {
  private readonly select = h("select");
  private readonly none = h("option");
  private key = "";

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-selectbox");
    this.select.id = this.inputId;
    this.ariaTargets = [this.select];
    this.none.value = "";
    this.el.append(this.select);
    this.withIcon(this.select);
    this.select.addEventListener("change", () => {
      const v = this.select.value;
      this.showPlaceholder(v === "");
      this.commit(v === "" ? NULL_VALUE : { $case: "intValue", value: Number(v) });
    });
  }

  protected apply(p: Selectbox, c: WidgetCommon): void {
    const key = optionsKey(p.options);
    if (key !== this.key) {
      this.key = key;
      this.select.replaceChildren(
        this.none,
        ...p.options.map((opt, i) => {
          const o = h("option", "", opt);
          o.value = String(i);
          return o;
        }),
      );
    }
    setText(this.none, p.placeholder || "Choose an option");
    const v = this.resolve(p.hasValue ? { $case: "intValue", value: p.value } : NULL_VALUE, c);
    const idx = indexOf(v);
    this.showPlaceholder(idx < 0);
    const want = idx >= 0 ? String(idx) : "";
    if (this.select.value !== want) this.select.value = want;
    this.setDisabled([this.select], c.disabled);
  }

  /** The placeholder is choosable only while nothing is chosen, like Streamlit's empty box. */
  private showPlaceholder(on: boolean): void {
    this.none.hidden = !on;
    this.none.disabled = !on;
  }
}

export class MultiSelectWidget extends Widget<MultiSelect> {
  private readonly group = h("div", "stb-multi-group");
  private readonly hint = h("div", "stb-placeholder");
  private inputs: HTMLInputElement[] = [];
  private selected: number[] = [];
  private max = 0;
  private disabled = false;
  private key = "";

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-multiselect", false);
    this.group.setAttribute("role", "group");
    this.group.setAttribute("aria-labelledby", this.label.id);
    this.ariaTargets = [this.group];
    this.el.append(this.hint, this.group);
  }

  protected apply(p: MultiSelect, c: WidgetCommon): void {
    const key = optionsKey(p.options);
    if (key !== this.key) {
      this.key = key;
      this.inputs = p.options.map((_, i) => {
        const input = h("input");
        input.type = "checkbox";
        input.addEventListener("change", () => this.toggle(i, input.checked));
        return input;
      });
      this.group.replaceChildren(
        ...p.options.map((opt, i) => {
          const row = h("label", "stb-option");
          row.append(this.inputs[i] as HTMLInputElement, h("span", "", opt));
          return row;
        }),
      );
    }
    this.max = p.maxSelections;
    this.disabled = c.disabled;
    const v = this.resolve({ $case: "intArrayValue", value: { data: p.value } }, c);
    this.selected = v.$case === "intArrayValue" ? [...v.value.data] : [];
    setText(this.hint, p.placeholder || "Choose options");
    this.sync();
  }

  private toggle(i: number, on: boolean): void {
    const at = this.selected.indexOf(i);
    if (on && at < 0) this.selected.push(i);
    if (!on && at >= 0) this.selected.splice(at, 1);
    this.sync();
    this.commit({ $case: "intArrayValue", value: { data: [...this.selected] } });
  }

  /** Reflect the selection; once max_selections is reached the unchecked boxes are disabled. */
  private sync(): void {
    const full = this.max > 0 && this.selected.length >= this.max;
    this.inputs.forEach((input, i) => {
      const on = this.selected.includes(i);
      if (input.checked !== on) input.checked = on;
      const dis = this.disabled || (full && !on);
      if (input.disabled !== dis) input.disabled = dis;
    });
    this.hint.hidden = this.selected.length > 0;
    setAttr(this.group, "data-max", this.max ? String(this.max) : null);
  }
}
