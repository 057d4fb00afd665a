// Regenerate src/gen/ from ../proto/stbundle.proto with ts-proto (protoc from grpcio-tools).
// Options keep the output small: binary encode/decode only (no JSON, no partials), sint64 as
// number, oneofs as tagged unions ({$case, value}) so `switch` narrows them.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const protoDir = resolve(here, "..", "proto");
const outDir = resolve(here, "src", "gen");
const python = process.env.PYTHON ?? "python3";
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
