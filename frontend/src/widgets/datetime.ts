/**
 * st.date_input (<input type=date>, two inputs for a range), st.time_input ("HH:MM" in a
 * text field by its format, or the browser's time field) and st.datetime_input (a text field
 * in its date format, or <input type=datetime-local>). All send on change.
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

/** "HH:MM" as `format` shows it: "24h" (also "") keeps it, "12h" reads "1:05 PM". */
export function showTime(hhmm: string, format: string): string {
  if (format !== "12h" || !hhmm) return hhmm;
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  return `${h % 12 || 12}:${String(m).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}`;
}

/** A typed time ("13:45", "1:45 pm", "9.30", "7 AM") as "HH:MM"; null when it is none. */
export function parseTime(text: string): string | null {
  const m = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?\s*$/i.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase();
  if (half ? hour < 1 || hour > 12 : hour > 23) return null;
  if (minute > 59) return null;
  if (half) hour = (hour % 12) + (half === "p" ? 12 : 0);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * st.time_input. format "localized" is the browser's time field (its locale's 12h/24h style);
 * "24h" and "12h" are a text field showing the time that way, offering the step's times as
 * suggestions and reading what is typed in either style.
 */
export class TimeInputWidget extends Widget<TimeInput> {
  private readonly input = h("input");
  private readonly times = h("datalist");
  private format = "";
  private step = 0;
  /** The value shown ("HH:MM", "" none). */
  private value = "";

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-time-input");
    this.input.type = "time";
    this.input.id = this.inputId;
    this.times.id = `${this.inputId}-times`;
    this.ariaTargets = [this.input];
    this.el.append(this.input);
    this.input.addEventListener("change", () => this.changed());
    // Enter confirms a typed text at once (the field's change event waits for the blur).
    this.input.addEventListener("keydown", (e) => e.key === "Enter" && this.input.type === "text" && this.changed());
  }

  private changed(): void {
    const raw = this.input.value.trim();
    const t = this.input.type === "time" ? raw.slice(0, 5) : raw ? parseTime(raw) : "";
    if (t === null) {
      this.showProblem(this.format === "12h" ? "Enter a time such as 1:45 PM." : "Enter a time such as 13:45.");
      return;
    }
    this.showProblem("");
    if (this.input.type !== "time") this.input.value = showTime(t, this.format);
    if (t === this.value) return; // Enter, then the blur's change: sent once
    this.value = t;
    this.commit(t ? { $case: "stringValue", value: t } : NULL_VALUE);
  }

  protected apply(p: TimeInput, c: WidgetCommon): void {
    const native = p.format === "localized";
    if (p.format !== this.format || p.stepSeconds !== this.step) {
      this.format = p.format;
      this.step = p.stepSeconds;
      this.input.type = native ? "time" : "text";
      this.input.value = "";
      setAttr(this.input, "placeholder", native ? null : p.format === "12h" ? "h:mm AM" : "HH:MM");
      setAttr(this.input, "list", native ? null : this.times.id);
      if (native) this.times.remove();
      else this.input.after(this.times);
      const step = Math.max(60, p.stepSeconds || 900);
      const hints: HTMLOptionElement[] = [];
      for (let s = 0; s < 86400 && !native; s += step) {
        const hhmm = `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}`;
        const o = h("option");
        o.value = showTime(hhmm, p.format);
        hints.push(o);
      }
      this.times.replaceChildren(...hints);
    }
    const v = this.resolve(p.hasValue ? { $case: "stringValue", value: p.value } : NULL_VALUE, c);
    const want = v.$case === "stringValue" ? v.value : "";
    const shown = native ? want : showTime(want, this.format);
    if ((this.value !== want || this.input.value === "") && (c.setValue || !focused(this.input))) {
      this.value = want;
      if (this.input.value !== shown) this.input.value = shown;
    }
    setAttr(this.input, "step", native && p.stepSeconds ? String(p.stepSeconds) : null);
    this.setDisabled([this.input], c.disabled);
  }
}

/** A date ("YYYY-MM-DD") in a date `format` such as "DD.MM.YYYY" (its order and separator). */
function showDate(iso: string, format: string): string {
  const [y = "", m = "", d = ""] = iso.split("-");
  return format.replace("YYYY", y).replace("MM", m).replace("DD", d);
}

/** A moment ("YYYY-MM-DDTHH:MM") as a datetime `format` shows it: "<date>, HH:MM". */
export function showMoment(moment: string, format: string): string {
  return moment ? `${showDate(moment.slice(0, 10), format)}, ${moment.slice(11, 16)}` : "";
}

/** A typed moment in the date order of `format` (or ISO, year first), a time after it (24h or
 * AM/PM; midnight when left out), as "YYYY-MM-DDTHH:MM"; null when it is no real moment. */
export function parseMoment(text: string, format: string): string | null {
  const m = /^\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:\s*[,T ]\s*(.+?))?\s*$/.exec(text);
  if (!m) return null;
  const isoFirst = (m[1] as string).length === 4;
  const order = isoFirst ? ["YYYY", "MM", "DD"] : format.split(/[/.-]/);
  const part = (name: string): number => Number(m[order.indexOf(name) + 1] ?? NaN);
  const [year, month, day] = [part("YYYY"), part("MM"), part("DD")];
  const clock = m[4] === undefined ? "00:00" : parseTime(m[4]);
  const real = new Date(Date.UTC(year, month - 1, day));
  if (clock === null || year < 1000 || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return null;
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${year}-${two(month)}-${two(day)}T${clock}`;
}

/** st.datetime_input: a date and a time ("YYYY-MM-DDTHH:MM") bounded by min/max; a change sends
 * a one-string string_array_value, clearing sends null (the default). With a date `format` it is
 * a text field showing "<date in that order>, HH:MM"; without, the browser's date-time field. */
export class DateTimeInputWidget extends Widget<DateTimeInput> {
  private readonly input = h("input");
  private format: string | null = null;
  private min = "";
  private max = "";
  /** The moment shown ("" none). */
  private value = "";

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-datetime-input");
    this.input.type = "datetime-local";
    this.input.id = this.inputId;
    this.ariaTargets = [this.input];
    this.el.append(this.input);
    this.input.addEventListener("change", () => this.changed());
    // Enter confirms a typed text at once (the field's change event waits for the blur).
    this.input.addEventListener("keydown", (e) => e.key === "Enter" && this.input.type === "text" && this.changed());
  }

  private changed(): void {
    const raw = this.input.value.trim();
    const native = !this.format;
    const v = native ? raw.slice(0, 16) : raw ? parseMoment(raw, this.format as string) : "";
    const example = showMoment("2025-12-31T13:45", this.format || "YYYY/MM/DD");
    if (v === null) return this.showProblem(`Enter a date and time such as ${example}.`);
    if (v && ((this.min && v < this.min) || (this.max && v > this.max))) {
      const [lo, hi] = [this.min, this.max].map((b) => (native ? b : showMoment(b, this.format as string)));
      return this.showProblem(`Choose a moment from ${lo} to ${hi}.`);
    }
    this.showProblem("");
    if (!native) this.input.value = showMoment(v, this.format as string);
    if (v === this.value) return; // Enter, then the blur's change: sent once
    this.value = v;
    this.commit(v ? { $case: "stringArrayValue", value: { data: [v] } } : NULL_VALUE);
  }

  protected apply(p: DateTimeInput, c: WidgetCommon): void {
    if (p.format !== this.format) {
      this.format = p.format;
      this.input.type = p.format ? "text" : "datetime-local";
      this.input.value = "";
      setAttr(this.input, "placeholder", p.format ? `${p.format}, HH:MM` : null);
    }
    const native = !p.format;
    this.min = p.min;
    this.max = p.max;
    const shown = p.hasValue ? { $case: "stringArrayValue" as const, value: { data: [p.value] } } : NULL_VALUE;
    const v = this.resolve(shown, c);
    const want = v.$case === "stringArrayValue" ? (v.value.data[0] ?? "") : "";
    const text = native ? want : showMoment(want, p.format);
    if ((this.value !== want || this.input.value === "") && (c.setValue || !focused(this.input))) {
      this.value = want;
      if (this.input.value !== text) this.input.value = text;
    }
    setAttr(this.input, "min", native ? p.min || null : null);
    setAttr(this.input, "max", native ? p.max || null : null);
    setAttr(this.input, "step", native && p.stepSeconds ? String(p.stepSeconds) : null);
    setAttr(this.input, "aria-required", c.required ? "true" : null);
    this.setDisabled([this.input], c.disabled);
  }
}
