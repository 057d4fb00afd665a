// Bundle the renderer with esbuild: src/index.ts → renderer.js (minified ES2020 IIFE exposing
// the global `stbundle`) and src/styles.css → renderer.css, written into the Python package's
// static/ folder so the wheel ships them. Prints raw and gzip sizes.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
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
});
await build({ ...common, entryPoints: [resolve(here, "src", "styles.css")], outfile: resolve(outdir, "renderer.css") });

let rawTotal = 0;
let gzTotal = 0;
for (const name of ["renderer.js", "renderer.css"]) {
  const data = readFileSync(resolve(outdir, name));
  const gz = gzipSync(data, { level: 9 }).length;
  rawTotal += data.length;
  gzTotal += gz;
  console.log(`${name.padEnd(13)} ${(data.length / 1024).toFixed(1).padStart(6)} KB raw ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`);
}
console.log(`${"total".padEnd(13)} ${(rawTotal / 1024).toFixed(1).padStart(6)} KB raw ${(gzTotal / 1024).toFixed(1).padStart(6)} KB gzip  → ${outdir}`);
