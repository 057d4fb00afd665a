/**
 * st.text_input (Enter or blur commits) and st.text_area (Ctrl/Cmd+Enter or blur commits).
 * While the field has focus the user's text wins over reruns, unless the runtime set the value.
 * A field whose element has no value sends null_value until the user types.
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
    this.ctx.widgets.submitForm(this.formId);
  }

  /** Commit the field if it differs from what the runtime last received. */
  protected flush(): void {
    if (this.formId) return;
    const committed = text(this.ctx.widgets.committedValue(this.id));
    if (committed !== this.field.value && !(committed === null && this.field.value === "")) {
      this.commit({ $case: "stringValue", value: this.field.value });
    }
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

export class TextInputWidget extends TextWidget<TextInput> {
  protected readonly field = h("input");

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-text-input");
    this.init();
    this.field.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.isComposing) this.enter();
    });
  }

  protected apply(p: TextInput, c: WidgetCommon): void {
    const type = p.password ? "password" : "text";
    if (this.field.type !== type) this.field.type = type;
    setAttr(this.field, "autocomplete", p.autocomplete || null);
    this.show(p, c);
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
    const height = p.height ? `${p.height}px` : "";
    if (this.field.style.height !== height) this.field.style.height = height;
    this.show(p, c);
  }
}
