/**
 * st.image, st.audio and st.video: lazy components (their module is a chunk of its own, loaded
 * the first time one is drawn). Sources come through media_refs.ts; nodes are patched in place,
 * so an unchanged source is never reloaded on a rerun. Captions are markdown.
 */
import type { Component } from "../component";
import { h, setAttr, setText } from "../dom";
import type { ImageList, MediaPlayer, MediaRef } from "../gen/stbundle";
import { loadRef, safeLink } from "../media_refs";
import { addStyle } from "../widgets/chunk_style";

const CSS = `
.stb-imgs{display:flex;flex-wrap:wrap;gap:.5rem}
.stb-imgs figure{margin:0;max-width:100%}
.stb-imgs img{display:block;max-width:100%;height:auto}
.stb-imgs:is([data-width=stretch],[data-width=px]) :is(figure,img){width:100%}
.stb-imgs figcaption{color:var(--stb-muted);font-size:.875rem;text-align:center;margin-top:.25rem}
.stb-media-player{display:block;width:100%}
iframe.stb-media-player{aspect-ratio:16/9;border:0}
`;

/** The core's markdown renderer (captions are markdown, as in Streamlit 1.67). */
const setMarkdown = (globalThis as { stbSetMarkdown?: (el: HTMLElement, body: string, allowHtml: boolean, inline: boolean) => void })
  .stbSetMarkdown;

function altText(ref: MediaRef, fallback: string): string {
  return ref.decorative ? "" : ref.alt || ref.caption || fallback;
}

/** One figure per image (with its caption), side by side; a single image may be a link. */
export class ImageListEl implements Component<ImageList> {
  readonly el = h("div", "stb-imgs");

  constructor() {
    addStyle("stb-media-css", CSS);
  }

  update(p: ImageList): void {
    const link = p.imgs.length === 1 && p.link ? safeLink(p.link) : null;
    while (this.el.children.length > p.imgs.length) this.el.lastElementChild?.remove();
    p.imgs.forEach((ref, i) => {
      let figure = this.el.children[i] as HTMLElement | undefined;
      if (!figure) this.el.append((figure = h("figure")));
      const img = figure.querySelector("img") ?? h("img");
      img.alt = altText(ref, p.imgs.length > 1 ? `Image ${i + 1}` : "Image");
      setAttr(img, "role", ref.decorative ? "presentation" : null);
      loadRef(img, ref);
      // The image, inside a link when one was given.
      let holder: HTMLElement = figure;
      if (link) {
        const a = figure.querySelector("a") ?? h("a");
        setAttr(a, "href", link);
        setAttr(a, "target", "_blank");
        setAttr(a, "rel", "noopener noreferrer");
        if (a.parentElement !== figure) figure.prepend(a);
        holder = a;
      } else figure.querySelector("a")?.remove();
      if (img.parentElement !== holder) holder.prepend(img);
      let caption = figure.querySelector("figcaption");
      if (ref.caption) {
        if (!caption) figure.append((caption = h("figcaption")));
        if (setMarkdown) setMarkdown(caption, ref.caption, false, true);
        else setText(caption, ref.caption);
      } else caption?.remove();
    });
  }
}

/** A native player honouring start/end times and a loop between them (or YouTube's player). */
class Player implements Component<MediaPlayer> {
  readonly el = h("div", "stb-media");
  private media: HTMLMediaElement | HTMLIFrameElement | null = null;
  private p: MediaPlayer | null = null;

  constructor(private readonly kind: "audio" | "video") {
    addStyle("stb-media-css", CSS);
  }

  update(p: MediaPlayer): void {
    const prev = this.p;
    this.p = p;
    if (p.youtube) return this.youtube(p);
    let media = this.media;
    if (!(media instanceof HTMLMediaElement)) {
      media = h(this.kind, "stb-media-player");
      media.controls = true;
      media.preload = "metadata";
      media.addEventListener("loadedmetadata", () => this.seekStart());
      media.addEventListener("timeupdate", () => this.checkEnd());
      media.addEventListener("ended", () => this.again());
      this.el.replaceChildren(media);
      this.media = media;
    }
    setAttr(media, "aria-label", p.source?.alt || null);
    media.autoplay = p.autoplay;
    media.muted = p.muted;
    // A plain loop is the browser's; a loop between start and end times is ours (again()).
    media.loop = p.loop && !p.startTime && !p.endTime;
    this.tracks(media, p.subtitles);
    loadRef(media, p.source);
    if (prev && prev.startTime !== p.startTime && media.readyState > 0) this.seekStart();
  }

  private tracks(media: HTMLMediaElement, subtitles: MediaRef[]): void {
    const existing = Array.from(media.querySelectorAll("track"));
    existing.slice(subtitles.length).forEach((t) => t.remove());
    subtitles.forEach((ref, i) => {
      let track = existing[i];
      if (!track) media.append((track = h("track")));
      track.kind = "subtitles";
      track.label = ref.caption;
      track.default = i === 0;
      loadRef(track, ref);
    });
  }

  private seekStart(): void {
    if (this.media instanceof HTMLMediaElement && this.p) this.media.currentTime = this.p.startTime;
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
    const embed = "https://www.youtube.com/embed/";
    const base = p.source?.url ?? "";
    if (!base.startsWith(embed)) return;
    const id = base.slice(embed.length);
    const q = new URLSearchParams();
    if (p.startTime) q.set("start", String(p.startTime));
    if (p.endTime) q.set("end", String(p.endTime));
    if (p.loop) (q.set("loop", "1"), q.set("playlist", id));
    if (p.autoplay) q.set("autoplay", "1");
    if (p.muted) q.set("mute", "1");
    let frame = this.media;
    if (!(frame instanceof HTMLIFrameElement)) {
      frame = h("iframe", "stb-media-player");
      frame.allow = "autoplay; encrypted-media; picture-in-picture";
      frame.allowFullscreen = true;
      this.el.replaceChildren(frame);
      this.media = frame;
    }
    frame.title = p.source?.alt || "YouTube video";
    const src = `${base}${q.size ? `?${q}` : ""}`;
    if (frame.getAttribute("src") !== src) frame.src = src;
  }
}

export class AudioEl extends Player {
  constructor() {
    super("audio");
  }
}

export class VideoEl extends Player {
  constructor() {
    super("video");
  }
}
