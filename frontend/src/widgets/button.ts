/**
 * st.button / st.form_submit_button. A click sends a one-shot trigger (never stored); a form's
 * submit button also commits the form's pending edits in the same request.
 */
import type { Component } from "../component";
import { h, setAttr, setText, toggleClass } from "../dom";
import type { Button } from "../gen/stbundle";
import type { WidgetCtx } from "./base";
import { buttonShortcut, placeIcon } from "./button_shortcut";

export class ButtonWidget implements Component<Button> {
  readonly el = h("div", "stb-widget stb-button");
  private readonly button = h("button", "stb-btn");
  private readonly text = h("span");
  private readonly icon = h("span", "stb-btn-icon");
  private id = "";
  private submitsForm = "";
  private readonly shortcut = buttonShortcut(() => {
    if (!this.button.disabled) this.click();
  });
  private readonly click = (): void => {
    if (this.id) this.ctx.widgets.trigger(this.id, this.ctx.node.fragmentId, this.submitsForm);
  };

  constructor(private readonly ctx: WidgetCtx) {
    this.button.type = "button";
    this.icon.setAttribute("aria-hidden", "true");
    this.button.append(this.icon, this.text);
    this.el.append(this.button);
    this.button.addEventListener("click", this.click);
  }

  update(b: Button): void {
    const c = b.common;
    this.id = this.ctx.widgets.follow(this.id, c?.id ?? "");
    const form = b.isFormSubmitter ? (c?.formId ?? "") : "";
    if (form !== this.submitsForm) {
      if (this.submitsForm) this.ctx.widgets.setSubmitter(this.submitsForm, null);
      this.submitsForm = form;
    }
    if (form) this.ctx.widgets.setSubmitter(form, c?.disabled ? null : this.click);
    setText(this.text, c?.label ?? "");
    setText(this.icon, b.icon);
    this.icon.hidden = !b.icon;
    placeIcon(this.button, this.icon, b.iconPosition);
    this.shortcut(b.shortcut, this.button);
    const kind = b.type === "primary" || b.type === "tertiary" ? b.type : "secondary";
    const cls = `stb-btn stb-btn-${kind}`;
    if (this.button.className !== cls) this.button.className = cls;
    this.button.disabled = c?.disabled ?? false;
    setAttr(this.button, "title", c?.help || null);
    toggleClass(this.el, "stb-submit", b.isFormSubmitter);
  }

  destroy(): void {
    this.shortcut("");
    if (this.submitsForm) this.ctx.widgets.setSubmitter(this.submitsForm, null);
    this.id = this.ctx.widgets.follow(this.id, "");
  }
}
