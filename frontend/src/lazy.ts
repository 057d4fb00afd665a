/**
 * Lazy chunks: code the core renderer fetches only when a page needs it, so every visitor of
 * every site does not download it. Each file in src/chunks/ is bundled by build.mjs into its own
 * ES module, `chunks/<name>.js`, next to renderer.js (in serve mode under /static/, in a static
 * build in the same hashed assets folder); `loadChunk(name)` imports it by URL, once.
 *
 * A chunk is self-contained: it must not import core modules that keep state (it gets its own
 * copy of whatever it imports).
 */

/** Where renderer.js was loaded from: chunks sit next to it. */
const rendererUrl: string = (() => {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) return script.src;
  const found = document.querySelector<HTMLScriptElement>('script[src$="renderer.js"]');
  return found?.src ?? document.baseURI;
})();

const loading = new Map<string, Promise<unknown>>();

/** The URL of a chunk file, relative to renderer.js. */
export function chunkUrl(name: string): string {
  return new URL(`chunks/${name}.js`, rendererUrl).href;
}

/** Imports `chunks/<name>.js` (once per page); rejects when it cannot be fetched. */
export function loadChunk<T>(name: string): Promise<T> {
  let promise = loading.get(name);
  if (promise === undefined) {
    // A variable URL: esbuild leaves this import() to the browser instead of bundling it.
    const url = chunkUrl(name);
    promise = import(url);
    promise.catch(() => loading.delete(name)); // a later call may try again
    loading.set(name, promise);
  }
  return promise as Promise<T>;
}
