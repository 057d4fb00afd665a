/**
 * Lazy chunk: keyboard shortcuts of buttons (`st.button(shortcut="Ctrl+K")`), fetched by the
 * first button that has one. The runtime sends them normalised ("ctrl+shift+k"); one document
 * listener matches key presses against the buttons in the page. Ctrl and Cmd count as the same
 * modifier, as in Streamlit. Plain keys do not fire while the user types in a field.
 */
const handlers = new Map<string, Set<() => void>>();
let listening = false;

const NAMED: Record<string, string> = {
  Enter: "enter", " ": "space", Tab: "tab", Escape: "escape", Backspace: "backspace",
  Delete: "delete", Home: "home", End: "end", PageUp: "pageup", PageDown: "pagedown",
  ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down",
};

/** "cmd+k" and "ctrl+k" are one shortcut. */
function canonical(shortcut: string): string {
  const parts = shortcut.split("+").map((p) => (p === "cmd" ? "ctrl" : p));
  const key = parts.pop() ?? "";
  return [...new Set(parts)].sort().concat(key).join("+");
}

function pressed(e: KeyboardEvent): string | null {
  let key = NAMED[e.key];
  if (!key && /^F\d{1,2}$/.test(e.key)) key = e.key.toLowerCase();
  if (!key && /^(Key[A-Z]|Digit\d)$/.test(e.code)) key = e.code.slice(-1).toLowerCase();
  if (!key) return null;
  const mods = [e.ctrlKey || e.metaKey ? "ctrl" : "", e.altKey ? "alt" : "", e.shiftKey ? "shift" : ""];
  return mods.filter(Boolean).sort().concat(key).join("+");
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

function onKey(e: KeyboardEvent): void {
  const combo = pressed(e);
  if (!combo || e.repeat) return;
  if (typing(e.target) && !(e.ctrlKey || e.metaKey || e.altKey)) return;
  const found = handlers.get(combo);
  if (!found?.size) return;
  e.preventDefault();
  for (const click of found) click();
}

/** Registers `click` for `shortcut`; returns the function that unregisters it. */
export function bindShortcut(shortcut: string, click: () => void): () => void {
  if (!listening) {
    document.addEventListener("keydown", onKey);
    listening = true;
  }
  const key = canonical(shortcut);
  let set = handlers.get(key);
  if (!set) handlers.set(key, (set = new Set()));
  set.add(click);
  return () => set.delete(click);
}
