/**
 * Lazy chunk: the upload widgets (st.file_uploader, st.camera_input, st.audio_input) and the
 * attachments of st.chat_input(accept_file=...). A chosen file is checked here first (size,
 * type: Streamlit's messages), then handed to the session through the page's upload channel
 * (serve: an HTTP PUT; static build: bytes into the in-page runtime, which checks it again), and
 * the widget's value becomes the ids of the files it holds. The core passes the channel in: a
 * chunk has its own copy of core modules, so it must not read their state.
 */
import { h, setText } from "../dom";
import type {
  AudioInput,
  CameraInput,
  ChatInput,
  FileUploader,
  UploadedFileInfo,
  UploadedFiles,
  WidgetCommon,
} from "../gen/stbundle";
import { FileAccept } from "../gen/stbundle";
import type { MediaChannel } from "../media";
import { Widget, type WidgetCtx } from "../widgets/base";

const CSS = `
.stb-upload-zone { display: flex; align-items: center; justify-content: space-between; gap: .8rem; padding: 1rem; border-radius: .5rem; background: rgba(128,128,128,.1); }
.stb-upload-text { display: flex; flex-direction: column; gap: .2rem; }
.stb-upload-hint, .stb-upload-size, .stb-upload-status { opacity: .7; }
.stb-upload-input { display: none; }
.stb-upload-list { list-style: none; margin: .4rem 0 0; padding: 0; display: flex; flex-direction: column; gap: .3rem; }
.stb-upload-file { display: flex; flex-wrap: wrap; align-items: center; gap: .6rem; }
.stb-upload-name { overflow-wrap: anywhere; }
.stb-upload-remove, .stb-chat-attach, .stb-chat-voice { border: 0; background: transparent; color: inherit; cursor: pointer; font-size: 1.1rem; margin-left: auto; }
.stb-chat-attach, .stb-chat-voice { margin: 0; }
.stb-chat-voice[aria-pressed="true"] { color: #ff2b2b; }
.stb-chat-with-files { flex-wrap: wrap; }
.stb-chat-files { flex-basis: 100%; margin: 0; }
.stb-chat-files:empty { display: none; }
.stb-upload-file .stb-widget-error { flex-basis: 100%; }
.stb-camera-view, .stb-camera-photo { width: 100%; border-radius: .5rem; background: #000; }
.stb-camera-input, .stb-audio-input { display: flex; flex-direction: column; gap: .4rem; }
`;

/** The chunk's styles, added once (the core stylesheet stays small). */
function addStyle(): void {
  if (document.getElementById("stb-uploads-css")) return;
  const style = h("style");
  style.id = "stb-uploads-css";
  style.textContent = CSS;
  document.head.append(style);
}

/** How the widgets hand files to the session and free them. */
export interface Uploads {
  upload(widgetId: string, file: File): Promise<string>;
  drop(fileId: string): void;
}

/** The session's upload route (serve mode), next to the page like the socket. */
function route(session: string, ...parts: string[]): URL {
  return new URL(["upload", session, ...parts].map(encodeURIComponent).join("/"), document.baseURI);
}

/** Uploads through the page's channel: a static build's in-page session takes the bytes
 * itself; in serve mode they are PUT to the session's upload route. */
export function uploadsOf(channel: MediaChannel | null): Uploads {
  return {
    async upload(widgetId, file) {
      if (channel?.upload) return channel.upload(widgetId, file);
      if (!channel?.sessionId) throw new Error("This page has no session to upload to yet.");
      const url = route(channel.sessionId);
      url.searchParams.set("widget", widgetId);
      url.searchParams.set("name", file.webkitRelativePath || file.name);
      const type = file.type || "application/octet-stream";
      const res = await fetch(url, { method: "PUT", body: file, headers: { "Content-Type": type } });
      if (!res.ok) throw new Error((await res.text()) || `The upload failed (${res.status}).`);
      return ((await res.json()) as { file_id: string }).file_id;
    },
    drop(fileId) {
      if (channel?.dropUpload) channel.dropUpload(fileId);
      else if (channel?.sessionId) void fetch(route(channel.sessionId, fileId), { method: "DELETE" }).catch(() => {});
    },
  };
}

/** A chosen file as the widget lists it: uploading, held (with its id), or refused. */
interface Entry {
  name: string;
  size: number;
  fileId: string;
  error: string;
  row: HTMLElement;
}

/** Streamlit's size text: 1024-based units, one decimal ("7.0B", "1.2MB"). */
export function sizeText(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let n = bytes;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) (n /= 1024), i++;
  return `${n.toFixed(1)}${units[i]}`;
}

/** An extension's usual twin, listed once (Streamlit's pairs). */
const TWINS: Record<string, string> = { jpeg: "jpg", tiff: "tif", htm: "html", mpeg: "mpg", mpeg4: "mp4" };

/** The allowed types as Streamlit lists them under the drop zone: "CSV, JPG, image". */
export function typesText(types: readonly string[]): string {
  const shown = types.map((t) =>
    t.endsWith("/*") ? t.slice(0, -2) : t.includes("/") ? t : (TWINS[t.slice(1)] ?? t.slice(1)).toUpperCase(),
  );
  return [...new Set(shown)].join(", ");
}

/** The chooser's `accept` attribute for the normalised types (".csv", "image/*"). */
function acceptAttr(types: readonly string[]): string {
  return types.join(",");
}

/** Why this file may not be chosen ("" when it may): Streamlit's own messages. */
export function refusal(file: File, types: readonly string[], maxMb: number): string {
  if (maxMb > 0 && file.size > maxMb * 1024 * 1024) return `File must be ${maxMb.toFixed(1)}MB or smaller.`;
  if (!types.length) return "";
  const name = file.name.toLowerCase();
  const mime = (file.type || "").toLowerCase();
  const ok = types.some((t) =>
    t.startsWith(".") ? name.endsWith(t) : t.endsWith("/*") ? mime.startsWith(t.slice(0, -1)) : mime === t,
  );
  return ok ? "" : `${file.type || "application/octet-stream"} files are not allowed.`;
}

function filesValue(entries: readonly Entry[]): { $case: "fileUploaderStateValue"; value: { files: UploadedFileInfo[] } } {
  const files = entries.filter((e) => e.fileId).map((e) => ({ fileId: e.fileId, name: e.name, size: e.size }));
  return { $case: "fileUploaderStateValue", value: { files } };
}

/**
 * A list of chosen files with a remove button each; uploads run through `uploads` and
 * `changed` is called once every file has an answer.
 */
class FileList {
  readonly el = h("ul", "stb-upload-list");
  entries: Entry[] = [];
  private busy = 0;
  /** The held files changed since `changed` was last called. */
  private dirty = false;

  constructor(
    private readonly uploads: Uploads,
    private readonly changed: () => void,
  ) {}

  get uploading(): boolean {
    return this.busy > 0;
  }

  add(files: readonly File[], widgetId: string, types: readonly string[], maxMb: number, replace: boolean): void {
    if (replace && this.entries.some((e) => e.fileId)) this.dirty = true;
    if (replace) this.clear();
    for (const file of files) {
      const entry: Entry = { name: file.webkitRelativePath || file.name, size: file.size, fileId: "", error: "", row: h("li", "stb-upload-file") };
      this.entries.push(entry);
      entry.error = refusal(file, types, maxMb);
      this.draw(entry, entry.error ? "" : "Uploading…");
      if (entry.error) continue;
      this.busy++;
      this.uploads.upload(widgetId, file).then(
        (id) => {
          if (!this.entries.includes(entry)) return this.uploads.drop(id); // removed meanwhile
          entry.fileId = id;
          this.dirty = true;
          this.draw(entry, "");
        },
        (err: unknown) => {
          entry.error = err instanceof Error ? err.message : String(err);
          if (this.entries.includes(entry)) this.draw(entry, "");
        },
      ).finally(() => {
        this.busy--;
        this.settle();
      });
    }
    this.settle();
  }

  /** Once every upload has its answer: report a change of the held files, if there was one. */
  private settle(): void {
    if (this.busy || !this.dirty) return;
    this.dirty = false;
    this.changed();
  }

  remove(entry: Entry): void {
    this.entries = this.entries.filter((e) => e !== entry);
    entry.row.remove();
    if (entry.fileId) this.uploads.drop(entry.fileId);
  }

  clear(): void {
    for (const e of [...this.entries]) this.remove(e);
  }

  private draw(entry: Entry, status: string): void {
    const row = entry.row;
    row.replaceChildren();
    const name = h("span", "stb-upload-name", entry.name);
    const size = h("small", "stb-upload-size", sizeText(entry.size));
    row.append(name, size);
    if (status) row.append(h("small", "stb-upload-status", status));
    if (entry.error) {
      const err = h("div", "stb-widget-error", entry.error);
      err.setAttribute("role", "alert");
      row.append(err);
    }
    const x = h("button", "stb-upload-remove", "×");
    x.type = "button";
    x.setAttribute("aria-label", `Remove ${entry.name}`);
    x.addEventListener("click", () => {
      const had = entry.fileId !== "";
      this.remove(entry);
      if (had) this.changed();
    });
    row.append(x);
    if (!row.isConnected) this.el.append(row);
  }
}

/** st.file_uploader: a drop zone with a "Browse files" button and the list of files. */
class FileUploaderWidget extends Widget<FileUploader> {
  private readonly input = h("input");
  private readonly zone = h("div", "stb-upload-zone");
  private readonly browse = h("button", "stb-btn stb-btn-secondary", "Browse files");
  private readonly prompt = h("span");
  private readonly hint = h("small", "stb-upload-hint");
  private readonly list: FileList;
  private p: FileUploader | null = null;

  constructor(ctx: WidgetCtx, uploads: Uploads) {
    super(ctx, "stb-file-uploader");
    this.list = new FileList(uploads, () => this.commit(filesValue(this.list.entries)));
    this.input.type = "file";
    this.input.id = this.inputId;
    this.input.className = "stb-upload-input";
    this.browse.type = "button";
    this.browse.addEventListener("click", () => this.input.click());
    this.input.addEventListener("change", () => {
      const files = [...(this.input.files ?? [])];
      this.input.value = "";
      this.choose(files);
    });
    this.zone.addEventListener("dragover", (e) => e.preventDefault());
    this.zone.addEventListener("drop", (e) => {
      e.preventDefault();
      if (!this.input.disabled) this.choose([...(e.dataTransfer?.files ?? [])]);
    });
    const text = h("div", "stb-upload-text");
    text.append(this.prompt, this.hint);
    this.zone.append(text, this.browse, this.input);
    this.el.append(this.zone, this.list.el);
    this.ariaTargets = [this.input];
  }

  private choose(files: File[]): void {
    const p = this.p;
    if (!p || !files.length || !this.id) return;
    const chosen = p.multipleFiles ? files : files.slice(0, 1);
    this.list.add(chosen, this.id, p.type, p.maxUploadSizeMb, !p.multipleFiles);
  }

  protected apply(p: FileUploader, c: WidgetCommon): void {
    const idChanged = this.p !== null && this.p.common?.id !== c.id;
    this.p = p;
    if (idChanged) this.list.clear(); // a new widget identity starts empty, as the runtime's
    this.input.multiple = p.multipleFiles;
    this.input.webkitdirectory = p.acceptDirectory;
    const accept = acceptAttr(p.type);
    if (this.input.accept !== accept) this.input.accept = accept;
    const kinds = p.type.length ? ` • ${typesText(p.type)}` : "";
    setText(this.hint, `${p.maxUploadSizeMb}MB per file${kinds}`);
    const what = p.acceptDirectory ? "directories" : p.multipleFiles ? "files" : "a file";
    setText(this.prompt, `Drag and drop ${what} here`);
    setText(this.browse, p.acceptDirectory ? "Browse directories" : "Browse files");
    this.setDisabled([this.input, this.browse], c.disabled);
  }
}

/** The one-file widgets (camera, audio): what they share after a capture or recording. */
abstract class CaptureWidget<T extends { common?: WidgetCommon | undefined }> extends Widget<T> {
  protected readonly status = h("div", "stb-widget-error");
  protected held = "";
  protected url = "";

  constructor(ctx: WidgetCtx, cls: string, protected readonly uploads: Uploads) {
    super(ctx, cls, false); // the label names the group; its buttons keep their own names
    this.el.setAttribute("role", "group");
    this.el.setAttribute("aria-labelledby", this.label.id);
    this.status.setAttribute("role", "alert");
    this.status.hidden = true;
  }

  protected say(message: string): void {
    setText(this.status, message);
    this.status.hidden = !message;
  }

  /** Sends the captured file as the widget's value (replacing the one before). */
  protected async send(file: File): Promise<void> {
    if (!this.id) return;
    this.say("");
    try {
      const id = await this.uploads.upload(this.id, file);
      if (this.held) this.uploads.drop(this.held);
      this.held = id;
      this.commit({ $case: "fileUploaderStateValue", value: { files: [{ fileId: id, name: file.name, size: file.size }] } });
    } catch (err) {
      this.say(err instanceof Error ? err.message : String(err));
    }
  }

  protected forget(): void {
    if (this.held) this.uploads.drop(this.held);
    this.held = "";
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = "";
    this.commit({ $case: "fileUploaderStateValue", value: { files: [] } });
  }

  override destroy(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    super.destroy();
  }
}

/** st.camera_input: the camera's live view, "Take photo", then the photo and "Clear photo". */
class CameraInputWidget extends CaptureWidget<CameraInput> {
  private readonly video = h("video", "stb-camera-view");
  private readonly photo = h("img", "stb-camera-photo");
  private readonly take = h("button", "stb-btn stb-btn-secondary", "Take photo");
  private readonly clear = h("button", "stb-btn stb-btn-secondary", "Clear photo");
  private stream: MediaStream | null = null;
  private height = 0;
  private disabled = false;

  constructor(ctx: WidgetCtx, uploads: Uploads) {
    super(ctx, "stb-camera-input", uploads);
    this.video.muted = true;
    this.video.playsInline = true;
    this.photo.alt = "Captured photo";
    this.photo.hidden = true;
    this.clear.hidden = true;
    this.take.type = this.clear.type = "button";
    this.take.addEventListener("click", () => void this.capture());
    this.clear.addEventListener("click", () => {
      this.forget();
      this.photo.hidden = this.clear.hidden = true;
      this.video.hidden = this.take.hidden = false;
      void this.start();
    });
    this.el.append(this.video, this.photo, this.take, this.clear, this.status);
    this.ariaTargets = [this.el];
  }

  private async start(): Promise<void> {
    if (this.stream || this.disabled || this.held) return;
    try {
      const video: MediaTrackConstraints = this.height ? { height: { ideal: this.height } } : {};
      this.stream = await navigator.mediaDevices.getUserMedia({ video, audio: false });
      this.video.srcObject = this.stream;
      await this.video.play();
      this.say("");
    } catch (err) {
      this.say(`The camera could not be opened: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private stop(): void {
    for (const t of this.stream?.getTracks() ?? []) t.stop();
    this.stream = null;
  }

  private async capture(): Promise<void> {
    const v = this.video;
    if (!this.stream || !v.videoWidth) return;
    const canvas = document.createElement("canvas");
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext("2d")?.drawImage(v, 0, 0);
    const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, "image/jpeg", 0.92));
    if (!blob) return;
    this.stop();
    this.url = URL.createObjectURL(blob);
    this.photo.src = this.url;
    this.photo.hidden = this.clear.hidden = false;
    this.video.hidden = this.take.hidden = true;
    // Streamlit's name: camera-input-<ISO time with ":" as "_">.jpg
    const name = `camera-input-${new Date().toISOString().replace(/:/g, "_")}.jpg`;
    await this.send(new File([blob], name, { type: "image/jpeg" }));
  }

  protected apply(p: CameraInput, c: WidgetCommon): void {
    this.height = p.resolutionHeight;
    this.disabled = c.disabled;
    this.setDisabled([this.take, this.clear], c.disabled);
    if (c.disabled) this.stop();
    else void this.start();
  }

  override destroy(): void {
    this.stop();
    super.destroy();
  }
}

/** Mono 16-bit PCM WAV of `samples` at `rate`. */
export function encodeWav(samples: Float32Array, rate: number): Uint8Array<ArrayBuffer> {
  const out = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const text = (at: number, s: string): void => {
    for (let i = 0; i < s.length; i++) out.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, "RIFF");
  out.setUint32(4, 36 + samples.length * 2, true);
  text(8, "WAVEfmt ");
  out.setUint32(16, 16, true);
  out.setUint16(20, 1, true);
  out.setUint16(22, 1, true);
  out.setUint32(24, rate, true);
  out.setUint32(28, rate * 2, true);
  out.setUint16(32, 2, true);
  out.setUint16(34, 16, true);
  text(36, "data");
  out.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    out.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return new Uint8Array(out.buffer);
}

/** A recording (any format MediaRecorder made) as WAV at `rate` (0: its own rate). */
async function toWav(blob: Blob, rate: number): Promise<Uint8Array<ArrayBuffer>> {
  const decoded = await new AudioContext().decodeAudioData(await blob.arrayBuffer());
  const target = rate || decoded.sampleRate;
  const length = Math.max(1, Math.ceil(decoded.duration * target));
  const offline = new OfflineAudioContext(1, length, target);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination);
  source.start();
  return encodeWav((await offline.startRendering()).getChannelData(0), target);
}

/**
 * Records from the microphone until the returned recorder is stopped, then hands `done` the
 * recording as a WAV file at `rate` (0: the browser's rate), named as Streamlit names it:
 * <ISO minute with ":" as "-">_audio.wav. Throws when the microphone cannot be opened.
 */
async function recordWav(rate: number, done: (file: File | Error) => void): Promise<MediaRecorder> {
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (err) {
    throw new Error(`The microphone could not be opened: ${err instanceof Error ? err.message : String(err)}`);
  }
  const chunks: Blob[] = [];
  const recorder = new MediaRecorder(stream);
  recorder.ondataavailable = (e) => chunks.push(e.data);
  recorder.onstop = () => {
    for (const t of stream.getTracks()) t.stop();
    toWav(new Blob(chunks, { type: recorder.mimeType }), rate).then(
      (wav) => {
        const name = `${new Date().toISOString().slice(0, 16).replace(/:/g, "-")}_audio.wav`;
        done(new File([wav], name, { type: "audio/wav" }));
      },
      (err) => done(new Error(`The recording could not be read: ${err instanceof Error ? err.message : String(err)}`)),
    );
  };
  recorder.start();
  return recorder;
}

/** st.audio_input: "Record" / "Stop recording", then a player of the WAV and "Clear recording". */
class AudioInputWidget extends CaptureWidget<AudioInput> {
  private readonly record = h("button", "stb-btn stb-btn-secondary", "Record");
  private readonly clear = h("button", "stb-btn stb-btn-secondary", "Clear recording");
  private readonly player = h("audio", "stb-audio-player");
  private recorder: MediaRecorder | null = null;
  private rate = 0;

  constructor(ctx: WidgetCtx, uploads: Uploads) {
    super(ctx, "stb-audio-input", uploads);
    this.record.type = this.clear.type = "button";
    this.player.controls = true;
    this.player.hidden = this.clear.hidden = true;
    this.record.addEventListener("click", () => void (this.recorder ? this.recorder.stop() : this.begin()));
    this.clear.addEventListener("click", () => {
      this.forget();
      this.player.removeAttribute("src");
      this.player.hidden = this.clear.hidden = true;
    });
    this.el.append(this.record, this.player, this.clear, this.status);
    this.ariaTargets = [this.el];
  }

  private async begin(): Promise<void> {
    try {
      this.recorder = await recordWav(this.rate, (file) => {
        this.recorder = null;
        setText(this.record, "Record");
        if (file instanceof Error) this.say(file.message);
        else void this.finish(file);
      });
    } catch (err) {
      this.say(err instanceof Error ? err.message : String(err));
      return;
    }
    setText(this.record, "Stop recording");
  }

  private async finish(file: File): Promise<void> {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = URL.createObjectURL(file);
    this.player.src = this.url;
    this.player.hidden = this.clear.hidden = false;
    await this.send(file);
  }

  protected apply(p: AudioInput, c: WidgetCommon): void {
    this.rate = p.sampleRate ?? 0;
    this.setDisabled([this.record, this.clear], c.disabled);
  }

  override destroy(): void {
    this.recorder?.stop();
    super.destroy();
  }
}

/** The attachments of a chat input: a paperclip button, the chosen files above the box. */
export class ChatAttachments {
  private readonly input = h("input");
  private readonly button = h("button", "stb-chat-attach", "📎");
  private readonly list: FileList;
  private p: ChatInput | null = null;

  constructor(
    host: HTMLElement,
    uploads: Uploads,
    private readonly widgetId: () => string,
    changed: () => void,
  ) {
    this.list = new FileList(uploads, changed);
    this.input.type = "file";
    this.input.hidden = true;
    this.button.type = "button";
    this.button.setAttribute("aria-label", "Attach files");
    this.button.addEventListener("click", () => this.input.click());
    this.input.addEventListener("change", () => {
      const p = this.p;
      const files = [...(this.input.files ?? [])];
      this.input.value = "";
      if (!p || !files.length) return;
      const many = p.acceptFile !== FileAccept.FILES_ONE;
      this.list.add(many ? files : files.slice(0, 1), this.widgetId(), p.fileType, p.maxUploadSizeMb, !many);
    });
    host.classList.add("stb-chat-with-files");
    host.prepend(this.list.el, this.button, this.input);
    this.list.el.classList.add("stb-chat-files");
  }

  update(p: ChatInput, disabled: boolean): void {
    this.p = p;
    const hidden = p.acceptFile === FileAccept.FILES_NONE;
    this.button.hidden = this.list.el.hidden = hidden;
    this.button.disabled = disabled;
    this.input.multiple = p.acceptFile !== FileAccept.FILES_ONE;
    this.input.webkitdirectory = p.acceptFile === FileAccept.FILES_DIRECTORY;
    this.input.accept = acceptAttr(p.fileType);
  }

  /** Whether the message may be sent: every upload has its answer, and it has text or files. */
  canSend(hasText: boolean): boolean {
    return !this.list.uploading && (hasText || this.list.entries.some((e) => e.fileId));
  }

  /** The uploaded files for the message being sent (undefined: none); the list empties. */
  take(): UploadedFiles | undefined {
    const files = filesValue(this.list.entries).value.files;
    for (const e of [...this.list.entries]) {
      e.fileId = ""; // the message carries them now: removing the row must not free them
      this.list.remove(e);
    }
    return files.length ? { files } : undefined;
  }
}

/**
 * The voice messages of a chat input (accept_audio): a microphone button; pressed again it stops
 * the recording, which is uploaded as WAV and handed to `send` to go with the message.
 */
export class ChatVoice {
  private readonly button = h("button", "stb-chat-voice", "🎤");
  private recorder: MediaRecorder | null = null;
  private rate = 0;
  private gone = false;

  constructor(
    host: HTMLElement,
    private readonly uploads: Uploads,
    private readonly widgetId: () => string,
    private readonly send: (audio: UploadedFileInfo) => void,
    private readonly say: (message: string) => void,
  ) {
    this.button.type = "button";
    this.label(false);
    this.button.addEventListener("click", () => void (this.recorder ? this.recorder.stop() : this.begin()));
    host.querySelector(".stb-chat-send")?.before(this.button);
  }

  update(p: ChatInput, disabled: boolean): void {
    this.rate = p.audioSampleRate;
    this.button.hidden = !p.acceptAudio;
    this.button.disabled = disabled && !this.recorder;
  }

  private label(recording: boolean): void {
    this.button.setAttribute("aria-label", recording ? "Stop recording" : "Record a voice message");
    this.button.setAttribute("aria-pressed", String(recording));
    setText(this.button, recording ? "■" : "🎤");
  }

  private async begin(): Promise<void> {
    this.say("");
    try {
      this.recorder = await recordWav(this.rate, (file) => void this.finish(file));
    } catch (err) {
      this.say(err instanceof Error ? err.message : String(err));
      return;
    }
    this.label(true);
  }

  private async finish(file: File | Error): Promise<void> {
    this.recorder = null;
    this.label(false);
    if (this.gone) return; // the input left the page while it recorded
    try {
      if (file instanceof Error) throw file;
      const fileId = await this.uploads.upload(this.widgetId(), file);
      this.send({ fileId, name: file.name, size: file.size });
    } catch (err) {
      this.say(err instanceof Error ? err.message : String(err));
    }
  }

  destroy(): void {
    this.gone = true;
    this.recorder?.stop();
  }
}

export function chatVoice(
  host: HTMLElement,
  channel: MediaChannel | null,
  widgetId: () => string,
  send: (audio: UploadedFileInfo) => void,
  say: (message: string) => void,
): ChatVoice {
  addStyle();
  return new ChatVoice(host, uploadsOf(channel), widgetId, send, say);
}

export function create(
  kind: "file_uploader" | "camera_input" | "audio_input",
  ctx: WidgetCtx,
  channel: MediaChannel | null,
): Widget<never> {
  addStyle();
  const uploads = uploadsOf(channel);
  const made =
    kind === "file_uploader"
      ? new FileUploaderWidget(ctx, uploads)
      : kind === "camera_input"
        ? new CameraInputWidget(ctx, uploads)
        : new AudioInputWidget(ctx, uploads);
  return made as unknown as Widget<never>;
}

export function chatAttachments(
  host: HTMLElement,
  channel: MediaChannel | null,
  widgetId: () => string,
  changed: () => void,
): ChatAttachments {
  addStyle();
  return new ChatAttachments(host, uploadsOf(channel), widgetId, changed);
}
