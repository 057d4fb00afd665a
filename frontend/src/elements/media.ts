/**
 * st.image, st.audio, st.video and st.logo: core shells that hand each newer proto (and the
 * logo's messages) to the lazy `media` chunk together with the page's media channel (a chunk
 * has no copy of core state).
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { ForwardMsg, ImageList, MediaPlayer } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import { mediaUrl } from "../media";
import type * as MediaChunk from "../chunks/media";

const chunk = (): Promise<typeof MediaChunk> => loadChunk<typeof MediaChunk>("media");

class MediaShell<T extends ImageList | MediaPlayer> implements Component<T> {
  readonly el = h("div", "stb-media");
  private paint: ((p: T) => void) | null = null;
  private last: T | null = null;

  constructor(kind: MediaChunk.Kind) {
    chunk().then(
      (m) => {
        this.paint = m.painter(kind, this.el, mediaUrl);
        if (this.last) this.paint(this.last);
      },
      () => (this.el.textContent = "Media could not be loaded."),
    );
  }

  update(p: T): void {
    this.last = p;
    this.paint?.(p);
  }
}

export class ImageListEl extends MediaShell<ImageList> {
  constructor() {
    super("image");
  }
}

export class AudioEl extends MediaShell<MediaPlayer> {
  constructor() {
    super("audio");
  }
}

export class VideoEl extends MediaShell<MediaPlayer> {
  constructor() {
    super("video");
  }
}

/** st.logo: once a logo message came, every message goes to the chunk, which keeps the logo
 * while complete runs send it. Returns whether messages must keep going there. */
export function logoMessage(sidebar: HTMLElement, frame: HTMLElement, msg: ForwardMsg): true {
  void chunk().then((m) => m.logoMessage(sidebar, frame, msg, mediaUrl));
  return true;
}
