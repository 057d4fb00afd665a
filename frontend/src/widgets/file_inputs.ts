/**
 * st.file_uploader, st.camera_input, st.audio_input: shells in the core that hand the newest
 * proto to the lazy `uploads` chunk's component once it has arrived (the chooser, camera and
 * recorder live there), passing it the page's upload channel.
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { AudioInput, CameraInput, FileUploader } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import { uploads } from "../media";
import type * as UploadsChunk from "../chunks/uploads";
import type { WidgetCtx } from "./base";

type Kind = Parameters<typeof UploadsChunk.create>[0];

class UploadShell<T> implements Component<T> {
  readonly el = h("div", "stb-upload-shell");
  private inner: Component<T> | null = null;
  private last: T | null = null;
  private gone = false;

  constructor(ctx: WidgetCtx, kind: Kind) {
    loadChunk<typeof UploadsChunk>("uploads").then(
      (m) => {
        if (this.gone) return;
        this.inner = m.create(kind, ctx, uploads) as unknown as Component<T>;
        this.el.append(this.inner.el);
        if (this.last !== null) this.inner.update(this.last);
      },
      () => (this.el.textContent = "This widget could not be loaded."),
    );
  }

  update(p: T): void {
    if (this.inner) this.inner.update(p);
    else this.last = p;
  }

  destroy(): void {
    this.gone = true;
    this.inner?.destroy?.();
  }
}

export class FileUploaderWidget extends UploadShell<FileUploader> {
  constructor(ctx: WidgetCtx) {
    super(ctx, "file_uploader");
  }
}

export class CameraInputWidget extends UploadShell<CameraInput> {
  constructor(ctx: WidgetCtx) {
    super(ctx, "camera_input");
  }
}

export class AudioInputWidget extends UploadShell<AudioInput> {
  constructor(ctx: WidgetCtx) {
    super(ctx, "audio_input");
  }
}
