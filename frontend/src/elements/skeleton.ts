/** st.skeleton: a shimmering placeholder box (the `with` form appears only after 0.5 s). */
import type { Component } from "../component";
import { h } from "../dom";
import type { Skeleton } from "../gen/stbundle";

export class SkeletonEl implements Component<Skeleton> {
  readonly el = h("div", "stb-skeleton");

  constructor() {
    this.el.setAttribute("role", "status");
    this.el.setAttribute("aria-label", "Loading");
  }

  update(p: Skeleton): void {
    this.el.toggleAttribute("data-delayed", p.delayed);
  }
}
