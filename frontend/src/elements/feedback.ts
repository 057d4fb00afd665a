/** Status elements: alerts, exceptions, progress, spinner, toast. */
import type { Component } from "../component";
import { h, setAttr, setText } from "../dom";
import { Alert_Format, type Alert, type Exception, type Progress, type Spinner, type Toast } from "../gen/stbundle";
import { setMarkdown } from "../markdown";

const ALERT: Record<Alert_Format, string> = {
  [Alert_Format.ERROR]: "error",
  [Alert_Format.WARNING]: "warning",
  [Alert_Format.INFO]: "info",
  [Alert_Format.SUCCESS]: "success",
};

export class AlertEl implements Component<Alert> {
  readonly el = h("div");
  private readonly icon = h("span", "stb-icon");
  private readonly main = h("div", "stb-alert-main");
  private readonly title = h("div", "stb-alert-title");
  private readonly body = h("div", "stb-alert-body");

  constructor() {
    this.main.append(this.title, this.body);
    this.el.append(this.icon, this.main);
  }

  update(p: Alert): void {
    const kind = ALERT[p.format] ?? "info";
    this.el.className = `stb-alert stb-alert-${kind}`;
    setAttr(this.el, "role", p.format === Alert_Format.ERROR ? "alert" : "status");
    setText(this.icon, p.icon);
    this.icon.hidden = !p.icon;
    setMarkdown(this.title, p.title, false, true);
    this.title.hidden = !p.title;
    setMarkdown(this.body, p.body);
  }
}

export class ExceptionEl implements Component<Exception> {
  readonly el = h("div", "stb-exception");
  private readonly head = h("div", "stb-exc-head");
  private readonly type = h("strong", "stb-exc-type");
  private readonly message = h("span", "stb-exc-message");
  private readonly where = h("div", "stb-exc-where");
  private readonly trace = h("pre", "stb-exc-trace");

  constructor() {
    this.head.append(this.type, this.message);
    this.el.append(this.head, this.where, this.trace);
  }

  update(p: Exception): void {
    this.el.classList.toggle("stb-exc-warning", p.isWarning);
    setAttr(this.el, "role", p.isWarning ? "status" : "alert");
    setText(this.type, p.type);
    setText(this.message, p.type && p.message ? `: ${p.message}` : p.message);
    const where = p.filename ? `File "${p.filename}"${p.lineno ? `, line ${p.lineno}` : ""}` : "";
    setText(this.where, p.stackTrace.length ? "" : where);
    this.where.hidden = !where || p.stackTrace.length > 0;
    setText(this.trace, p.stackTrace.join("\n"));
    this.trace.hidden = p.stackTrace.length === 0;
  }
}

export class ProgressEl implements Component<Progress> {
  readonly el = h("div", "stb-progress");
  private readonly text = h("div", "stb-progress-text");
  private readonly bar = h("div", "stb-progress-bar");
  private readonly fill = h("div", "stb-progress-fill");

  constructor() {
    this.bar.setAttribute("role", "progressbar");
    this.bar.setAttribute("aria-valuemin", "0");
    this.bar.setAttribute("aria-valuemax", "100");
    this.bar.append(this.fill);
    this.el.append(this.text, this.bar);
  }

  update(p: Progress): void {
    const v = Math.max(0, Math.min(100, p.value));
    setAttr(this.bar, "aria-valuenow", String(v));
    setAttr(this.bar, "aria-label", p.text || "Progress");
    this.fill.style.width = `${v}%`;
    setMarkdown(this.text, p.text, false, true);
    this.text.hidden = !p.text;
  }
}

export class SpinnerEl implements Component<Spinner> {
  readonly el = h("div", "stb-spinner");
  private readonly text = h("span");

  constructor() {
    this.el.setAttribute("role", "status");
    this.el.append(h("span", "stb-spin"), this.text);
  }

  update(p: Spinner): void {
    setMarkdown(this.text, p.text, false, true);
  }
}

/** A toast lives in the event root's stack; every write (each run) shows it again for its
 * duration (4 s "short", 10 s "long", or seconds), or until closed when the duration is 0. */
export class ToastEl implements Component<Toast> {
  readonly el = h("div", "stb-toast");
  private readonly icon = h("span", "stb-icon");
  private readonly body = h("div", "stb-toast-body");
  private readonly close = h("button", "stb-toast-close", "×");
  private timer = 0;

  constructor() {
    this.el.setAttribute("role", "status");
    this.close.type = "button";
    this.close.setAttribute("aria-label", "Close");
    this.close.addEventListener("click", () => this.dismiss());
    this.el.append(this.icon, this.body, this.close);
  }

  update(p: Toast): void {
    setText(this.icon, p.icon);
    this.icon.hidden = !p.icon;
    setMarkdown(this.body, p.body, false, true);
    this.el.hidden = false;
    clearTimeout(this.timer);
    if (p.durationSeconds > 0) this.timer = window.setTimeout(() => this.dismiss(), p.durationSeconds * 1000);
  }

  private dismiss(): void {
    this.el.hidden = true;
  }

  destroy(): void {
    clearTimeout(this.timer);
  }
}
