/**
 * st.date_input (<input type=date>, two inputs for a range), st.time_input
 * (<input type=time>, "HH:MM") and st.datetime_input (<input type=datetime-local>). All send on
 * change.
 */
import { h, setAttr } from "../dom";
import {
  LabelVisibility,
  type DateInput,
  type DateTimeInput,
  type TimeInput,
  type WidgetCommon,
} from "../gen/stbundle";
import { focused, Widget, type WidgetCtx } from "./base";
import { NULL_VALUE } from "./state";

export class DateInputWidget extends Widget<DateInput> {
  private readonly inputs: [HTMLInputElement, HTMLInputElement];
  private readonly row = h("div", "stb-date-row");
  private range: boolean | null = null;

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-date-input");
    const mk = (): HTMLInputElement => {
      const input = h("input");
      input.type = "date";
      input.addEventListener("change", () => this.changed());
      return input;
    };
    this.inputs = [mk(), mk()];
    this.inputs[0].id = this.inputId;
    this.row.setAttribute("role", "group");
    this.el.append(this.row);
  }

  protected apply(p: DateInput, c: WidgetCommon): void {
    if (p.isRange !== this.range) {
      this.range = p.isRange;
      this.row.replaceChildren(...this.inputs.slice(0, p.isRange ? 2 : 1));
      this.label.htmlFor = p.isRange ? "" : this.inputId;
      if (p.isRange) this.label.id = `${this.inputId}-label`;
      setAttr(this.row, "aria-labelledby", p.isRange ? this.label.id : null);
    }
    const v = this.resolve({ $case: "stringArrayValue", value: { data: [...p.value] } }, c);
    const dates = v.$case === "stringArrayValue" ? v.value.data : [];
    const hidden = c.labelVisibility !== LabelVisibility.VISIBLE;
    this.inputs.forEach((input, i) => {
      const name = p.isRange ? `${c.label} (${i === 0 ? "start" : "end"})` : hidden ? c.label : null;
      setAttr(input, "aria-label", name);
      setAttr(input, "min", p.min || null);
      setAttr(input, "max", p.max || null);
      const want = dates[i] ?? "";
      if (input.value !== want && (c.setValue || !focused(input))) input.value = want;
    });
    this.setDisabled(this.inputs, c.disabled);
  }

  private changed(): void {
    const data = this.inputs
      .slice(0, this.range ? 2 : 1)
      .map((i) => i.value)
      .filter((s) => s !== "");
    this.commit({ $case: "stringArrayValue", value: { data } });
  }
}

export class TimeInputWidget extends Widget<TimeInput> {
  private readonly input = h("input");

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-time-input");
    this.input.type = "time";
    this.input.id = this.inputId;
    this.ariaTargets = [this.input];
    this.el.append(this.input);
    this.input.addEventListener("change", () => {
      const t = this.input.value.slice(0, 5);
      this.commit(t ? { $case: "stringValue", value: t } : NULL_VALUE);
    });
  }

  protected apply(p: TimeInput, c: WidgetCommon): void {
    const v = this.resolve(p.hasValue ? { $case: "stringValue", value: p.value } : NULL_VALUE, c);
    const want = v.$case === "stringValue" ? v.value : "";
    if (this.input.value.slice(0, 5) !== want && (c.setValue || !focused(this.input))) this.input.value = want;
    setAttr(this.input, "step", p.stepSeconds ? String(p.stepSeconds) : null);
    this.setDisabled([this.input], c.disabled);
  }
}

/** st.datetime_input: the browser's date-and-time field ("YYYY-MM-DDTHH:MM"), bounded and
 * stepped; a change sends a one-string string_array_value, clearing sends null (the default). */
export class DateTimeInputWidget extends Widget<DateTimeInput> {
  private readonly input = h("input");

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-datetime-input");
    this.input.type = "datetime-local";
    this.input.id = this.inputId;
    this.ariaTargets = [this.input];
    this.el.append(this.input);
    this.input.addEventListener("change", () => {
      const v = this.input.value.slice(0, 16);
      this.commit(v ? { $case: "stringArrayValue", value: { data: [v] } } : NULL_VALUE);
    });
  }

  protected apply(p: DateTimeInput, c: WidgetCommon): void {
    const shown = p.hasValue ? { $case: "stringArrayValue" as const, value: { data: [p.value] } } : NULL_VALUE;
    const v = this.resolve(shown, c);
    const want = v.$case === "stringArrayValue" ? (v.value.data[0] ?? "") : "";
    if (this.input.value.slice(0, 16) !== want && (c.setValue || !focused(this.input))) this.input.value = want;
    setAttr(this.input, "min", p.min || null);
    setAttr(this.input, "max", p.max || null);
    setAttr(this.input, "step", p.stepSeconds ? String(p.stepSeconds) : null);
    setAttr(this.input, "aria-required", c.required ? "true" : null);
    this.setDisabled([this.input], c.disabled);
  }
}
