/**
 * The static site's bootstrap: load Pyodide, install the runtime and the app, then mount the
 * renderer (global `stbundle`, renderer.js) with the in-page transport. It runs as an async
 * script from the page's head: Pyodide and the downloads start at once, before the body is parsed
 * or the renderer has loaded; the loading screen and the mount wait for the document.
 * `<html data-stb-state>` says where the page is: loading, ready or failed.
 */
import { cacheKey, readCodeCache, writeCodeCache } from "./codecache";
import { readConfig, type SiteConfig } from "./config";
import { describe, LoadingScreen } from "./loading";
import { fetchBytes, install, LoadError, loadPyodideRuntime, runStatements, type Pyodide, type PyModule } from "./pyodide";
import { hasJspi, PageHooks } from "./live";
import { gunzipped } from "./pack";
import { Snapshot } from "./snapshot";
import { batchMessages, InPageTransport, type Codec, type OpenSession, type PythonSession } from "./transport";
import type { Transport } from "../../frontend/src/transport";

interface Renderer extends Codec {
  mount(root: HTMLElement, transport: Transport): unknown;
  currentPage(): string;
  clientContext(): unknown;
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

/** The document parsed and renderer.js run (a classic script at the end of the body). */
function documentReady(): Promise<void> {
  if (document.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) => document.addEventListener("DOMContentLoaded", () => resolve(), { once: true }));
}

async function failOnFileProtocol(): Promise<boolean> {
  if (location.protocol !== "file:") return false;
  await documentReady();
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

interface CodeCache {
  module: PyModule;
  cache: unknown;
}

/** Imports from here on use (and record) compiled code: see runtime_wasm/code_cache.py. */
function startCodeCache(pyodide: Pyodide, stored: Uint8Array | undefined): CodeCache | null {
  try {
    const module = pyodide.pyimport("stbundle.runtime_wasm.code_cache");
    const cache = module["install"]!(stored) as { rejected: string | undefined };
    if (cache.rejected) console.warn(`stbundle: the stored code cache was not used: ${cache.rejected}; compiling instead`);
    return { module, cache };
  } catch (err) {
    console.warn("stbundle: no code cache:", err);
    return null; // the app still starts, compiling as usual
  }
}

function stats(codeCache: CodeCache): Record<string, number> {
  const cache = codeCache.cache as { stats(): { toJs(o: object): unknown; destroy(): void } };
  const proxy = cache.stats();
  const result = proxy.toJs({ dict_converter: Object.fromEntries }) as Record<string, number>;
  proxy.destroy();
  return result;
}

/** After the first run: keep what this visit compiled for the next one (when anything changed). */
async function storeCodeCache(codeCache: CodeCache | null, key: string): Promise<void> {
  if (!codeCache) return;
  try {
    const detail = stats(codeCache);
    performance.mark("stb:code-cache", { detail });
    const changed = (codeCache.cache as { changed: boolean }).changed;
    if (!changed) return;
    const data = codeCache.module["dump_for_js"]!(codeCache.cache) as Uint8Array;
    if (await writeCodeCache(key, data)) performance.mark("stb:code-cache-stored", { detail });
  } catch (err) {
    console.warn("stbundle: the code cache was not stored:", err);
  }
}

/**
 * The page's hooks for live runs where the browser has JSPI; otherwise null and one console line:
 * runs then complete before the page paints again, as they always did, and the site's memory
 * snapshot (whose Python expects JSPI) is left unused.
 */
function liveHooks(hasSnapshot: boolean): PageHooks | null {
  if (hasJspi()) return new PageHooks();
  console.info(
    "stbundle: this browser has no JavaScript Promise Integration (JSPI), so the page cannot " +
      "update while the app runs: progress shows when a run ends and Stop acts after it" +
      (hasSnapshot ? "; it also starts without the site's memory snapshot (slower)." : "."),
  );
  return null;
}

/** A restored snapshot holds `random`'s state as the build left it: every visit would repeat it. */
const RESEED = `
import sys
if "random" in sys.modules:
    sys.modules["random"].seed()
`;

/** The next idle period (a browser without idle callbacks: 100 ms later). */
function whenIdle(task: () => void): void {
  type Idle = (cb: () => void, o?: object) => void;
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  if (idle) idle(task, { timeout: 2000 });
  else setTimeout(task, 100);
}

interface WarmUp {
  busy(): boolean;
  begin(): boolean;
  next_request(): Uint8Array | undefined;
  bridge: PythonSession;
  runs: number;
  failure: string | undefined;
  destroy(): void;
}

/** The warm-up waits this long after the page's last BackMsg (a click, a change) before a run. */
const QUIET_MS = 500;

/** A task of the lowest priority (after input, rendering and the page's other work), where the
 * browser has `scheduler.postTask`; else the next idle period. */
function inBackground(task: () => void): void {
  type PostTask = (cb: () => void, options: { priority: string }) => Promise<unknown>;
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: "background" }).catch(() => undefined);
  else whenIdle(task);
}

/**
 * After the first run, in the background: rerun a small built-in script so the browser optimises
 * the interpreter's hot WebAssembly before the person clicks (runtime_wasm/warm_up.py says why a
 * page restored from the snapshot needs it, and why so many runs). Each run takes a click's path:
 * the request's bytes go in from here, the run is started as the transport starts one
 * (`promising`: with `callPromising()`, where the browser has JSPI), and what it sends is decoded
 * by the renderer's codec, then dropped. One run per background task, so a click waits for one
 * run at most; never while the page's own session runs, nor within QUIET_MS of the page's last
 * BackMsg (`sinceInput`): a person clicking away meanwhile would wait for the warm-up's runs
 * between their clicks (clicks at once after the first run: 19.5 ms median without this pause,
 * against 11.5 ms with the short warm-up before). Only an optimisation: any failure ends it with
 * a console line.
 */
function warmUp(
  pyodide: Pyodide,
  pageSession: unknown,
  codec: Codec,
  promising: boolean,
  sinceInput: () => number,
): void {
  let warm: WarmUp;
  const drop = (batch: Uint8Array): void => {
    for (const bytes of batchMessages(batch)) codec.decodeForwardMsg(bytes);
  };
  // The page's turns mid-run, taken at once: nothing else of the page runs during a warm-up run.
  const hooks = { afterPaint: (): Promise<void> => Promise.resolve() };
  try {
    const start = pyodide.pyimport("stbundle.runtime_wasm.warm_up")["start"]!;
    warm = start(pageSession, drop, promising ? hooks : undefined) as WarmUp;
  } catch (err) {
    console.warn("stbundle: no warm-up after the first run:", err);
    return;
  }
  const bridge = warm.bridge;
  const { handle, run } = bridge; // one proxy per method, as the transport takes them
  const started = performance.now();
  const runOnce = async (wantsRun: boolean): Promise<void> => {
    if (wantsRun) await (promising ? run.callPromising() : Promise.resolve(run()));
  };
  let first = true;
  const next = async (): Promise<void> => {
    let more = true;
    try {
      // While the page's own run goes on, or the person clicks, look again a little later.
      const quiet = QUIET_MS - sinceInput();
      if (quiet > 0) return void setTimeout(() => inBackground(() => void next()), quiet);
      if (warm.busy()) return void setTimeout(() => inBackground(() => void next()), 250);
      if (first) {
        first = false;
        await runOnce(warm.begin());
      } else {
        const request = warm.next_request();
        more = request !== undefined;
        if (more) await runOnce(handle(request!));
      }
    } catch (err) {
      console.warn("stbundle: the warm-up stopped:", err);
      more = false;
    }
    if (more) return inBackground(() => void next());
    if (warm.failure) console.warn(`stbundle: the warm-up stopped: ${warm.failure}`);
    performance.mark("stb:warmed-up", { detail: { runs: warm.runs, ms: performance.now() - started } });
    for (const proxy of [handle, run, bridge] as unknown as { destroy(): void }[]) proxy.destroy();
    warm.destroy();
  };
  inBackground(() => void next());
}

async function boot(): Promise<void> {
  setState("loading");
  if (await failOnFileProtocol()) return;
  let screen: LoadingScreen | null = null;
  const fail = (err: unknown): void => {
    setState("failed");
    console.error("stbundle:", err);
    const { reason, details } = describe(err);
    const headline = err instanceof LoadError ? err.headline : "The app could not start";
    void documentReady().then(() => (screen ?? new LoadingScreen([])).fail(headline, reason, details));
  };
  try {
    const config = readConfig(document);
    // Everything the page needs besides Pyodide is read while Pyodide starts.
    const archives = Promise.all([
      fetchBytes(config.sitePackages).then(gunzipped),
      fetchBytes(config.appArchive).then(gunzipped),
    ]);
    archives.catch(() => undefined); // reported when awaited below
    const key = cacheKey(config.pyodideVersion);
    const storedCode = readCodeCache(key);
    const live = liveHooks(Boolean(config.snapshotUrl));
    // The snapshot's Python was started with JSPI (builder/snapshot.py): only for such a browser.
    // Returning visitors use it too (from the HTTP cache): measured faster than a start from
    // their stored bytecode, which still runs Python's own start.
    const { snapshotUrl, snapshotLayoutUrl } = config;
    const snapshot = snapshotUrl && snapshotLayoutUrl && live ? new Snapshot(snapshotUrl, snapshotLayoutUrl) : null;
    const started = loadPyodideRuntime(config, snapshot);
    started.catch(() => undefined); // reported when awaited below

    await documentReady();
    screen = new LoadingScreen(stagesFor(config));
    screen.enter(0);
    const renderer = (globalThis as { stbundle?: Renderer }).stbundle;
    const root = document.getElementById("stb-root");
    if (!renderer || typeof renderer.mount !== "function") {
      throw new LoadError("The app could not start", "The renderer (renderer.js) did not load.");
    }
    if (!root) throw new LoadError("The app could not start", "The page has no #stb-root element.");
    // The first run's request names the time zone, which loads ICU's data: ~35 ms of a cold
    // visit's first run in a trace. Done now, while the downloads run, it is kept for the run.
    whenIdle(() => renderer.clientContext());
    const { pyodide, restored } = await started;
    performance.mark("stb:pyodide-loaded", { detail: { snapshot: restored } });

    screen.enter(1);
    const [packages, app] = await archives;
    install(pyodide, packages, app, config.appDir);
    if (restored) runStatements(pyodide, RESEED);
    const codeCache = startCodeCache(pyodide, await storedCode);
    mark("installed");

    screen.enter(2);
    const bridge = pyodide.pyimport("stbundle.runtime_wasm.bridge");
    mark("runtime-imported");
    const appPath = `${config.appDir}/${config.entry}`;
    const query = location.search.replace(/^\?/, "");
    let pageSession: unknown = null;
    let lastInput = -Infinity; // when the page last sent the session a BackMsg (a click, ...)
    const openSession: OpenSession = (send) => {
      const page = renderer.currentPage();
      const session = bridge["open_session"]!(appPath, send, query, live ?? undefined, page) as PythonSession;
      pageSession = session;
      // One proxy per method, taken once: each attribute read of a PyProxy makes a new proxy.
      const handle = session.handle;
      return {
        begin: session.begin,
        handle: (bytes) => {
          lastInput = performance.now();
          return handle(bytes);
        },
        run: session.run,
        media_bytes: session.media_bytes,
        media_type: session.media_type,
        upload: session.upload,
        drop_upload: session.drop_upload,
      };
    };
    const ready = (): void => {
      mark("first-run");
      screen?.done();
      live?.uncover();
      setState("ready");
      whenIdle(() => {
        void storeCodeCache(codeCache, key);
        warmUp(pyodide, pageSession, renderer, live !== null, () => performance.now() - lastInput);
      });
    };
    renderer.mount(root, new InPageTransport(renderer, openSession, fail, ready, live));
  } catch (err) {
    fail(err);
  }
}

void boot();
