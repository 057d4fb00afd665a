/** st.space: empty space; CSS gives it height in a column and width in a row. */
import type { Component } from "../component";
import { h } from "../dom";
import type { Space } from "../gen/stbundle";

export class SpaceEl implements Component<Space> {
  readonly el = h("div", "stb-space");

  update(p: Space): void {
    this.el.toggleAttribute("data-stretch", p.size === "stretch");
    this.el.style.setProperty("--stb-space", p.rem ? `${p.rem}rem` : `${p.pixels}px`);
  }
}
