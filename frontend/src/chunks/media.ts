/**
 * Lazy chunk: st.image, st.audio, st.video and st.logo. Every source is a MediaRef: a URL used
 * as it is, or a session media file whose URL the page's media channel gives (an HTTP route in
 * serve mode, a Blob URL in a static build); the core passes its `mediaUrl` in, since a chunk
 * has no copy of the core's state. Nodes are patched in place: an unchanged source is never
 * reloaded on a rerun.
 */
import { ScriptFinished_Status as Done, type ForwardMsg, type ImageList, type Logo, type MediaPlayer, type MediaRef } from "../gen/stbundle";

export type MediaUrl = (id: string) => Promise<string>;
export type Kind = "image" | "audio" | "video";

const CSS = `
.stb-imgs{display:flex;flex-wrap:wrap;gap:.5rem}
.stb-imgs figure{margin:0;max-width:100%}
.stb-imgs img{display:block;max-width:100%;height:auto}
[data-width=stretch]>.stb-imgs figure,[data-width=stretch]>.stb-imgs img,[data-width=px]>.stb-imgs img{width:100%}
.stb-imgs figcaption{color:var(--stb-muted);font-size:.875rem;text-align:center;margin-top:.25rem}
.stb-media-player{display:block;width:100%}
iframe.stb-media-player{aspect-ratio:16/9;border:0}
.stb-logo-side{margin:-2rem 0 1.5rem}
.stb-logo-corner{position:fixed;top:.5rem;left:1rem;z-index:20}
.stb-has-sidebar .stb-logo-corner{left:3rem}
.stb-has-sidebar:not(.stb-sidebar-collapsed) .stb-logo-corner{display:none}
.stb-logo img{display:block;max-width:15rem;width:auto}
.stb-logo-text{display:inline-block;line-height:1}
`;

function addStyle(): void {
  if (document.getElementById("stb-media-css")) return;
  const style = document.createElement("style");
  style.id = "stb-media-css";
  style.textContent = CSS;
  document.head.append(style);
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  return el;
}

function attr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** A link target the page may follow: http(s) or mailto, never javascript: and the like. */
export function safeLink(link: string): string | null {
  try {
    const url = new URL(link, document.baseURI);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The URL to load for a ref ("" when it names nothing). */
export function refUrl(ref: MediaRef | undefined, mediaUrl: MediaUrl): Promise<string> {
  if (!ref) return Promise.resolve("");
  if (ref.url) return Promise.resolve(ref.url);
  return ref.mediaId ? mediaUrl(ref.mediaId) : Promise.resolve("");
}

/** Sets `src` once the URL is known, unless a newer source replaced it meanwhile. */
function load(el: HTMLImageElement | HTMLMediaElement | HTMLTrackElement | HTMLIFrameElement, ref: MediaRef | undefined, mediaUrl: MediaUrl): void {
  const key = ref ? `${ref.url}\0${ref.mediaId}` : "";
  if (el.dataset["src"] === key) return;
  el.dataset["src"] = key;
  refUrl(ref, mediaUrl).then(
    (url) => {
      if (el.dataset["src"] === key && url && el.getAttribute("src") !== url) el.setAttribute("src", url);
    },
    () => {
      if (el.dataset["src"] === key) el.removeAttribute("src");
    },
  );
}

function altText(ref: MediaRef, fallback: string): string {
  return ref.decorative ? "" : ref.alt || ref.caption || fallback;
}

class Images {
  private readonly box = make("div", "stb-imgs");

  constructor(
    host: HTMLElement,
    private readonly mediaUrl: MediaUrl,
  ) {
    host.append(this.box);
  }

  paint(p: ImageList): void {
    const link = p.imgs.length === 1 && p.link ? safeLink(p.link) : null;
    while (this.box.children.length > p.imgs.length) this.box.lastElementChild?.remove();
    p.imgs.forEach((ref, i) => {
      let figure = this.box.children[i] as HTMLElement | undefined;
      if (!figure) this.box.append((figure = make("figure")));
      let img = figure.querySelector("img");
      if (!img) img = make("img");
      img.alt = altText(ref, p.imgs.length > 1 ? `Image ${i + 1}` : "Image");
      attr(img, "role", ref.decorative ? "presentation" : null);
      load(img, ref, this.mediaUrl);
      // The image, inside a link when one was given.
      const holder = link ? (figure.querySelector("a") ?? make("a")) : figure;
      if (link && holder instanceof HTMLAnchorElement) {
        attr(holder, "href", link);
        attr(holder, "target", "_blank");
        attr(holder, "rel", "noopener noreferrer");
        if (holder.parentElement !== figure) figure.prepend(holder);
      } else figure.querySelector("a")?.remove();
      if (img.parentElement !== holder) holder.prepend(img);
      let caption = figure.querySelector("figcaption");
      if (ref.caption) {
        if (!caption) figure.append((caption = make("figcaption")));
        if (caption.textContent !== ref.caption) caption.textContent = ref.caption;
      } else caption?.remove();
    });
  }
}

/** A native player honouring start/end times and a loop between them (or YouTube's player). */
class Player {
  private media: HTMLMediaElement | HTMLIFrameElement | null = null;
  private p: MediaPlayer | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly kind: "audio" | "video",
    private readonly mediaUrl: MediaUrl,
  ) {}

  paint(p: MediaPlayer): void {
    const prev = this.p;
    this.p = p;
    if (p.youtube) return this.youtube(p);
    let media = this.media;
    if (!(media instanceof HTMLMediaElement)) {
      media = make(this.kind, "stb-media-player");
      media.controls = true;
      media.preload = "metadata";
      media.addEventListener("loadedmetadata", () => this.seekStart());
      media.addEventListener("timeupdate", () => this.checkEnd());
      media.addEventListener("ended", () => this.again());
      this.host.replaceChildren(media);
      this.media = media;
    }
    const source = p.source;
    attr(media, "aria-label", source?.alt || null);
    media.autoplay = p.autoplay;
    media.muted = p.muted;
    // A plain loop is the browser's; a loop between start and end times is ours (again()).
    media.loop = p.loop && !p.startTime && !p.endTime;
    this.tracks(media, p.subtitles);
    load(media, source, this.mediaUrl);
    if (prev && prev.startTime !== p.startTime && media.readyState > 0) this.seekStart();
  }

  private tracks(media: HTMLMediaElement, subtitles: MediaRef[]): void {
    const existing = Array.from(media.querySelectorAll("track"));
    existing.slice(subtitles.length).forEach((t) => t.remove());
    subtitles.forEach((ref, i) => {
      let track = existing[i];
      if (!track) media.append((track = make("track")));
      track.kind = "subtitles";
      track.label = ref.caption;
      track.default = i === 0;
      load(track, ref, this.mediaUrl);
    });
  }

  private seekStart(): void {
    const media = this.media;
    if (media instanceof HTMLMediaElement && this.p) media.currentTime = this.p.startTime;
  }

  private checkEnd(): void {
    const media = this.media;
    const p = this.p;
    if (!(media instanceof HTMLMediaElement) || !p?.endTime || media.currentTime < p.endTime) return;
    if (p.loop) this.again();
    else {
      media.pause();
      media.currentTime = p.endTime;
    }
  }

  private again(): void {
    const media = this.media;
    if (!(media instanceof HTMLMediaElement) || !this.p?.loop || media.loop) return;
    media.currentTime = this.p.startTime;
    void media.play().catch(() => undefined);
  }

  private youtube(p: MediaPlayer): void {
    const base = p.source?.url ?? "";
    if (!base.startsWith("https://www.youtube.com/embed/")) return;
    const id = base.slice("https://www.youtube.com/embed/".length);
    const q = new URLSearchParams();
    if (p.startTime) q.set("start", String(p.startTime));
    if (p.endTime) q.set("end", String(p.endTime));
    if (p.loop) (q.set("loop", "1"), q.set("playlist", id));
    if (p.autoplay) q.set("autoplay", "1");
    if (p.muted) q.set("mute", "1");
    let frame = this.media;
    if (!(frame instanceof HTMLIFrameElement)) {
      frame = make("iframe", "stb-media-player");
      frame.allow = "autoplay; encrypted-media; picture-in-picture";
      frame.allowFullscreen = true;
      this.host.replaceChildren(frame);
      this.media = frame;
    }
    frame.title = p.source?.alt || "YouTube video";
    const src = `${base}${q.size ? `?${q}` : ""}`;
    if (frame.getAttribute("src") !== src) frame.src = src;
  }
}

/** The painter of one element: called with each newer proto of it. */
export function painter(kind: Kind, host: HTMLElement, mediaUrl: MediaUrl): (p: ImageList | MediaPlayer) => void {
  addStyle();
  if (kind === "image") {
    const images = new Images(host, mediaUrl);
    return (p) => images.paint(p as ImageList);
  }
  const player = new Player(host, kind, mediaUrl);
  return (p) => player.paint(p as MediaPlayer);
}

const LOGO_HEIGHTS: Record<string, string> = { small: "1.25rem", medium: "1.5rem", large: "2rem" };

function logoNode(node: HTMLElement, image: MediaRef | undefined, text: string, p: Logo, mediaUrl: MediaUrl): void {
  const link = p.link ? safeLink(p.link) : null;
  let holder: HTMLElement = node.firstElementChild as HTMLElement;
  const wantTag = link ? "A" : "SPAN";
  if (!holder || holder.tagName !== wantTag) node.replaceChildren((holder = make(link ? "a" : "span")));
  if (holder instanceof HTMLAnchorElement && link) {
    attr(holder, "href", link);
    attr(holder, "target", "_blank");
    attr(holder, "rel", "noopener noreferrer");
  }
  const height = LOGO_HEIGHTS[p.size] ?? LOGO_HEIGHTS["medium"]!;
  if (text) {
    // An emoji, or a material icon's name (the page has no icon font).
    const shown = text.replace(/^:material\/(.*):$/, "$1").replace(/_/g, " ");
    let span = holder.querySelector<HTMLElement>(".stb-logo-text");
    if (!span) holder.replaceChildren((span = make("span", "stb-logo-text")));
    span.textContent = shown;
    span.style.fontSize = height;
    attr(holder, "aria-label", "Logo");
    return;
  }
  let img = holder.querySelector("img");
  if (!img) holder.replaceChildren((img = make("img")));
  img.alt = "Logo";
  img.style.height = height;
  load(img, image, mediaUrl);
}

/** Shows the app's logo (null: removes it): at the top of the sidebar, and the icon image in the
 * page's corner, which CSS shows only while the sidebar is closed or absent. */
function logo(sidebar: HTMLElement, frame: HTMLElement, p: Logo | null, mediaUrl: MediaUrl): void {
  addStyle();
  let side = sidebar.querySelector<HTMLElement>(":scope > .stb-logo-side");
  let corner = frame.querySelector<HTMLElement>(":scope > .stb-logo-corner");
  if (!p) {
    side?.remove();
    corner?.remove();
    return;
  }
  if (!side) sidebar.prepend((side = make("div", "stb-logo stb-logo-side")));
  if (!corner) frame.append((corner = make("div", "stb-logo stb-logo-corner")));
  logoNode(side, p.image, p.imageText, p, mediaUrl);
  const icon = p.iconImage || p.iconText ? p.iconImage : p.image;
  logoNode(corner, icon, p.iconImage || p.iconText ? p.iconText : p.imageText, p, mediaUrl);
}

let logoSeen = false;
let logoShown = false;

/** The page's messages once a logo came: the logo is kept while complete runs send it, and a
 * complete run without it removes it (fragment runs change nothing), as in Streamlit. */
export function logoMessage(sidebar: HTMLElement, frame: HTMLElement, msg: ForwardMsg, mediaUrl: MediaUrl): void {
  const t = msg.type;
  if (t?.$case === "logo") {
    logoSeen = logoShown = true;
    logo(sidebar, frame, t.value, mediaUrl);
  } else if (t?.$case === "scriptStarted" && !t.value.fragmentIds.length) logoSeen = false;
  else if (t?.$case === "scriptFinished" && logoShown && !logoSeen) {
    if (t.value.status === Done.FINISHED_SUCCESSFULLY || t.value.status === Done.FINISHED_WITH_ERROR) {
      logoShown = false;
      logo(sidebar, frame, null, mediaUrl);
    }
  }
}
