/**
 * Lazy chunk: st.pdf's pages, drawn with pdf.js. Each page is a canvas at the box's width (and
 * the device's pixel ratio) with pdf.js's text layer over it, so the text can be selected,
 * searched and read by assistive technology. pdf.js parses the document in its worker
 * (chunks/pdfjs/pdf.worker.js, shipped beside this chunk, never from a CDN), which fetches
 * from the same folder, only when a document needs them, the standard fonts it names without
 * embedding, Adobe's CMaps (CJK text), the JPEG 2000 / JBIG2 / CCITT fax image decoders and
 * colour management (wasm). Only drawing is used: no PDF scripts, forms or links run.
 */
import { GlobalWorkerOptions, getDocument, PDFWorker, TextLayer } from "pdfjs-dist";
import css from "./pdfjs.css";

let styled = false;
// One pdf.js worker for every document of the page (a worker per st.pdf fetched and parsed the
// 1.3 MB worker script again for each); documents are freed in it, the worker stays.
let worker: PDFWorker | undefined;

function style(): void {
  if (styled) return;
  styled = true;
  const sheet = document.createElement("style");
  sheet.textContent = css;
  document.head.append(sheet);
}

/** The URL of `path` in chunks/pdfjs/, the folder of files this chunk loads beside itself. */
function beside(path: string): string {
  return new URL(`pdfjs/${path}`, import.meta.url).href;
}

/** Draws every page of the document at `url` into `into` (replacing what it held); stops
 * between pages once `cancelled()` says a newer document replaced this one. */
export async function drawPdf(into: HTMLElement, url: string, cancelled: () => boolean): Promise<number> {
  style();
  GlobalWorkerOptions.workerSrc = beside("pdf.worker.js");
  if (!url) throw new Error("the document is no longer available");
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const data = new Uint8Array(await response.arrayBuffer());
  if (!worker || worker.destroyed) worker = new PDFWorker();
  const task = getDocument({
    data,
    worker,
    standardFontDataUrl: beside("standard_fonts/"),
    cMapUrl: beside("cmaps/"),
    cMapPacked: true,
    wasmUrl: beside("wasm/"),
    iccUrl: beside("iccs/"),
  });
  const doc = await task.promise;
  try {
    const width = Math.max(200, into.clientWidth || 600);
    const drawn: HTMLElement[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (cancelled()) return n - 1;
      const page = await doc.getPage(n);
      const scale = width / page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      const sheet = document.createElement("div");
      sheet.className = "stb-pdf-page";
      sheet.setAttribute("aria-label", `Page ${n} of ${doc.numPages}`);
      sheet.setAttribute("role", "region");
      sheet.style.width = `${viewport.width}px`;
      sheet.style.height = `${viewport.height}px`;
      sheet.style.setProperty("--scale-factor", String(scale));
      const canvas = document.createElement("canvas");
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.setAttribute("aria-hidden", "true");
      const text = document.createElement("div");
      text.className = "textLayer";
      sheet.append(canvas, text);
      drawn.push(sheet);
      const transform = ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0];
      await page.render({ canvas, viewport, ...(transform ? { transform } : {}) }).promise;
      await new TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
      if (n === 1) into.replaceChildren(sheet); // the first page replaces the old document
      else into.append(sheet);
    }
    return doc.numPages;
  } finally {
    void task.destroy(); // frees the document in the worker
  }
}
