/**
 * Which URLs from user text may become links and images: the one check markdown links and
 * images and st.link_button share (a module of its own, so a component that only needs the
 * check does not pull in the markdown parser).
 */

/**
 * Neutralises javascript:, vbscript: and data: URLs (images may use data:image/ rasters).
 * Browsers ignore tabs/newlines/control chars inside schemes, so strip them before checking.
 */
export function safeUrl(url: string, image = false): string | null {
  let probe = url;
  try {
    probe = decodeURIComponent(url); // "java%0ascript:" must not slip through either
  } catch {
    // malformed escapes: check the raw text
  }
  probe = probe
    .replace(/&#(x[0-9a-f]{1,6}|\d{1,7});?/gi, (_m, n: string) => {
      const cp = n[0] === "x" || n[0] === "X" ? parseInt(n.slice(1), 16) : Number(n);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
    })
    .replace(/&(colon|tab|newline);?/gi, (_m, n: string) => ({ colon: ":", tab: "\t", newline: "\n" })[n.toLowerCase()] ?? "")
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, "")
    .toLowerCase();
  if (/^(javascript|vbscript|file):/.test(probe)) return null;
  if (probe.startsWith("data:")) return image && /^data:image\/(png|gif|jpe?g|webp|avif);/.test(probe) ? url : null;
  return url;
}
