/**
 * st.slider and st.select_slider on native range inputs (keyboard and screen readers for free).
 * A range gets two inputs labelled "<label> (start)" / "<label> (end)" that cannot cross.
 * The value is sent on release (the `change` event), not while dragging.
 */
import { h, setAttr, setText } from "../dom";
import { LabelVisibility, type Slider, type WidgetCommon } from "../gen/stbundle";
import { Widget, type WidgetCtx } from "./base";
import { formatSliderValue } from "./format";

export class SliderWidget extends Widget<Slider> {
  private readonly track = h("div", "stb-slider-track");
  private readonly readout = h("div", "stb-slider-value");
  private readonly inputs: [HTMLInputElement, HTMLInputElement];
  private proto: Slider | null = null;
  private count = 0;

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-slider", false);
    const mk = (): HTMLInputElement => {
      const input = h("input");
      input.type = "range";
      input.addEventListener("input", () => this.onInput(input));
      input.addEventListener("change", () => this.send());
      return input;
    };
    this.inputs = [mk(), mk()];
    this.inputs[0].id = this.inputId;
    this.readout.setAttribute("aria-live", "polite");
    this.el.append(this.readout, this.track);
  }

  protected apply(p: Slider, c: WidgetCommon): void {
    this.proto = p;
    const v = this.resolve({ $case: "doubleArrayValue", value: { data: [...p.value] } }, c);
    const values = v.$case === "doubleArrayValue" ? v.value.data : p.value;
    const count = values.length >= 2 ? 2 : 1;
    if (count !== this.count) {
      this.count = count;
      this.track.replaceChildren(...this.inputs.slice(0, count));
      // Single thumb: the <label> names the input directly; range: each thumb says which end.
      this.label.htmlFor = count === 1 ? this.inputId : "";
      setAttr(this.track, "role", count === 2 ? "group" : null);
      setAttr(this.track, "aria-labelledby", count === 2 ? this.label.id : null);
    }
    this.inputs.forEach((input, i) => {
      const name = count === 2 ? `${c.label} (${i === 0 ? "start" : "end"})` : null;
      const hidden = c.labelVisibility !== LabelVisibility.VISIBLE;
      setAttr(input, "aria-label", name ?? (hidden ? c.label : null));
      setAttr(input, "min", String(p.min));
      setAttr(input, "max", String(p.max));
      setAttr(input, "step", String(p.step || (p.isSelectSlider ? 1 : "any")));
      const val = values[i];
      if (val !== undefined && input.valueAsNumber !== val && document.activeElement !== input) {
        input.value = String(val);
      }
    });
    this.setDisabled(this.inputs, c.disabled);
    this.showValue();
  }

  private onInput(moved: HTMLInputElement): void {
    if (this.count === 2) {
      const [a, b] = this.inputs;
      if (a.valueAsNumber > b.valueAsNumber) {
        if (moved === a) a.value = b.value;
        else b.value = a.value;
      }
    }
    this.showValue();
  }

  private current(): number[] {
    return this.inputs.slice(0, this.count).map((i) => i.valueAsNumber);
  }

  private label1(n: number): string {
    const p = this.proto;
    if (!p) return "";
    if (p.isSelectSlider) return p.options[Math.round(n)] ?? "";
    return formatSliderValue(n, p.dataType, p.format, p.step);
  }

  private showValue(): void {
    const parts = this.current().map((n) => this.label1(n));
    setText(this.readout, parts.join(" – "));
    this.inputs.forEach((input, i) => setAttr(input, "aria-valuetext", parts[i] ?? null));
  }

  private send(): void {
    this.commit({ $case: "doubleArrayValue", value: { data: this.current() } });
  }
}
