/** st.logo in the core: once a logo message came, the page's logo and run start/end messages go
 * to the lazy `logo` chunk (in order), which keeps the logo while complete runs send it. */
import type * as LogoChunk from "./chunks/logo";
import type { ForwardMsg } from "./gen/stbundle";
import { loadChunk } from "./lazy";

export function logoMessage(sidebar: HTMLElement, frame: HTMLElement, msg: ForwardMsg): true {
  const kind = msg.type?.$case;
  if (kind === "logo" || kind === "scriptStarted" || kind === "scriptFinished") {
    void loadChunk<typeof LogoChunk>("logo").then((m) => m.logoMessage(sidebar, frame, msg));
  }
  return true;
}
