/**
 * Lazy chunk: LaTeX with KaTeX (st.latex, and $...$ / $$...$$ in markdown). Formulas are drawn
 * as KaTeX's HTML for the eye plus its MathML for screen readers; a formula KaTeX cannot parse
 * shows its source in the error colour (with KaTeX's message as a tooltip), never breaking the
 * page. KaTeX's stylesheet is added once; its fonts sit beside this file (chunks/katex/), so
 * neither mode fetches anything from a CDN.
 */
import katex from "katex";
import css from "katex/dist/katex.min.css";

let styled = false;

function addStyle(): void {
  styled = true;
  const fonts = new URL("katex/", import.meta.url).href;
  const style = document.createElement("style");
  style.id = "stb-katex-css";
  style.textContent = css.replace(/url\(fonts\//g, `url(${fonts}`);
  document.head.append(style);
}

/** A formula as HTML (KaTeX escapes the source itself). */
export function renderMath(tex: string, display: boolean): string {
  if (!styled) addStyle();
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, output: "htmlAndMathml" });
}
