/**
 * st.chat_message: one message of a chat — an avatar (the preset icon for user/assistant, an
 * emoji, an image URL, or the name's first letter) beside the message's content.
 */
import type { BlockComponent } from "./component";
import { h, setAttr, setText } from "./dom";
import type * as MediaRefChunk from "./chunks/media_ref";
import { Block_ChatMessage_AvatarType, type Block_ChatMessage } from "./gen/stbundle";
import { loadChunk } from "./lazy";

const PRESET_ICONS: Record<string, string> = { user: "🧑", assistant: "🤖" };

export class ChatMessageBlock implements BlockComponent<Block_ChatMessage> {
  readonly el = h("div", "stb-chat-message");
  readonly container = h("div", "stb-block stb-vertical stb-chat-content");
  private readonly avatar = h("div", "stb-chat-avatar");

  constructor() {
    this.el.setAttribute("role", "group");
    this.avatar.setAttribute("aria-hidden", "true");
    this.el.append(this.avatar, this.container);
  }

  update(p: Block_ChatMessage): void {
    setAttr(this.el, "aria-label", `Chat message from ${p.name}`);
    setAttr(this.el, "data-name", p.name);
    // An image: a URL, or a session media file (a local file, PIL image, array or bytes),
    // loaded by a small lazy chunk (the media channel's rules: an unchanged source is kept).
    if (p.avatarType === Block_ChatMessage_AvatarType.IMAGE) {
      let img = this.avatar.querySelector("img");
      if (!img) this.avatar.replaceChildren((img = h("img")));
      img.alt = "";
      void loadChunk<typeof MediaRefChunk>("media_ref").then((m) => m.loadRef(img, p.avatarImage));
      return;
    }
    let text: string;
    if (p.avatarType === Block_ChatMessage_AvatarType.EMOJI) text = p.avatar;
    else if (PRESET_ICONS[p.avatar]) text = PRESET_ICONS[p.avatar] as string;
    else text = (p.name.trim()[0] ?? "?").toUpperCase(); // other names, and material icons we lack
    if (this.avatar.firstElementChild) this.avatar.replaceChildren();
    setText(this.avatar, text);
    setAttr(this.avatar, "data-kind", p.avatar in PRESET_ICONS ? p.avatar : null);
  }
}
