/**
 * st.pdf: a scrolling box of the document's pages. This module is a lazy component; the pages
 * are drawn by the lazy `pdfjs` chunk (pdf.js, its worker beside it), fetched only by pages that
 * show a PDF. A rerun with the same document leaves the drawn pages alone; a new document under
 * the same `key` keeps the reader's scroll position.
 */
import type { Component } from "../component";
import { h, setAttr } from "../dom";
import type { PdfViewer } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import { refUrl } from "../media_refs";
import type * as PdfChunk from "../chunks/pdfjs";

export class PdfEl implements Component<PdfViewer> {
  readonly el = h("div", "stb-pdf");
  private readonly pages = h("div", "stb-pdf-pages");
  private shown = "";
  private key = "";
  private drawing: { cancel(): void } | null = null;

  constructor() {
    this.el.setAttribute("role", "document");
    this.el.tabIndex = 0; // the reader scrolls it with the keyboard
    this.el.append(this.pages);
  }

  update(p: PdfViewer): void {
    const file = p.file;
    setAttr(this.el, "aria-label", file?.alt || "PDF document");
    const doc = `${file?.url ?? ""}\0${file?.mediaId ?? ""}`;
    const keepScroll = p.key !== "" && p.key === this.key;
    this.key = p.key;
    if (doc === this.shown) return;
    this.shown = doc;
    const top = keepScroll ? this.el.scrollTop : 0;
    this.drawing?.cancel();
    this.el.setAttribute("aria-busy", "true");
    const drawing = { cancelled: false, cancel: () => (drawing.cancelled = true) };
    this.drawing = drawing;
    Promise.all([loadChunk<typeof PdfChunk>("pdfjs"), refUrl(file)])
      .then(([chunk, url]) => chunk.drawPdf(this.pages, url, () => drawing.cancelled))
      .then(
        () => {
          if (drawing.cancelled) return;
          this.el.scrollTop = top;
          this.el.removeAttribute("aria-busy");
        },
        (err: unknown) => {
          if (drawing.cancelled) return;
          this.el.removeAttribute("aria-busy");
          const why = err instanceof Error ? err.message : String(err);
          this.pages.replaceChildren(h("p", "stb-pdf-error", `The PDF could not be shown: ${why}`));
        },
      );
  }

  destroy(): void {
    this.drawing?.cancel();
  }
}
