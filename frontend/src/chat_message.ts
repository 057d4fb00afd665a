/**
 * st.chat_message: one message of a chat — an avatar (the preset icon for user/assistant, an
 * emoji, an image URL, or the name's first letter) beside the message's content.
 */
import type { BlockComponent } from "./component";
import { h, setAttr, setText } from "./dom";
import { Block_ChatMessage_AvatarType, type Block_ChatMessage } from "./gen/stbundle";

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
    const image = p.avatarType === Block_ChatMessage_AvatarType.IMAGE && /^(https?:|data:image\/)/.test(p.avatar);
    if (image) {
      let img = this.avatar.querySelector("img");
      if (!img) this.avatar.replaceChildren((img = h("img")));
      if (img.getAttribute("src") !== p.avatar) img.src = p.avatar;
      img.alt = "";
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
