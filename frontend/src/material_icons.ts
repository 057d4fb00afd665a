/**
 * The Material Symbols font (the `material/` folder beside the lazy chunks) and the `.stb-icon`
 * class that draws `:material/name:` icons by ligature, for the lazy chunks that show icons.
 * `base` is the calling chunk's own URL (its import.meta.url): the font sits beside it.
 */
export function materialIconCss(base: string): string {
  const font = new URL("material/material-symbols-rounded.woff2", base).href;
  return `@font-face{font-family:"Material Symbols Rounded";font-style:normal;font-weight:400;font-display:block;src:url(${font}) format("woff2")}
.stb-icon{font-family:"Material Symbols Rounded";font-weight:normal;font-style:normal;font-size:1.2em;line-height:1;letter-spacing:normal;text-transform:none;display:inline-block;white-space:nowrap;direction:ltr;font-feature-settings:"liga";vertical-align:-.2em;overflow:hidden;max-width:1.2em}`;
}
