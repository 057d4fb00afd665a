/**
 * st.download_button: a click saves the session media file under its name (the URL comes from
 * the media channel: an HTTP route in serve mode, a Blob URL in a static build) and, unless
 * on_click="ignore", sends a one-run trigger.
 */
import type { Component } from "../component";
import { h, setText } from "../dom";
import type { DownloadButton } from "../gen/stbundle";
import { mediaUrl } from "../media";
import type { WidgetCtx } from "./base";
import { buttonShortcut, placeIcon } from "./button_shortcut";

export class DownloadButtonWidget implements Component<DownloadButton> {
  readonly el = h("div", "stb-widget stb-button stb-download-button");
  private readonly button = h("button", "stb-btn");
  private readonly icon = h("span", "stb-btn-icon");
  private readonly text = h("span");
  private readonly problem = h("div", "stb-widget-error");
  private p: DownloadButton | null = null;
  private id = "";
  private readonly shortcut = buttonShortcut(() => {
    if (!this.button.disabled) this.button.click();
  });

  constructor(private readonly ctx: WidgetCtx) {
    this.button.type = "button";
    this.icon.setAttribute("aria-hidden", "true");
    this.button.append(this.icon, this.text);
    this.problem.setAttribute("role", "alert");
    this.problem.hidden = true;
    this.el.append(this.button, this.problem);
    this.button.addEventListener("click", () => void this.save());
  }

  private async save(): Promise<void> {
    const p = this.p;
    if (!p || !p.mediaId) return;
    const rerun = p.rerun && this.id;
    try {
      const a = h("a");
      a.href = await mediaUrl(p.mediaId);
      a.download = p.fileName;
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      this.problem.hidden = true;
    } catch (err) {
      setText(this.problem, `The file could not be downloaded: ${String(err)}`);
      this.problem.hidden = false;
    }
    if (rerun) this.ctx.widgets.trigger(this.id, this.ctx.node.fragmentId);
  }

  update(p: DownloadButton): void {
    this.p = p;
    const c = p.common;
    this.id = this.ctx.widgets.follow(this.id, c?.id ?? "");
    setText(this.text, c?.label ?? "");
    setText(this.icon, p.icon);
    this.icon.hidden = !p.icon;
    placeIcon(this.button, this.icon, p.iconPosition);
    this.shortcut(p.shortcut, this.button);
    const kind = p.type === "primary" || p.type === "tertiary" ? p.type : "secondary";
    const cls = `stb-btn stb-btn-${kind}`;
    if (this.button.className !== cls) this.button.className = cls;
    const disabled = (c?.disabled ?? false) || !p.mediaId;
    if (this.button.disabled !== disabled) this.button.disabled = disabled;
  }

  destroy(): void {
    this.shortcut("");
    this.id = this.ctx.widgets.follow(this.id, "");
  }
}
