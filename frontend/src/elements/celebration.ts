/**
 * st.balloons / st.snow: the element takes no space; each update (each run that draws it)
 * floats emoji across the page in an overlay that ignores the pointer and removes itself.
 * With prefers-reduced-motion the emoji appear still and fade, so the cue is not lost.
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { Celebration } from "../gen/stbundle";

const COUNT = 24;
const DURATION_MS = 3500;

export class CelebrationEl implements Component<Celebration> {
  readonly el = h("div", "stb-celebration-anchor");

  constructor(private readonly kind: "balloons" | "snow") {
    this.el.hidden = true;
  }

  update(p: Celebration): void {
    if (p.show) this.play();
  }

  private play(): void {
    const layer = h("div", `stb-celebration stb-${this.kind}`);
    layer.setAttribute("aria-hidden", "true");
    const symbol = this.kind === "balloons" ? "\u{1F388}" : "\u2744\uFE0F";
    for (let i = 0; i < COUNT; i++) {
      const piece = h("span", "stb-celebration-piece", symbol);
      piece.style.left = `${(i * 97) % 100}%`;
      piece.style.animationDelay = `${(i * 137) % 1200}ms`;
      layer.append(piece);
    }
    document.body.append(layer);
    setTimeout(() => layer.remove(), DURATION_MS + 1200);
  }
}

export class BalloonsEl extends CelebrationEl {
  constructor() {
    super("balloons");
  }
}

export class SnowEl extends CelebrationEl {
  constructor() {
    super("snow");
  }
}
