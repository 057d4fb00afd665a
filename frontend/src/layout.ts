/**
 * Applies an element's or block's Layout (width, height, text alignment, wrapping) to the node
 * the tree mounts, so no component sizes itself: one place for every kind. Unset fields leave
 * the kind's own CSS in charge.
 */
import type { Layout } from "./gen/stbundle";
import { setAttr, toggleClass } from "./dom";

function px(n: number): string {
  return `${n}px`;
}

export function applyLayout(el: HTMLElement, layout: Layout | undefined): void {
  const w = layout?.width;
  const hgt = layout?.height;
  setAttr(el, "data-width", w ? (w.$case === "widthPixels" ? "px" : w.$case === "widthContent" ? "content" : "stretch") : null);
  setAttr(el, "data-height", hgt ? (hgt.$case === "heightPixels" ? "px" : hgt.$case === "heightContent" ? "content" : "stretch") : null);
  const width = w?.$case === "widthPixels" ? px(w.value) : "";
  if (el.style.width !== width) el.style.width = width;
  const height = hgt?.$case === "heightPixels" ? px(hgt.value) : "";
  if (el.style.height !== height) el.style.height = height;
  const align = layout?.textAlignment ?? "";
  if (el.style.textAlign !== align) el.style.textAlign = align;
  toggleClass(el, "stb-nowrap", layout?.noWrap ?? false);
}
