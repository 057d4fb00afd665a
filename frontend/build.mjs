// Bundle the renderer with esbuild: src/index.ts → renderer.js (minified ES2020 IIFE exposing
// the global `stbundle`), src/styles.css → renderer.css and each lazy chunk src/chunks/<name>.ts
// → chunks/<name>.js, written into the Python package's static/ folder so the wheel ships them.
// Prints raw and gzip sizes of the core and of each chunk.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, "..", "stbundle", "static");
const common = { bundle: true, minify: true, target: "es2020", legalComments: "none", logLevel: "warning" };

await build({
  ...common,
  entryPoints: [resolve(here, "src", "index.ts")],
  outfile: resolve(outdir, "renderer.js"),
  format: "iife",
  globalName: "stbundle",
  sourcemap: false,
  // Chromium's compile hint (since 136): compile every function while the script streams in,
  // off the main thread, not each on its first call; a static page's first run called ~250 of
  // them, ~90 ms of its main thread in a cold visit's trace (bench/README.md, "Static build").
  banner: { js: "//# allFunctionsCalledOnLoad" },
});
await build({ ...common, entryPoints: [resolve(here, "src", "styles.css")], outfile: resolve(outdir, "renderer.css") });

// Lazy chunks (see src/lazy.ts): each src/chunks/<name>.ts becomes its own ES module,
// static/chunks/<name>.js, fetched by the core only when a page needs it.
const chunkSrc = resolve(here, "src", "chunks");
const katexFonts = readdirSync(resolve(here, "node_modules/katex/dist/fonts")).filter((f) => f.endsWith(".woff2"));
// pdf.js's data folder `dir` (those of its files `keep` accepts), as chunks/pdfjs/<dir>/<file>.
const pdfjsData = (dir, keep = () => true) =>
  readdirSync(resolve(here, "node_modules/pdfjs-dist", dir)).filter(keep).map((f) => [`pdfjs-dist/${dir}/${f}`, `${dir}/${f}`]);
const CHUNK_FILES = {
  katex: katexFonts.map((f) => [`katex/dist/fonts/${f}`, f]),
  // pdf.js parses documents in this worker (st.pdf); .js so every static host serves it as one.
  // It fetches the rest only when a document needs them: standard fonts a PDF names without
  // embedding, Adobe's packed CMaps (CJK text), the JPEG 2000 / JBIG2 / CCITT fax decoders and
  // colour management (wasm + a CMYK profile), each with its licences. Not quickjs: no PDF
  // scripts run.
  pdfjs: [
    ["pdfjs-dist/build/pdf.worker.min.mjs", "pdf.worker.js"],
    ["pdfjs-dist/LICENSE", "LICENSE"],
    ...pdfjsData("standard_fonts"),
    ...pdfjsData("cmaps"),
    ...pdfjsData("iccs"),
    ...pdfjsData("wasm", (f) => /^(openjpeg|jbig2|qcms_bg)\.wasm$|^LICENSE_(PDFJS_)?(OPENJPEG|JBIG2|QCMS)$/.test(f)),
  ],
  material: [
    ["@fontsource/material-symbols-rounded/files/material-symbols-rounded-latin-400-normal.woff2", "material-symbols-rounded.woff2"],
  ],
};
const chunkOut = resolve(outdir, "chunks");
const chunks = existsSync(chunkSrc) ? readdirSync(chunkSrc).filter((f) => f.endsWith(".ts")).sort() : [];
// Built aside, then moved in file by file: a build or server reading static/ meanwhile (tests
// run while someone rebuilds) never finds a chunk missing.
const chunkTmp = resolve(outdir, `.chunks-${process.pid}`);
rmSync(chunkTmp, { recursive: true, force: true });
if (chunks.length) {
  await build({
    ...common,
    entryPoints: chunks.map((f) => resolve(chunkSrc, f)),
    outdir: chunkTmp,
    format: "esm",
    sourcemap: false,
    loader: { ".css": "text" }, // a chunk adds its own stylesheet (katex)
  });
  // Files chunks load beside themselves: chunks/<chunk>/<file> (fonts; never from a CDN).
  for (const [chunk, files] of Object.entries(CHUNK_FILES)) {
    for (const [from, to] of files) {
      mkdirSync(dirname(resolve(chunkTmp, chunk, to)), { recursive: true });
      copyFileSync(resolve(here, "node_modules", from), resolve(chunkTmp, chunk, to));
    }
  }
}
mkdirSync(chunkOut, { recursive: true });
const fresh = new Set(existsSync(chunkTmp) ? readdirSync(chunkTmp) : []);
for (const file of fresh) {
  // A folder of a chunk's files cannot be renamed over an existing one: replace it.
  if (file in CHUNK_FILES) rmSync(resolve(chunkOut, file), { recursive: true, force: true });
  renameSync(resolve(chunkTmp, file), resolve(chunkOut, file));
}
for (const file of readdirSync(chunkOut)) if (!fresh.has(file)) rmSync(resolve(chunkOut, file), { recursive: true, force: true });
rmSync(chunkTmp, { recursive: true, force: true });

function size(label, path) {
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 }).length;
  console.log(`${label.padEnd(26)} ${(data.length / 1024).toFixed(1).padStart(6)} KB raw ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`);
  return [data.length, gz];
}

let rawTotal = 0;
let gzTotal = 0;
for (const name of ["renderer.js", "renderer.css"]) {
  const [raw, gz] = size(name, resolve(outdir, name));
  rawTotal += raw;
  gzTotal += gz;
}
console.log(`${"core total".padEnd(26)} ${(rawTotal / 1024).toFixed(1).padStart(6)} KB raw ${(gzTotal / 1024).toFixed(1).padStart(6)} KB gzip  → ${outdir}`);
for (const file of chunks) {
  const name = `chunks/${file.replace(/\.ts$/, ".js")}`;
  size(`${name} (lazy)`, resolve(outdir, name));
}
