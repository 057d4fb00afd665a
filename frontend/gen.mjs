// Regenerate src/gen/ from ../proto/stbundle.proto with ts-proto (protoc from grpcio-tools).
// Options keep the output small: binary encode/decode only (no JSON, no partials), sint64 as
// number, oneofs as tagged unions ({$case, value}) so `switch` narrows them.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const protoDir = resolve(here, "..", "proto");
// `node gen.mjs [outDir]`: the optional directory lets a test regenerate elsewhere and compare.
const outDir = resolve(process.argv[2] ?? resolve(here, "src", "gen"));
// protoc comes from grpcio-tools (a dev dependency of the Python package): use $PYTHON, else the
// active virtualenv's interpreter, else python3 from PATH.
const python =
  process.env.PYTHON ?? (process.env.VIRTUAL_ENV ? join(process.env.VIRTUAL_ENV, "bin", "python") : "python3");
const opts = [
  "esModuleInterop=true",
  "env=browser",
  "forceLong=number",
  "oneof=unions-value",
  "outputJsonMethods=false",
  "outputPartialMethods=false",
  "outputTypeRegistry=false",
  "outputServices=false",
  "unrecognizedEnum=false",
  "useOptionals=messages",
  "exportCommonSymbols=false",
].join(",");

mkdirSync(outDir, { recursive: true });
execFileSync(
  python,
  [
    "-m", "grpc_tools.protoc",
    `--plugin=protoc-gen-ts_proto=${resolve(here, "node_modules", ".bin", "protoc-gen-ts_proto")}`,
    `--ts_proto_out=${outDir}`,
    `--ts_proto_opt=${opts}`,
    `-I${protoDir}`,
    resolve(protoDir, "stbundle.proto"),
  ],
  { stdio: "inherit" },
);
console.log(`generated ${outDir}/stbundle.ts`);
