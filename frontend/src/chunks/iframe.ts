/**
 * Lazy chunk: st.iframe, components.v1.html / .iframe. The frame is sandboxed WITHOUT the page's
 * origin, so the
 * embedded HTML's scripts run inside it and can never reach the app's page, cookies or storage.
 * HTML given inline gets a small script that reports its height, for height="content".
 * Only http(s), data: and same-site paths are loaded as URLs; anything else (javascript:...) is
 * refused. A local file comes through the session's media channel (its viewer stays sandboxed,
 * so an SVG's scripts cannot reach the page either).
 */
import { setAttr } from "../dom";
import type { IFrame } from "../gen/stbundle";
import { mediaUrl } from "../media";

const SANDBOX = "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals";
const MEASURE = "<script>new ResizeObserver(()=>parent.postMessage({stbFrameHeight:document.documentElement.scrollHeight},'*')).observe(document.documentElement)</script>";

export class Frame {
  private want = "";
  private readonly measured = (e: MessageEvent): void => {
    const height = (e.data as { stbFrameHeight?: unknown } | null)?.stbFrameHeight;
    if (e.source !== this.el.contentWindow || typeof height !== "number") return;
    if (this.el.dataset.height === "content") this.el.style.height = `${Math.ceil(height)}px`;
  };

  constructor(private readonly el: HTMLIFrameElement) {
    el.setAttribute("sandbox", SANDBOX);
    addEventListener("message", this.measured);
  }

  update(p: IFrame): void {
    setAttr(this.el, "title", p.alt || "st.iframe");
    setAttr(this.el, "scrolling", p.scrolling ? "auto" : "no");
    setAttr(this.el, "tabindex", p.tabIndex === undefined ? null : String(p.tabIndex));
    const file = p.file?.mediaId;
    this.want = file ?? p.src;
    if (p.srcdoc || (!p.src && !file)) {
      const doc = MEASURE + p.srcdoc;
      if (this.el.srcdoc !== doc) this.el.srcdoc = doc;
      setAttr(this.el, "src", null);
    } else if (file) {
      // A session file (st.iframe(Path)): the media channel's URL, still sandboxed.
      setAttr(this.el, "srcdoc", null);
      void mediaUrl(file).then((url) => {
        if (this.want === file) setAttr(this.el, "src", url);
      }, () => undefined);
    } else {
      setAttr(this.el, "srcdoc", null);
      const url = new URL(p.src, document.baseURI);
      const ok = /^(https?|data):$/.test(url.protocol);
      setAttr(this.el, "src", ok ? url.href : null);
    }
  }

  destroy(): void {
    removeEventListener("message", this.measured);
  }
}
