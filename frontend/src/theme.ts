/**
 * Light/dark theme. CSS variables carry the palette; `data-stb-theme` on <html> forces a base,
 * and its absence (AUTO) lets the `prefers-color-scheme` media query decide.
 */
import { Theme_Base, type Theme } from "./gen/stbundle";

export function applyTheme(theme: Theme | undefined, doc: Document = document): void {
  const root = doc.documentElement;
  const base = theme?.base ?? Theme_Base.AUTO;
  if (base === Theme_Base.AUTO) root.removeAttribute("data-stb-theme");
  else root.setAttribute("data-stb-theme", base === Theme_Base.DARK ? "dark" : "light");
  if (theme?.primaryColor) root.style.setProperty("--stb-primary", theme.primaryColor);
  else root.style.removeProperty("--stb-primary");
}
