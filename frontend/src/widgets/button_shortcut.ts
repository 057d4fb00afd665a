/**
 * What st.button, st.download_button and st.link_button share beyond the click: the keyboard
 * shortcut (bound through the lazy "shortcuts" chunk, fetched by the first button that has one)
 * and the side of the label the icon sits on (`icon_position`).
 */
import type * as ShortcutsChunk from "../chunks/shortcuts";
import { setAttr } from "../dom";
import { loadChunk } from "../lazy";

/**
 * Keeps `press` bound to one keyboard shortcut (normalised by the runtime, "" none), announced on
 * `target` as aria-keyshortcuts. Calling the returned function with "" (and no target) unbinds it
 * for good: a chunk that arrives later does not bind a destroyed button.
 */
export function buttonShortcut(press: () => void): (shortcut: string, target?: HTMLElement) => void {
  let current = "";
  let unbind: (() => void) | null = null;
  return (shortcut, target) => {
    if (target) setAttr(target, "aria-keyshortcuts", shortcut || null);
    if (shortcut === current) return;
    unbind?.();
    unbind = null;
    current = shortcut;
    if (!shortcut) return;
    loadChunk<typeof ShortcutsChunk>("shortcuts").then((m) => {
      if (current === shortcut && !unbind) unbind = m.bindShortcut(shortcut, press);
    }, () => undefined); // unreachable chunk: the button still works by click
  };
}

/** icon_position="right": the icon follows the label; otherwise it leads. */
export function placeIcon(host: HTMLElement, icon: HTMLElement, position: string): void {
  const first = position !== "right";
  if ((host.firstChild === icon) === first) return;
  if (first) host.prepend(icon);
  else host.append(icon);
}
