/** st.iframe, components.v1.html / .iframe: a shell; the lazy `iframe` chunk sandboxes and fills it. */
import type { Component } from "../component";
import { chunkView } from "../chunk_view";
import { h } from "../dom";
import type { IFrame } from "../gen/stbundle";
import type * as IFrameChunk from "../chunks/iframe";

export class IFrameEl implements Component<IFrame> {
  readonly el = h("iframe", "stb-iframe");
  private readonly frame = chunkView(this.el, "iframe", (m: typeof IFrameChunk) => new m.Frame(this.el));

  update(p: IFrame): void {
    this.frame.draw((f) => f.update(p));
  }

  destroy(): void {
    this.frame.destroy((f) => f.destroy());
  }
}
