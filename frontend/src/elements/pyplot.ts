/** st.pyplot: the figure as an image (inline data: URL), at most the element's width. */
import type { Component } from "../component";
import { h } from "../dom";
import type { Pyplot } from "../gen/stbundle";

export class PyplotEl implements Component<Pyplot> {
  readonly el = h("img", "stb-pyplot");

  update(p: Pyplot): void {
    if (this.el.src !== p.url) this.el.src = p.url;
    this.el.alt = p.decorative ? "" : p.alt || "Figure"; // alt="" given: decorative
    this.el.style.maxWidth = "100%";
  }
}
