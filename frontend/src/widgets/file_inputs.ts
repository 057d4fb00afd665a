/**
 * st.file_uploader, st.camera_input, st.audio_input: shells in the core that hand the newest
 * proto to the lazy `uploads` chunk's component once it has arrived (the chooser, camera and
 * recorder live there), passing it the page's upload channel.
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { AudioInput, CameraInput, FileUploader } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import { mediaChannel } from "../media";
import type * as UploadsChunk from "../chunks/uploads";
import type { WidgetCtx } from "./base";

type Kind = Parameters<typeof UploadsChunk.create>[0];

abstract class UploadShell<T> implements Component<T> {
  readonly el = h("div");
  protected abstract readonly kind: Kind;
  private inner: Component<T> | Promise<unknown> | null = null;
  private last: T | null = null;

  constructor(private readonly ctx: WidgetCtx) {}

  update(p: T): void {
    this.last = p;
    if (this.inner && !(this.inner instanceof Promise)) this.inner.update(p);
    else
      this.inner ??= loadChunk<typeof UploadsChunk>("uploads").then(
        (m) => {
          if (!this.inner) return; // destroyed meanwhile
          const inner = (this.inner = m.create(this.kind, this.ctx, mediaChannel()) as unknown as Component<T>);
          this.el.append(inner.el);
          if (this.last) inner.update(this.last);
        },
        () => (this.el.textContent = "This widget could not be loaded."),
      );
  }

  destroy(): void {
    if (this.inner && !(this.inner instanceof Promise)) this.inner.destroy?.();
    this.inner = null;
  }
}

export class FileUploaderWidget extends UploadShell<FileUploader> {
  protected readonly kind = "file_uploader";
}

export class CameraInputWidget extends UploadShell<CameraInput> {
  protected readonly kind = "camera_input";
}

export class AudioInputWidget extends UploadShell<AudioInput> {
  protected readonly kind = "audio_input";
}
