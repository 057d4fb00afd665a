/**
 * Shared widget chrome: label (a real <label for>, or an aria-labelledby target for groups),
 * label visibility that never loses the accessible name, help badge, disabled state, and the
 * id bookkeeping that lets the WidgetManager forget widgets that left the tree.
 */
import type { Component, NodeRef } from "../component";
import { h, HelpBadge, setAttr, setText, toggleClass, uid } from "../dom";
import { LabelVisibility, type WidgetCommon } from "../gen/stbundle";
import type { Value, WidgetManager } from "./state";

export interface WidgetCtx {
  readonly widgets: WidgetManager;
  readonly node: NodeRef;
}

type Control = HTMLInputElement | HTMLButtonElement | HTMLSelectElement | HTMLTextAreaElement;

const NO_COMMON: WidgetCommon = {
  id: "", label: "", formId: "", help: "", disabled: false,
  labelVisibility: LabelVisibility.VISIBLE, setValue: false, ignoreRerun: false, required: false,
  icon: "",
};

/** Blank text, no choice, nothing selected: what `required` refuses. */
export function isEmptyValue(v: Value | undefined): boolean {
  if (!v || v.$case === "nullValue") return true;
  if (v.$case === "stringValue") return v.value.trim() === "";
  if (v.$case === "stringArrayValue") return v.value.data.length === 0;
  if (v.$case === "intArrayValue" || v.$case === "doubleArrayValue") return v.value.data.length === 0;
  return false;
}

export abstract class Widget<T extends { common?: WidgetCommon | undefined }> implements Component<T> {
  readonly el: HTMLElement;
  protected readonly label: HTMLLabelElement;
  protected readonly help = new HelpBadge();
  protected readonly inputId = uid();
  protected id = "";
  protected formId = "";
  protected labelText = "";
  /** on_change="ignore": changes are kept for the next rerun instead of starting one. */
  protected ignoreRerun = false;
  protected required = false;
  /** The icon inside the field (text, number, select), when the widget has a slot for it. */
  private fieldIcon: HTMLElement | null = null;
  /** Shown under the widget when a value is refused (required, validate). */
  private readonly problem = h("div", "stb-widget-error");
  /** Elements that get `aria-label` when the visible label is hidden or collapsed. */
  protected ariaTargets: HTMLElement[] = [];

  /** `labelFor` false: the label names a group through aria-labelledby instead of `for`. */
  constructor(protected readonly ctx: WidgetCtx, cls: string, labelFor = true) {
    this.el = h("div", `stb-widget ${cls}`);
    this.label = h("label", "stb-label");
    if (labelFor) this.label.htmlFor = this.inputId;
    else this.label.id = `${this.inputId}-label`;
    const head = h("div", "stb-label-row");
    head.append(this.label, this.help.el);
    this.problem.setAttribute("role", "alert");
    this.problem.hidden = true;
    this.el.append(head);
  }

  update(proto: T): void {
    const c = proto.common ?? NO_COMMON;
    this.id = this.ctx.widgets.follow(this.id, c.id);
    if (c.formId !== this.formId || c.required !== this.required) {
      // A required field blocks its form's submission while it is empty.
      if (this.formId) this.ctx.widgets.setBlocker(this.formId, this.inputId, null);
      if (c.formId && c.required) this.ctx.widgets.setBlocker(c.formId, this.inputId, () => this.refuse());
    }
    this.formId = c.formId;
    this.ignoreRerun = c.ignoreRerun;
    this.required = c.required;
    this.labelText = c.label;
    setText(this.label, c.label);
    this.help.set(c.help);
    setAttr(this.el, "title", c.help || null);
    toggleClass(this.el, "stb-lv-hidden", c.labelVisibility === LabelVisibility.HIDDEN);
    toggleClass(this.el, "stb-lv-collapsed", c.labelVisibility === LabelVisibility.COLLAPSED);
    const aria = c.labelVisibility === LabelVisibility.VISIBLE ? null : c.label;
    for (const t of this.ariaTargets) setAttr(t, "aria-label", aria);
    toggleClass(this.el, "stb-disabled", c.disabled);
    if (this.fieldIcon) {
      // Material Symbols need an icon font the core renderer does not ship: emoji only.
      const icon = c.icon.startsWith(":material/") ? "" : c.icon;
      setText(this.fieldIcon, icon);
      this.fieldIcon.hidden = !icon;
      toggleClass(this.fieldIcon.parentElement as HTMLElement, "stb-has-icon", icon !== "");
    }
    this.apply(proto, c);
  }

  destroy(): void {
    if (this.formId) this.ctx.widgets.setBlocker(this.formId, this.inputId, null);
    this.id = this.ctx.widgets.follow(this.id, "");
  }

  /** Gives the control (already in the DOM) a slot for `common.icon` at its start. */
  protected withIcon(control: HTMLElement): void {
    const field = h("div", "stb-field");
    const icon = h("span", "stb-field-icon");
    icon.hidden = true;
    icon.setAttribute("aria-hidden", "true");
    control.replaceWith(field);
    field.append(icon, control);
    this.fieldIcon = icon;
  }

  /** Patch the DOM from the proto; call `resolve` to learn which value to show. */
  protected abstract apply(proto: T, common: WidgetCommon): void;

  protected resolve(fromElement: Value, common: WidgetCommon): Value {
    return this.ctx.widgets.resolve(common.id, common.formId, fromElement, common.setValue);
  }

  /** A user edit: pending inside a form, otherwise committed and (if `rerun`) sent now.
   * Outside a form a required widget keeps its last value instead of committing an empty one. */
  protected commit(value: Value, rerun = true): void {
    if (!this.formId && this.required && isEmptyValue(value)) {
      this.showProblem(`${this.labelText || "This field"} is required.`);
      return;
    }
    this.showProblem("");
    this.ctx.widgets.change(this.id, this.formId, this.ctx.node.fragmentId, value, rerun && !this.ignoreRerun);
  }

  /** The message for a value this widget will not send, or "" to clear it. */
  protected showProblem(message: string): void {
    if (this.problem.textContent !== message) this.problem.textContent = message;
    this.problem.hidden = !message;
    if (message && !this.problem.isConnected) this.el.append(this.problem);
  }

  /** Form submit check: true (and the reason shown) when the pending value must not be sent. */
  protected refuse(): boolean {
    const v = this.ctx.widgets.formValue(this.formId, this.id);
    const empty = this.required && isEmptyValue(v);
    this.showProblem(empty ? `${this.labelText || "This field"} is required.` : "");
    return empty;
  }

  protected setDisabled(controls: Iterable<Control>, disabled: boolean): void {
    for (const c of controls) if (c.disabled !== disabled) c.disabled = disabled;
  }
}

/** True when a control has focus: its DOM value then belongs to the user, not the rerun. */
export function focused(el: Element): boolean {
  return document.activeElement === el;
}
