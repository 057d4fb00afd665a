/**
 * st.link_button: a link drawn as a button, opening its URL in a new tab (javascript: and other
 * unsafe schemes are never followed). With an id (on_click "rerun" or a callable) the click also
 * sends a one-run trigger.
 */
import type { Component } from "../component";
import { h, setAttr, setText } from "../dom";
import type { LinkButton } from "../gen/stbundle";
import { safeUrl } from "../url_safety";
import type { WidgetCtx } from "./base";
import { buttonShortcut, placeIcon } from "./button_shortcut";

export class LinkButtonEl implements Component<LinkButton> {
  readonly el = h("div", "stb-widget stb-button stb-link-button");
  private readonly link = h("a", "stb-btn");
  private readonly icon = h("span", "stb-btn-icon");
  private readonly text = h("span");
  private id = "";
  private disabled = false;
  private readonly shortcut = buttonShortcut(() => {
    if (!this.disabled) this.link.click();
  });

  constructor(private readonly ctx: WidgetCtx) {
    this.link.target = "_blank";
    this.link.rel = "noopener noreferrer";
    this.icon.setAttribute("aria-hidden", "true");
    this.link.append(this.icon, this.text);
    this.el.append(this.link);
    this.link.addEventListener("click", (e) => {
      if (this.disabled) return e.preventDefault();
      if (this.id) this.ctx.widgets.trigger(this.id, this.ctx.node.fragmentId);
    });
  }

  update(p: LinkButton): void {
    const c = p.common;
    this.id = this.ctx.widgets.follow(this.id, c?.id ?? "");
    setText(this.text, c?.label ?? "");
    setText(this.icon, p.icon);
    this.icon.hidden = !p.icon;
    placeIcon(this.link, this.icon, p.iconPosition);
    this.shortcut(p.shortcut, this.link);
    const kind = p.type === "primary" || p.type === "tertiary" ? p.type : "secondary";
    const cls = `stb-btn stb-btn-${kind}`;
    if (this.link.className !== cls) this.link.className = cls;
    this.disabled = c?.disabled ?? false;
    setAttr(this.link, "href", this.disabled ? null : safeUrl(p.url));
    setAttr(this.link, "aria-disabled", this.disabled ? "true" : null);
    setAttr(this.link, "title", c?.help || null);
  }

  destroy(): void {
    this.shortcut("");
    this.id = this.ctx.widgets.follow(this.id, "");
  }
}
