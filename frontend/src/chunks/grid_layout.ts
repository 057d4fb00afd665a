/**
 * Lazy chunk: st.grid's CSS grid. With a column count and `wrap`, the grid shows at most that
 * many columns and drops one before cells would get narrower than min_column_width; without
 * `wrap` it keeps the count and scrolls sideways; "auto" fits as many as the minimum allows.
 */
import { gapCss } from "../layout";
import type { Block_Grid, Block_GridCell } from "../gen/stbundle";

// Styled here (not in the core CSS): only pages with a grid pay for it.
const CSS = `
.stb-block.stb-grid { display: grid; grid-template-columns: var(--stb-grid-cols); row-gap: var(--stb-grid-row-gap); column-gap: var(--stb-grid-col-gap); align-items: var(--stb-grid-align, stretch); }
.stb-grid[data-nowrap] { overflow-x: auto; }
.stb-grid[data-dense] { grid-auto-flow: row dense; }
.stb-grid[data-rows] { grid-auto-rows: var(--stb-grid-row-h); }
.stb-grid[data-rows] > * { overflow: auto; min-height: 0; }
.stb-grid > * { min-width: 0; }
.stb-grid[data-border] > * { border: 1px solid var(--stb-border); border-radius: .5rem; padding: 1rem; }
`;

let styled = false;
const ALIGN: Record<string, string> = { top: "start", center: "center", bottom: "end" };

export function grid(el: HTMLElement, p: Block_Grid): void {
  if (!styled) {
    styled = true;
    const style = document.createElement("style");
    style.textContent = CSS;
    document.head.append(style);
  }
  el.classList.add("stb-grid");
  const min = p.minColumnWidth ? `${p.minColumnWidth}px` : "12.5rem";
  const colGap = gapCss(p.columnGap) || "0px";
  let cols: string;
  if (!p.columns) cols = `repeat(auto-fill, minmax(min(100%, ${min}), 1fr))`;
  else if (!p.wrap) cols = `repeat(${p.columns}, minmax(${min}, 1fr))`;
  else {
    // At most `columns` tracks: each is at least the share of one of `columns` equal columns.
    const share = `calc((100% - ${p.columns - 1} * ${colGap}) / ${p.columns})`;
    cols = `repeat(auto-fill, minmax(min(100%, max(${min}, ${share})), 1fr))`;
  }
  const s = el.style;
  s.setProperty("--stb-grid-cols", cols);
  s.setProperty("--stb-grid-row-gap", gapCss(p.rowGap) || "0px");
  s.setProperty("--stb-grid-col-gap", colGap);
  s.setProperty("--stb-grid-align", ALIGN[p.verticalAlignment] ?? "stretch");
  s.setProperty("--stb-grid-row-h", `${p.rowHeight}px`);
  el.toggleAttribute("data-rows", p.rowHeight > 0);
  el.toggleAttribute("data-nowrap", !p.wrap);
  el.toggleAttribute("data-dense", p.dense);
  el.toggleAttribute("data-border", p.border);
  for (const c of [...el.classList]) if (c.startsWith("st-key-")) el.classList.remove(c);
  if (p.key) el.classList.add(`st-key-${p.key.trim().replace(/[^a-zA-Z0-9_-]/g, "-")}`);
}

export function cell(el: HTMLElement, p: Block_GridCell): void {
  el.style.gridColumn = p.columnSpanAll ? "1 / -1" : p.columnSpan > 1 ? `span ${p.columnSpan}` : "";
  el.style.gridRow = p.rowSpan > 1 ? `span ${p.rowSpan}` : "";
}
