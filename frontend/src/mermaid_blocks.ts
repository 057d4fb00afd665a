/**
 * ```mermaid fences in markdown (st.mermaid_chart sends one, and apps may write them in
 * st.markdown, as in Streamlit) become diagrams: the lazy `mermaid` chunk draws each fence's
 * source as an SVG in its place. The fence shows as code until the chunk has drawn it, and stays
 * code (with a note) when the source is not a valid diagram.
 */
import { loadChunk } from "./lazy";
import type * as MermaidChunk from "./chunks/mermaid";

/** Draws the mermaid fences inside `el` (markdown just written into it). */
export function drawMermaidBlocks(el: HTMLElement): void {
  const blocks = el.querySelectorAll<HTMLElement>("pre > code.language-mermaid");
  if (!blocks.length) return;
  loadChunk<typeof MermaidChunk>("mermaid").then(
    (chunk) => {
      for (const code of blocks) if (code.isConnected || el.contains(code)) void chunk.draw(code);
    },
    () => undefined, // the fence stays readable as code
  );
}
