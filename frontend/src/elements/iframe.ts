/** st.iframe, components.v1.html / .iframe: a shell; the lazy `iframe` chunk sandboxes and fills it. */
import type { Component } from "../component";
import { h } from "../dom";
import type { IFrame } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import type * as IFrameChunk from "../chunks/iframe";

export class IFrameEl implements Component<IFrame> {
  readonly el = h("iframe", "stb-iframe");
  private frame?: Promise<IFrameChunk.Frame>;

  update(p: IFrame): void {
    this.frame ??= loadChunk<typeof IFrameChunk>("iframe").then((m) => new m.Frame(this.el));
    void this.frame.then((f) => f.update(p));
  }

  destroy(): void {
    void this.frame?.then((f) => f.destroy());
  }
}
