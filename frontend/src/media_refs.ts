/**
 * Loading a MediaRef (a URL used as it is, or a session media file whose URL the page's media
 * channel gives) into an <img>, <audio>, <video>, <track> or <iframe>, for the lazy media
 * modules (st.image/st.audio/st.video and st.logo). Stateless: each lazy module bundles its copy.
 */
import type { MediaRef } from "./gen/stbundle";
import { mediaUrl } from "./media";

/** A link target the page may follow: http(s) or mailto, never javascript: and the like. */
export function safeLink(link: string): string | null {
  try {
    const url = new URL(link, document.baseURI);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The URL a MediaRef loads from: its own, or its media file's on this page's channel. */
export function refUrl(ref: MediaRef | undefined): Promise<string> {
  if (!ref) return Promise.resolve("");
  if (ref.url) return Promise.resolve(ref.url);
  return ref.mediaId ? mediaUrl(ref.mediaId) : Promise.resolve("");
}

/** Sets `src` once the URL is known, unless a newer source replaced it meanwhile; an unchanged
 * source is left alone, so a rerun never reloads it. A file the session no longer has: no src. */
export function loadRef(el: HTMLImageElement | HTMLMediaElement | HTMLTrackElement, ref: MediaRef | undefined): void {
  const key = ref ? `${ref.url}\0${ref.mediaId}` : "";
  if (el.dataset["src"] === key) return;
  el.dataset["src"] = key;
  refUrl(ref).then(
    (url) => {
      if (el.dataset["src"] === key && url && el.getAttribute("src") !== url) el.setAttribute("src", url);
    },
    () => {
      if (el.dataset["src"] === key) el.removeAttribute("src");
    },
  );
}
