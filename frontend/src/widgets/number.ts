/**
 * st.number_input: a native number field plus "Decrement"/"Increment" step buttons. Sends on
 * Enter, blur or a step click; INT data sends int_value, FLOAT double_value, empty null_value.
 */
import { h, setAttr } from "../dom";
import { NumberInput_DataType, type NumberInput, type WidgetCommon } from "../gen/stbundle";
import { focused, Widget, type WidgetCtx } from "./base";
import { decimals, sprintf } from "./format";
import { NULL_VALUE, type Value } from "./state";

export class NumberInputWidget extends Widget<NumberInput> {
  private readonly input = h("input");
  private readonly dec = h("button", "stb-step", "−");
  private readonly inc = h("button", "stb-step", "+");
  private p: NumberInput | null = null;

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-number-input");
    this.input.type = "number";
    this.input.id = this.inputId;
    this.ariaTargets = [this.input];
    const row = h("div", "stb-number-row");
    for (const [b, name, dir] of [[this.dec, "Decrement", -1], [this.inc, "Increment", 1]] as const) {
      b.type = "button";
      b.setAttribute("aria-label", name);
      b.addEventListener("click", () => this.step(dir));
    }
    row.append(this.input, this.dec, this.inc);
    this.el.append(row);
    this.withIcon(this.input);
    this.input.addEventListener("keydown", (e) => {
      if (e.key !== "Enter") return;
      if (!this.formId) return this.flush();
      this.commit(this.read(), false);
      this.ctx.widgets.submitForm(this.formId, this.el);
    });
    this.input.addEventListener("blur", () => this.flush());
    this.input.addEventListener("input", () => {
      if (this.formId) this.commit(this.read(), false);
    });
  }

  protected apply(p: NumberInput, c: WidgetCommon): void {
    this.p = p;
    const from: Value = !p.hasValue ? NULL_VALUE : this.wrap(p.value);
    const v = this.resolve(from, c);
    const want = this.display(v);
    if (this.input.value !== want && (c.setValue || !focused(this.input))) this.input.value = want;
    setAttr(this.input, "min", p.hasMin ? String(p.min) : null);
    setAttr(this.input, "max", p.hasMax ? String(p.max) : null);
    setAttr(this.input, "step", String(this.stepSize()));
    setAttr(this.input, "placeholder", p.placeholder || null);
    this.setDisabled([this.input, this.dec, this.inc], c.disabled);
  }

  private isInt(): boolean {
    return this.p?.dataType === NumberInput_DataType.INT;
  }

  private stepSize(): number {
    return this.p?.step || (this.isInt() ? 1 : 0.01);
  }

  private wrap(n: number): Value {
    return this.isInt() ? { $case: "intValue", value: Math.round(n) } : { $case: "doubleValue", value: n };
  }

  private display(v: Value): string {
    if (v.$case !== "intValue" && v.$case !== "doubleValue") return "";
    const f = this.p?.format ?? "";
    // Only a fixed-precision format can be shown inside a number field; others show raw.
    if (f && /%[-+ 0#]*\d*\.\d+f/.test(f)) return sprintf(f.replace(/^.*?(%[-+ 0#]*\d*\.\d+f).*$/, "$1"), v.value);
    return String(v.value);
  }

  private read(): Value {
    const raw = this.input.value.trim();
    if (raw === "" || Number.isNaN(Number(raw))) return NULL_VALUE;
    return this.wrap(this.clamp(Number(raw)));
  }

  private clamp(n: number): number {
    const p = this.p;
    if (p?.hasMin && n < p.min) return p.min;
    if (p?.hasMax && n > p.max) return p.max;
    return n;
  }

  private step(dir: 1 | -1): void {
    const cur = this.read();
    const base = cur.$case === "intValue" || cur.$case === "doubleValue" ? cur.value : (this.p?.hasMin ? this.p.min : 0);
    const step = this.stepSize();
    const next = this.clamp(Number((base + dir * step).toFixed(Math.max(decimals(step), decimals(base)))));
    const v = this.wrap(next);
    this.input.value = this.display(v);
    this.commit(v, true);
  }

  /** Commit when the field differs from what the runtime last received. */
  private flush(): void {
    if (this.formId) return;
    const v = this.read();
    const shown = this.display(v);
    if (this.input.value !== shown && v.$case !== "nullValue") this.input.value = shown;
    const prev = this.ctx.widgets.committedValue(this.id);
    if (!prev || prev.$case !== v.$case || prev.value !== v.value) this.commit(v);
  }
}
