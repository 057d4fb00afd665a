/**
 * st.chat_input: a message box. Enter (or the send button) submits the text as a one-run trigger
 * (string_trigger_value) and clears the box; Shift+Enter starts a new line. Empty text is not sent.
 * submit_mode "disable" keeps the box disabled, and "stop" turns the send button into a Stop
 * button, until the run the message started has ended. With accept_file a paperclip attaches
 * files; with accept_audio a microphone button records a voice message, sent (as WAV, with the
 * box's text) when the recording is stopped. Both live in the lazy `uploads` chunk.
 */
import type { Component } from "../component";
import { h, setAttr, setText } from "../dom";
import type { ChatInput, UploadedFileInfo } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import { mediaChannel } from "../media";
import type * as UploadsChunk from "../chunks/uploads";
import type { WidgetCtx } from "./base";

export class ChatInputWidget implements Component<ChatInput> {
  readonly el = h("div", "stb-widget stb-chat-input");
  private readonly field = h("textarea");
  private readonly send = h("button", "stb-chat-send", "➤");
  private id = "";
  private submitMode = "submit";
  /** A submitted message's run is under way (submit_mode "disable" or "stop"). */
  private busy = false;
  private disabled = false;
  /** accept_file: the attachments (lazy `uploads` chunk); a promise while it loads. */
  private files: UploadsChunk.ChatAttachments | Promise<void> | null = null;
  /** accept_audio: the voice recorder (lazy `uploads` chunk); a promise while it loads. */
  private voice: UploadsChunk.ChatVoice | Promise<void> | null = null;
  private readonly error = h("div", "stb-widget-error");
  private proto: ChatInput | null = null;

  constructor(private readonly ctx: WidgetCtx) {
    this.field.rows = 1;
    this.send.type = "button";
    this.send.setAttribute("aria-label", "Send message");
    this.error.setAttribute("role", "alert");
    this.error.hidden = true;
    this.el.append(this.field, this.send, this.error);
    this.field.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.submit();
      }
    });
    this.field.addEventListener("input", () => this.syncSend());
    this.send.addEventListener("click", () => (this.busy && this.submitMode === "stop" ? stopRun() : this.submit()));
  }

  private attached(): UploadsChunk.ChatAttachments | undefined {
    return this.files instanceof Promise ? undefined : (this.files ?? undefined);
  }

  private recorder(): UploadsChunk.ChatVoice | undefined {
    return this.voice instanceof Promise ? undefined : (this.voice ?? undefined);
  }

  private say(message: string): void {
    setText(this.error, message);
    this.error.hidden = !message;
  }

  private syncSend(): void {
    const stop = this.busy && this.submitMode === "stop";
    const fieldOff = this.disabled || (this.busy && this.submitMode === "disable");
    if (this.field.disabled !== fieldOff) this.field.disabled = fieldOff;
    if (this.proto) this.recorder()?.update(this.proto, fieldOff || stop);
    const text = this.field.value.trim() !== "";
    const off = !stop && (fieldOff || !(this.attached()?.canSend(text) ?? text));
    if (this.send.disabled !== off) this.send.disabled = off;
    setAttr(this.send, "aria-label", stop ? "Stop" : "Send message");
    setText(this.send, stop ? "■" : "➤");
  }

  /** Sends the box's text, the attached files and (a recording just stopped) `audio`. */
  private submit(audio?: UploadedFileInfo): void {
    this.syncSend();
    if (!this.id || (this.send.disabled && !audio) || this.busy) return;
    const text = this.field.value;
    this.field.value = "";
    let files = this.attached()?.take();
    if (audio) files = { files: files?.files ?? [], audio };
    if (this.submitMode !== "submit") {
      this.busy = true;
      afterRun(() => {
        this.busy = false;
        this.syncSend();
      });
    }
    this.syncSend();
    this.ctx.widgets.fire(this.id, this.ctx.node.fragmentId, { $case: "stringTriggerValue", value: text }, files);
  }

  update(p: ChatInput): void {
    const c = p.common;
    this.id = this.ctx.widgets.follow(this.id, c?.id ?? "");
    const placeholder = c?.label ?? "";
    setAttr(this.field, "placeholder", placeholder);
    setAttr(this.field, "aria-label", placeholder || "Chat message");
    setAttr(this.field, "maxlength", p.maxChars ? String(p.maxChars) : null);
    if (c?.setValue) this.field.value = p.value;
    const disabled = (this.disabled = c?.disabled ?? false);
    this.submitMode = p.submitMode || "submit";
    this.proto = p;
    if (p.acceptAudio && !this.voice) {
      this.voice = loadChunk<typeof UploadsChunk>("uploads").then((m) => {
        const send = (audio: UploadedFileInfo): void => this.submit(audio);
        this.voice = m.chatVoice(this.el, mediaChannel(), () => this.id, send, (msg) => this.say(msg));
        this.syncSend();
      });
    }
    if (p.acceptFile && !this.files) {
      this.files = loadChunk<typeof UploadsChunk>("uploads").then((m) => {
        this.files = m.chatAttachments(this.el, mediaChannel(), () => this.id, () => this.syncSend());
        this.files.update(p, this.field.disabled);
      });
    }
    this.attached()?.update(p, disabled);
    this.syncSend();
  }

  destroy(): void {
    this.recorder()?.destroy();
    this.id = this.ctx.widgets.follow(this.id, "");
  }
}

/**
 * Calls `done` when the script run under way ends: the page's running indicator (status.ts)
 * goes from shown to hidden. Records keep each change, so a run too short to be seen shown still
 * counts once it is over.
 */
function afterRun(done: () => void): void {
  const indicator = document.querySelector<HTMLElement>(".stb-running");
  if (!indicator) return done();
  const watch = new MutationObserver((records) => {
    if (indicator.hidden && records.some((r) => r.oldValue === null)) {
      watch.disconnect();
      done();
    }
  });
  watch.observe(indicator, { attributeFilter: ["hidden"], attributeOldValue: true });
}

/** The page's Stop button (status.ts) stops the run, as the status corner's own does. */
function stopRun(): void {
  document.querySelector<HTMLButtonElement>(".stb-running .stb-stop")?.click();
}
