/**
 * Lazy chunk: st.iframe, components.v1.html / .iframe. The frame is sandboxed WITHOUT the page's
 * origin, so the
 * embedded HTML's scripts run inside it and can never reach the app's page, cookies or storage.
 * HTML given inline gets a small script that reports its height, for height="content".
 * Only http(s), data: and same-site paths are loaded as URLs; anything else (javascript:...) is
 * refused.
 */
import { setAttr } from "../dom";
import type { IFrame } from "../gen/stbundle";

const SANDBOX = "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals";
const MEASURE = "<script>new ResizeObserver(()=>parent.postMessage({stbFrameHeight:document.documentElement.scrollHeight},'*')).observe(document.documentElement)</script>";

export class Frame {
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
    if (p.srcdoc || !p.src) {
      const doc = MEASURE + p.srcdoc;
      if (this.el.srcdoc !== doc) this.el.srcdoc = doc;
      setAttr(this.el, "src", null);
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
