/**
 * st.text_input (Enter or blur commits) and st.text_area (Ctrl/Cmd+Enter or blur commits).
 * While the field has focus the user's text wins over reruns, unless the runtime set the value.
 * A field whose element has no value sends null_value until the user types.
 * text_input also follows its `type` (native input type), `validate` (a value that does not
 * match is shown as an error and not sent), and `live` (commits after a pause in typing).
 */
import { h, setAttr } from "../dom";
import type { TextArea, TextInput, WidgetCommon } from "../gen/stbundle";
import { focused, Widget, type WidgetCtx } from "./base";
import { NULL_VALUE, type Value } from "./state";

type Field = HTMLInputElement | HTMLTextAreaElement;

function text(v: Value | undefined): string | null {
  return v?.$case === "stringValue" ? v.value : null;
}

abstract class TextWidget<T extends TextInput | TextArea> extends Widget<T> {
  protected abstract readonly field: Field;

  protected init(): void {
    const f = this.field;
    f.id = this.inputId;
    this.ariaTargets = [f];
    this.el.append(f);
    f.addEventListener("blur", () => this.flush());
    f.addEventListener("input", () => {
      // Inside a form, keep the pending value current; it is sent when the form submits.
      if (this.formId) this.commit({ $case: "stringValue", value: f.value }, false);
    });
  }

  /** Enter commits; inside a form it submits the form (Streamlit's enter_to_submit). */
  protected enter(): void {
    if (!this.formId) return this.flush();
    this.commit({ $case: "stringValue", value: this.field.value }, false);
    this.ctx.widgets.submitForm(this.formId, this.el);
  }

  /** A reason the current text must not be sent ("" when it may). */
  protected invalid(): string {
    return "";
  }

  /** Commit the field if it differs from what the runtime last received. */
  protected flush(): void {
    if (this.formId) return;
    const committed = text(this.ctx.widgets.committedValue(this.id));
    if (committed !== this.field.value && !(committed === null && this.field.value === "")) {
      const problem = this.invalid();
      if (problem) return this.showProblem(problem);
      this.commit({ $case: "stringValue", value: this.field.value });
    }
  }

  protected override refuse(): boolean {
    if (super.refuse()) return true;
    const problem = this.invalid();
    this.showProblem(problem);
    return problem !== "";
  }

  protected show(p: T, c: WidgetCommon): void {
    const v = this.resolve(p.hasValue ? { $case: "stringValue", value: p.value } : NULL_VALUE, c);
    const want = text(v) ?? "";
    if (this.field.value !== want && (c.setValue || !focused(this.field))) this.field.value = want;
    setAttr(this.field, "placeholder", p.placeholder || null);
    setAttr(this.field, "maxlength", p.maxChars ? String(p.maxChars) : null);
    this.setDisabled([this.field], c.disabled);
  }
}

/** Streamlit's text_input types and the native input type each one uses. */
const INPUT_TYPES: Record<string, string> = {
  default: "text", password: "password", email: "email", url: "url", phone: "tel", search: "search",
};

export class TextInputWidget extends TextWidget<TextInput> {
  protected readonly field = h("input");
  private pattern: RegExp | null = null;
  private patternMessage = "";
  private liveMs = -1;
  private liveTimer = 0;

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-text-input");
    this.init();
    this.withIcon(this.field);
    this.field.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.isComposing) this.enter();
    });
    this.field.addEventListener("input", () => {
      clearTimeout(this.liveTimer);
      if (this.liveMs >= 0 && !this.formId) this.liveTimer = window.setTimeout(() => this.flush(), this.liveMs);
    });
  }

  protected override invalid(): string {
    const v = this.field.value;
    if (!this.pattern || v === "") return ""; // empty input bypasses validation, as in Streamlit
    return this.pattern.test(v) ? "" : this.patternMessage || "Please match the requested format.";
  }

  protected apply(p: TextInput, c: WidgetCommon): void {
    const type = INPUT_TYPES[p.type] ?? "text";
    if (this.field.type !== type) this.field.type = type;
    setAttr(this.field, "autocomplete", p.autocomplete || null);
    try {
      this.pattern = p.validateRegex ? new RegExp(p.validateRegex, "us") : null;
    } catch {
      this.pattern = null; // a regex JavaScript cannot compile validates nothing
    }
    this.patternMessage = p.validateMessage;
    this.liveMs = p.live ? p.liveDebounceMs : -1;
    setAttr(this.field, "aria-required", c.required ? "true" : null);
    this.show(p, c);
  }

  override destroy(): void {
    clearTimeout(this.liveTimer);
    super.destroy();
  }
}

export class TextAreaWidget extends TextWidget<TextArea> {
  protected readonly field = h("textarea");

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-text-area");
    this.init();
    this.field.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) this.flush();
    });
  }

  protected apply(p: TextArea, c: WidgetCommon): void {
    setAttr(this.field, "aria-required", c.required ? "true" : null);
    this.show(p, c);
  }
}
