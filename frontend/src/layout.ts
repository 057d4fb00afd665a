/**
 * Applies an element's or block's Layout (width, height, text alignment, wrapping, and for
 * blocks how the children flow) to the node the tree mounts, so no component sizes itself:
 * one place for every kind. Unset fields leave the kind's own CSS in charge.
 */
import type { Layout } from "./gen/stbundle";
import { setAttr, toggleClass } from "./dom";

/** Streamlit's gap sizes. */
const GAPS: Record<string, string> = {
  none: "0", xxsmall: ".25rem", xsmall: ".5rem", small: "1rem", medium: "2rem", large: "4rem",
  xlarge: "6rem", xxlarge: "8rem",
};

/** A gap as the runtime sends it (a size name, "none", or "<n>px") as CSS; "" when unknown. */
export function gapCss(gap: string): string {
  return GAPS[gap] ?? (/^\d+px$/.test(gap) ? gap : "");
}

// Streamlit's alignment words as flexbox values ("distribute" spreads along the main axis only).
const MAIN: Record<string, string> = {
  left: "flex-start", top: "flex-start", center: "center", right: "flex-end", bottom: "flex-end",
  distribute: "space-between",
};
const CROSS: Record<string, string> = {
  left: "flex-start", top: "flex-start", center: "center", right: "flex-end", bottom: "flex-end",
};

function style(el: HTMLElement, prop: "width" | "height" | "textAlign" | "gap" | "justifyContent" | "alignItems", value: string): void {
  if (el.style[prop] !== value) el.style[prop] = value;
}

function sizeKind(c: string | undefined): string | null {
  if (!c) return null;
  return c.endsWith("Pixels") ? "px" : c.endsWith("Content") ? "content" : "stretch";
}

export function applyLayout(el: HTMLElement, layout: Layout | undefined): void {
  const w = layout?.width;
  const hgt = layout?.height;
  setAttr(el, "data-width", sizeKind(w?.$case));
  setAttr(el, "data-height", sizeKind(hgt?.$case));
  style(el, "width", w?.$case === "widthPixels" ? `${w.value}px` : "");
  style(el, "height", hgt?.$case === "heightPixels" ? `${hgt.value}px` : "");
  style(el, "textAlign", layout?.textAlignment ?? "");
  setAttr(el, "data-nowrap", layout?.noWrap ? "" : null);
  setAttr(el, "data-autoscroll", layout?.autoscroll ? "" : null);
  // Blocks: a row or a column of children, their gap and alignment.
  const row = layout?.horizontal ?? false;
  toggleClass(el, "stb-flow-row", row);
  style(el, "gap", gapCss(layout?.gap ?? ""));
  const h = layout?.horizontalAlignment ?? "";
  const v = layout?.verticalAlignment ?? "";
  style(el, "justifyContent", (row ? MAIN[h] : MAIN[v]) ?? "");
  style(el, "alignItems", (row ? CROSS[v] : CROSS[h]) ?? "");
}
