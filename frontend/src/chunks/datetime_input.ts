/**
 * Lazy chunk: st.datetime_input as the browser's date-and-time field (<input type=datetime-local>,
 * "YYYY-MM-DDTHH:MM", bounded by min/max and stepped by the widget's step). A change sends the
 * value as a one-string string_array_value; clearing the field sends null (the default again).
 */
import { setAttr } from "../dom";
import type { DateTimeInput, WidgetCommon } from "../gen/stbundle";
import { focused, Widget, type WidgetCtx } from "../widgets/base";
import { NULL_VALUE } from "../widgets/state";

class DateTimeInputWidget extends Widget<DateTimeInput> {
  private readonly input = document.createElement("input");

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

export function create(ctx: WidgetCtx): DateTimeInputWidget {
  return new DateTimeInputWidget(ctx);
}
