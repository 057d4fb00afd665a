/**
 * The static site's bootstrap: load Pyodide, install the runtime and the app, then mount the
 * renderer (global `stbundle`, loaded just before this script) with the in-page transport.
 * `<html data-stb-state>` says where the page is: loading, ready or failed.
 */
import { readConfig, type SiteConfig } from "./config";
import { describe, LoadingScreen } from "./loading";
import { fetchBytes, install, LoadError, loadPyodideRuntime } from "./pyodide";
import { InPageTransport, type Codec, type StartRuntime } from "./transport";
import type { Transport } from "../../frontend/src/transport";

interface Renderer extends Codec {
  mount(root: HTMLElement, transport: Transport): unknown;
}

function setState(state: "loading" | "ready" | "failed"): void {
  document.documentElement.dataset["stbState"] = state;
}

function mark(name: string): void {
  performance.mark(`stb:${name}`);
}

function stagesFor(config: SiteConfig): { label: string }[] {
  const extra = config.packages.length > 0 ? ` and ${config.packages.join(", ")}` : "";
  return [
    { label: `Loading Python (Pyodide ${config.pyodideVersion})${extra}` },
    { label: "Installing the app" },
    { label: "Starting the app" },
  ];
}

function failOnFileProtocol(): boolean {
  if (location.protocol !== "file:") return false;
  const screen = new LoadingScreen([]);
  screen.fail(
    "This app must be served over HTTP",
    "It was opened from a file (file://), where browsers do not let a page load Python's " +
      "WebAssembly or the app's files. Serve this folder with any static file server, for " +
      "example `python3 -m http.server --directory <this folder>`, then open http://localhost:8000/.",
  );
  setState("failed");
  return true;
}

async function boot(): Promise<void> {
  setState("loading");
  if (failOnFileProtocol()) return;
  let screen: LoadingScreen | null = null;
  const fail = (err: unknown): void => {
    setState("failed");
    console.error("stbundle:", err);
    const { reason, details } = describe(err);
    const headline = err instanceof LoadError ? err.headline : "The app could not start";
    (screen ?? new LoadingScreen([])).fail(headline, reason, details);
  };
  try {
    const config = readConfig(document);
    screen = new LoadingScreen(stagesFor(config));
    const renderer = (globalThis as { stbundle?: Renderer }).stbundle;
    const root = document.getElementById("stb-root");
    if (!renderer || typeof renderer.mount !== "function") {
      throw new LoadError("The app could not start", "The renderer (renderer.js) did not load.");
    }
    if (!root) throw new LoadError("The app could not start", "The page has no #stb-root element.");

    screen.enter(0);
    const archives = Promise.all([...config.wheels, config.appArchive].map(fetchBytes));
    archives.catch(() => undefined); // reported when awaited below
    const pyodide = await loadPyodideRuntime(config);
    mark("pyodide-loaded");

    screen.enter(1);
    const buffers = await archives;
    const app = buffers.pop() as ArrayBuffer;
    install(pyodide, buffers, app, config.appDir);
    mark("installed");

    screen.enter(2);
    const bridge = pyodide.pyimport("stbundle.runtime_wasm.bridge");
    mark("runtime-imported");
    const appPath = `${config.appDir}/${config.entry}`;
    const query = location.search.replace(/^\?/, "");
    const startRuntime: StartRuntime = (send) =>
      bridge["start"]!(appPath, send, query) as (bytes: Uint8Array) => void;
    const ready = (): void => {
      mark("first-run");
      screen?.done();
      setState("ready");
    };
    renderer.mount(root, new InPageTransport(renderer, startRuntime, fail, ready));
  } catch (err) {
    fail(err);
  }
}

void boot();
