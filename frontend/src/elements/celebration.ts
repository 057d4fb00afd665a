/**
 * st.balloons / st.snow: the element takes no space; each update (each run that draws it)
 * floats emoji across the page in an overlay that ignores the pointer and removes itself.
 * With prefers-reduced-motion the emoji appear still and fade, so the cue is not lost.
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { Celebration } from "../gen/stbundle";
import { addStyle } from "../widgets/chunk_style";

/** Its stylesheet, added by the lazy chunk (the core stylesheet every page loads stays small):
 * an overlay that never takes clicks. */
const CSS =
  ".stb-celebration { position: fixed; inset: 0; pointer-events: none; overflow: hidden; z-index: 1000; }" +
  ".stb-celebration-piece { position: absolute; font-size: 2.5rem; animation: 3.5s ease-in both; }" +
  ".stb-balloons .stb-celebration-piece { bottom: -3rem; animation-name: stb-rise; }" +
  ".stb-snow .stb-celebration-piece { top: -3rem; font-size: 1.5rem; animation-name: stb-fall; animation-timing-function: linear; }" +
  "@keyframes stb-rise { to { transform: translateY(-120vh); } }" +
  "@keyframes stb-fall { to { transform: translateY(120vh); } }" +
  "@keyframes stb-fade { 0%, 70% { opacity: 1; } to { opacity: 0; } }" +
  "@media (prefers-reduced-motion: reduce) {" +
  ".stb-balloons .stb-celebration-piece { bottom: 40%; }" +
  ".stb-snow .stb-celebration-piece { top: 30%; }" +
  ".stb-celebration-piece { animation-name: stb-fade !important; }" +
  "}";

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
    addStyle("stb-celebration-css", CSS);
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
