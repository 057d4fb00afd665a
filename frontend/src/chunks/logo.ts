/**
 * Lazy chunk: st.logo. The image (or emoji / Material icon) at the top of the sidebar, and
 * the icon image (else the same) in the page's corner, which CSS shows only while the sidebar is
 * closed or absent. Once a logo message came, the core hands the run start/end messages here
 * too: the logo is kept while complete runs send it, and a complete run without it removes it
 * (fragment runs change nothing), as in Streamlit.
 */
import { h, setAttr } from "../dom";
import { ScriptFinished_Status as Done, type ForwardMsg, type Logo, type MediaRef } from "../gen/stbundle";
import { materialIconCss } from "../material_icons";
import { loadRef, safeLink } from "../media_refs";
import { addStyle } from "../widgets/chunk_style";

const CSS = `
${materialIconCss(import.meta.url)}
.stb-logo-side{margin:-2rem 0 1.5rem}
.stb-logo-corner{position:fixed;top:.5rem;left:1rem;z-index:20}
.stb-has-sidebar .stb-logo-corner{left:3rem}
.stb-has-sidebar:not(.stb-sidebar-collapsed) .stb-logo-corner{display:none}
.stb-logo img{display:block;max-width:15rem;width:auto}
.stb-logo-text{display:inline-block;line-height:1}
`;
const HEIGHTS: Record<string, string> = { small: "1.25rem", medium: "1.5rem", large: "2rem" };

function paint(node: HTMLElement, image: MediaRef | undefined, text: string, p: Logo): void {
  const link = p.link ? safeLink(p.link) : null;
  let holder = node.firstElementChild as HTMLElement | null;
  if (!holder || holder.tagName !== (link ? "A" : "SPAN")) node.replaceChildren((holder = h(link ? "a" : "span")));
  if (link) {
    setAttr(holder, "href", link);
    setAttr(holder, "target", "_blank");
    setAttr(holder, "rel", "noopener noreferrer");
  }
  const height = HEIGHTS[p.size] ?? "1.5rem";
  if (text) {
    // An emoji, or a Material Symbols icon drawn from its name by the icon font.
    const icon = /^:material\/(\w+):$/.exec(text)?.[1];
    let span = holder.querySelector<HTMLElement>(".stb-logo-text");
    if (!span) holder.replaceChildren((span = h("span")));
    span.className = icon ? "stb-logo-text stb-icon" : "stb-logo-text";
    span.textContent = icon ?? text;
    span.style.fontSize = height;
    setAttr(span, "aria-hidden", "true");
    setAttr(holder, "aria-label", "Logo");
    setAttr(holder, "role", link ? null : "img");
    return;
  }
  setAttr(holder, "aria-label", null);
  setAttr(holder, "role", null);
  let img = holder.querySelector("img");
  if (!img) holder.replaceChildren((img = h("img")));
  img.alt = "Logo";
  img.style.height = height;
  loadRef(img, image);
}

function show(sidebar: HTMLElement, frame: HTMLElement, p: Logo | null): void {
  let side = sidebar.querySelector<HTMLElement>(":scope > .stb-logo-side");
  let corner = frame.querySelector<HTMLElement>(":scope > .stb-logo-corner");
  if (!p) {
    side?.remove();
    corner?.remove();
    return;
  }
  addStyle("stb-logo-css", CSS);
  if (!side) sidebar.prepend((side = h("div", "stb-logo stb-logo-side")));
  if (!corner) frame.append((corner = h("div", "stb-logo stb-logo-corner")));
  paint(side, p.image, p.imageText, p);
  const own = p.iconImage || p.iconText;
  paint(corner, own ? p.iconImage : p.image, own ? p.iconText : p.imageText, p);
}

let seen = false;
let shown = false;

export function logoMessage(sidebar: HTMLElement, frame: HTMLElement, msg: ForwardMsg): void {
  const t = msg.type;
  if (t?.$case === "logo") {
    seen = shown = true;
    show(sidebar, frame, t.value);
  } else if (t?.$case === "scriptStarted" && !t.value.fragmentIds.length) seen = false;
  else if (t?.$case === "scriptFinished" && shown && !seen) {
    if (t.value.status === Done.FINISHED_SUCCESSFULLY || t.value.status === Done.FINISHED_WITH_ERROR) {
      shown = false;
      show(sidebar, frame, null);
    }
  }
}
