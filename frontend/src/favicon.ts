/**
 * The browser tab's icon (st.set_page_config(page_icon=), a page's icon), in the lazy
 * page_chrome chunk: the core renderer does not carry it.
 */
import { h } from "./dom";

/** An emoji icon becomes an SVG favicon; anything else is used as a (relative) URL. */
export function setFavicon(icon: string): void {
  let link = document.querySelector<HTMLLinkElement>("link[rel~='icon']");
  if (!link) {
    link = h("link");
    link.rel = "icon";
    document.head.append(link);
  }
  const isUrl = /[./]/.test(icon) && !/^\p{Extended_Pictographic}/u.test(icon);
  link.href = isUrl
    ? icon
    : `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&]/g, "")}</text></svg>`)}`;
}
