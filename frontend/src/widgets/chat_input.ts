/**
 * st.chat_input: a message box. Enter (or the send button) submits the text as a one-run trigger
 * (string_trigger_value) and clears the box; Shift+Enter starts a new line. Empty text is not sent.
 */
import type { Component } from "../component";
import { h, setAttr } from "../dom";
import type { ChatInput } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import { uploads } from "../media";
import type * as UploadsChunk from "../chunks/uploads";
import type { WidgetCtx } from "./base";

export class ChatInputWidget implements Component<ChatInput> {
  readonly el = h("div", "stb-widget stb-chat-input");
  private readonly field = h("textarea");
  private readonly send = h("button", "stb-chat-send", "➤");
  private id = "";
  /** accept_file: the attachments (lazy `uploads` chunk), once loaded. */
  private files: UploadsChunk.ChatAttachments | null = null;
  private loading = false;

  constructor(private readonly ctx: WidgetCtx) {
    this.field.rows = 1;
    this.send.type = "button";
    this.send.setAttribute("aria-label", "Send message");
    this.el.append(this.field, this.send);
    this.field.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.submit();
      }
    });
    this.field.addEventListener("input", () => this.syncSend());
    this.send.addEventListener("click", () => this.submit());
  }

  private syncSend(): void {
    const f = this.files;
    const off = this.field.disabled || (this.field.value.trim() === "" && !f?.count) || (f !== null && !f.ready);
    if (this.send.disabled !== off) this.send.disabled = off;
  }

  private submit(): void {
    const text = this.field.value;
    const f = this.files;
    if (!this.id || this.field.disabled || (text.trim() === "" && !f?.count) || (f && !f.ready)) return;
    this.field.value = "";
    const files = f?.take();
    this.syncSend();
    const value = { $case: "stringTriggerValue", value: text } as const;
    this.ctx.widgets.fire(this.id, this.ctx.node.fragmentId, value, files?.length ? { files } : undefined);
  }

  update(p: ChatInput): void {
    const c = p.common;
    const id = c?.id ?? "";
    if (id !== this.id) {
      if (this.id) this.ctx.widgets.detach(this.id);
      if (id) this.ctx.widgets.attach(id);
      this.id = id;
    }
    const placeholder = c?.label ?? "";
    setAttr(this.field, "placeholder", placeholder);
    setAttr(this.field, "aria-label", placeholder || "Chat message");
    setAttr(this.field, "maxlength", p.maxChars ? String(p.maxChars) : null);
    if (c?.setValue) this.field.value = p.value;
    const disabled = c?.disabled ?? false;
    if (this.field.disabled !== disabled) this.field.disabled = disabled;
    if (p.acceptFile && !this.files && !this.loading) {
      this.loading = true;
      void loadChunk<typeof UploadsChunk>("uploads").then((m) => {
        this.files = m.chatAttachments(this.el, uploads, () => this.id, () => this.syncSend());
        this.files.update(p, this.field.disabled);
      });
    }
    this.files?.update(p, disabled);
    this.syncSend();
  }

  destroy(): void {
    if (this.id) this.ctx.widgets.detach(this.id);
    this.id = "";
  }
}
