// Bundle the static-site bootstrap (src/main.ts) into stbundle/static/bootstrap.js with the
// renderer's esbuild (frontend/node_modules), so the Python package ships it next to renderer.js.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const { build } = createRequire(resolve(here, "..", "frontend", "package.json"))("esbuild");
const outfile = resolve(here, "..", "stbundle", "static", "bootstrap.js");

await build({
  entryPoints: [resolve(here, "src", "main.ts")],
  outfile,
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  logLevel: "warning",
  // Compile every function while the script streams in, off the main thread (frontend/build.mjs).
  banner: { js: "//# allFunctionsCalledOnLoad" },
});
const data = readFileSync(outfile);
console.log(`bootstrap.js ${(data.length / 1024).toFixed(1)} KB raw ${(gzipSync(data, { level: 9 }).length / 1024).toFixed(1)} KB gzip → ${outfile}`);
