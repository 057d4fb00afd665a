/**
 * Lazy chunk: st.graphviz_chart, DOT laid out and drawn as SVG by Graphviz compiled to
 * WebAssembly (@viz-js/viz). Links in the drawing (DOT's URL/href attributes) keep only http(s),
 * mailto and in-page targets, so a graph cannot carry a javascript: URL into the page. Layout
 * errors (bad DOT) are shown in place of the graph.
 */
import { instance } from "@viz-js/viz";
import type { GraphvizChart } from "../gen/stbundle";

const SAFE_LINK = /^(https?:|mailto:|#)/i;

function dropUnsafeLinks(svg: SVGSVGElement): void {
  for (const node of Array.from(svg.querySelectorAll("*"))) {
    for (const attr of ["href", "xlink:href"]) {
      const value = node.getAttribute(attr);
      if (value !== null && !SAFE_LINK.test(value.trim())) node.removeAttribute(attr);
    }
  }
}

/** Draws the graph into `host` (replacing what it showed). */
export async function render(host: HTMLElement, p: GraphvizChart): Promise<void> {
  const viz = await instance();
  host.setAttribute("role", "figure");
  host.setAttribute("aria-label", p.alt || "Graph");
  try {
    const svg = viz.renderSVGElement(p.spec, { engine: p.engine || "dot" });
    dropUnsafeLinks(svg);
    svg.style.maxWidth = "100%";
    svg.style.height = "auto";
    host.replaceChildren(svg);
  } catch (err) {
    const message = document.createElement("div");
    message.setAttribute("role", "alert");
    message.style.cssText = "color:var(--stb-err-fg);background:var(--stb-err-bg);padding:.5rem .75rem;border-radius:.5rem";
    message.textContent = `The graph could not be drawn: ${err instanceof Error ? err.message : String(err)}`;
    host.replaceChildren(message);
  }
}
