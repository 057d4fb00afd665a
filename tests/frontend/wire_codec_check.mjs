// Runs frontend/src/wire_codec.ts under Node for tests/frontend/test_wire_codec.py.
//   node wire_codec_check.mjs FRONTEND compare TS_PROTO_FILE SAMPLES_JSON
//     decodes each [messageName, base64] sample with our codec and with ts-proto's generated
//     code, re-encodes ours; prints [{name, ours, theirs, reencoded}] as JSON.
//   node wire_codec_check.mjs FRONTEND errors CASES_JSON
//     decodes each {case: [messageName, [bytes]]}; prints {case: error message or null}.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [frontend, mode, ...args] = process.argv.slice(2);
const { build } = await import(pathToFileURL(join(frontend, "node_modules", "esbuild", "lib", "main.js")).href);

async function load(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    write: false,
    target: "es2020",
    nodePaths: [join(frontend, "node_modules")],
  });
  const code = Buffer.from(out.outputFiles[0].contents).toString("base64");
  return import(`data:text/javascript;base64,${code}`);
}

const ours = await load(join(frontend, "src", "wire_codec.ts"));
const plain = (v) =>
  JSON.parse(JSON.stringify(v, (_, x) => (x instanceof Uint8Array ? { bytes: Array.from(x) } : x)));

if (mode === "compare") {
  const theirs = await load(args[0]);
  const results = [];
  for (const [name, b64] of JSON.parse(readFileSync(args[1], "utf8"))) {
    const bytes = new Uint8Array(Buffer.from(b64, "base64"));
    const decoded = ours.decodeMessage(name, bytes);
    results.push({
      name,
      ours: plain(decoded),
      theirs: plain(theirs[name].decode(bytes)),
      reencoded: Buffer.from(ours.encodeMessage(name, decoded)).toString("base64"),
    });
  }
  console.log(JSON.stringify(results));
} else {
  const errors = {};
  for (const [key, [name, bytes]] of Object.entries(JSON.parse(readFileSync(args[0], "utf8")))) {
    try {
      ours.decodeMessage(name, new Uint8Array(bytes));
      errors[key] = null;
    } catch (e) {
      errors[key] = String(e);
    }
  }
  console.log(JSON.stringify(errors));
}
