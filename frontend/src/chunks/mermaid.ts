/**
 * Lazy chunk: Mermaid diagrams (st.mermaid_chart, ```mermaid fences in markdown) drawn with
 * mermaid.js. Mermaid runs with securityLevel "strict" and SVG text labels: a label is text,
 * never HTML, and diagrams cannot bind clicks to scripts. The diagram is an image named by the source's
 * `%% stAlt:` line (st.mermaid_chart's alt), else by its type ("Mermaid flowchart").
 */
import mermaid from "mermaid";

let initialised = false;
let count = 0;

function setUp(): void {
  if (initialised) return;
  const forced = document.documentElement.getAttribute("data-stb-theme");
  const dark = forced === "dark" || (forced === null && matchMedia("(prefers-color-scheme: dark)").matches);
  // SVG text labels (no HTML labels in foreignObject): a label is text, whatever it contains.
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    theme: dark ? "dark" : "default",
  });
  initialised = true;
}

function accessibleName(source: string): string {
  const alt = /^\s*%%\s*stAlt\s*:(.*)$/m.exec(source)?.[1]?.trim();
  if (alt) return alt;
  let kind = "diagram";
  try {
    kind = mermaid.detectType(source).replace(/-v2$/, "").replace(/Diagram$/, "");
  } catch {
    // an unknown diagram type: the generic name
  }
  return `Mermaid ${kind}`;
}

/** Replaces the `<pre><code class="language-mermaid">` block holding `code` by its diagram. */
export async function draw(code: HTMLElement): Promise<void> {
  const pre = code.parentElement;
  if (!pre || pre.dataset.stbMermaid) return;
  pre.dataset.stbMermaid = "drawing";
  const source = code.textContent ?? "";
  setUp();
  const id = `stb-mermaid-${++count}`;
  try {
    const { svg } = await mermaid.render(id, source);
    const figure = document.createElement("div");
    figure.className = "stb-mermaid";
    figure.setAttribute("role", "img");
    figure.setAttribute("aria-label", accessibleName(source));
    figure.innerHTML = svg; // mermaid's own output, sanitised by it under securityLevel "strict"
    pre.replaceWith(figure);
  } catch (err) {
    // Mermaid leaves its scratch element (with an error drawing) in the body on failure.
    document.getElementById(`d${id}`)?.remove();
    document.getElementById(id)?.remove();
    pre.dataset.stbMermaid = "failed";
    const note = document.createElement("p");
    note.className = "stb-mermaid-error";
    note.textContent = `This Mermaid diagram could not be drawn: ${err instanceof Error ? err.message : String(err)}`;
    pre.after(note);
  }
}
