/**
 * Loading Pyodide and installing the site's archives into it, without micropip: the packages'
 * files are written straight into site-packages (pack.ts), the app is unpacked into its own
 * folder. Archives are fetched while Pyodide starts, so the network and the WebAssembly start-up
 * overlap.
 */
import { absolute, type SiteConfig } from "./config";
import { installPack, type PackFS } from "./pack";
import { restoringFrom, type CreateModule, type Snapshot } from "./snapshot";

/** The part of Pyodide's API the page uses (pyodide.d.ts is not a build dependency). */
export interface Pyodide {
  version: string;
  /** `__main__`'s namespace. */
  globals: unknown;
  pyimport(name: string): PyModule;
  FS: PackFS;
}

export interface PyModule {
  [name: string]: (...args: unknown[]) => unknown;
}

interface LoadOptions {
  indexURL: string;
  packages?: string[];
  packageBaseUrl?: string;
  stdLibURL?: string;
  _loadSnapshot?: Promise<Uint8Array>;
  createPyodideModule?: CreateModule;
}

/** A started Pyodide, and whether it was restored from the site's memory snapshot. */
export interface Started {
  pyodide: Pyodide;
  restored: boolean;
}

type LoadPyodide = (options: LoadOptions) => Promise<Pyodide>;

/** A failure with a message meant for the page's reader, not only for the console. */
export class LoadError extends Error {
  constructor(
    readonly headline: string,
    message: string,
  ) {
    super(message);
  }
}

export async function fetchBytes(url: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(absolute(url));
  } catch (err) {
    throw new LoadError("The app could not be downloaded", `Could not fetch ${url}: ${String(err)}`);
  }
  if (!response.ok) {
    throw new LoadError(
      "The app could not be downloaded",
      `Could not fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim(),
    );
  }
  return response.arrayBuffer();
}

export async function loadPyodideRuntime(
  config: SiteConfig,
  snapshot: Snapshot | null = null,
): Promise<Started> {
  const indexURL = absolute(config.pyodideUrl);
  let mod: { loadPyodide?: LoadPyodide };
  try {
    mod = (await import(/* webpackIgnore: true */ `${indexURL}pyodide.mjs`)) as { loadPyodide?: LoadPyodide };
  } catch (err) {
    throw new LoadError(
      `Pyodide ${config.pyodideVersion} could not be loaded`,
      `Could not load ${indexURL}pyodide.mjs (${String(err)}). Check that the site's Pyodide files ` +
        `are deployed, or that the CDN is reachable.`,
    );
  }
  const load = mod.loadPyodide;
  if (typeof load !== "function") {
    throw new LoadError("Pyodide could not be loaded", `${indexURL}pyodide.mjs does not export loadPyodide`);
  }
  const options: LoadOptions = { indexURL };
  if (config.packages.length > 0) options.packages = config.packages;
  if (config.packageBaseUrl) options.packageBaseUrl = config.packageBaseUrl;
  if (config.stdlibUrl) options.stdLibURL = absolute(config.stdlibUrl);
  if (snapshot) {
    try {
      // Pyodide waits for the snapshot's header only: it instantiates its WebAssembly while the
      // memory downloads, which is then written into the new module (snapshot.ts).
      const factory = import(/* webpackIgnore: true */ `${indexURL}pyodide.asm.mjs`) as Promise<{
        default: CreateModule;
      }>;
      const createPyodideModule = restoringFrom(factory, snapshot);
      // With Pyodide's own standard library, not the precompiled one: the modules that one has
      // bytecode for are in the snapshot's memory already (builder/snapshot.py), so 1.4 MB less.
      const { stdLibURL: _precompiled, ...own } = options;
      return { pyodide: await load({ ...own, _loadSnapshot: snapshot.header, createPyodideModule }), restored: true };
    } catch (err) {
      // The snapshot is an optimisation: start as a site without one does.
      console.warn(`stbundle: starting without the memory snapshot (${errorText(err)}); the start is slower`);
    }
  }
  try {
    return { pyodide: await load(options), restored: false };
  } catch (err) {
    if (options.stdLibURL) {
      // The precompiled standard library is an optimisation: start with Pyodide's own instead.
      console.warn("stbundle: starting without the precompiled standard library:", err);
      return loadPyodideRuntime({ ...config, stdlibUrl: null });
    }
    throw new LoadError(`Pyodide ${config.pyodideVersion} could not start`, String(err instanceof Error ? err.message : err));
  }
}

/** The first line of an error's message (a console line). */
function errorText(err: unknown): string {
  return String(err instanceof Error ? err.message : err).trim().split("\n")[0] ?? "";
}

type Proxy<T> = T & { destroy(): void };

/**
 * Run Python statements in `__main__` with the built-in exec, not Pyodide's runPython: that one
 * parses the code into an AST, fixes its locations and compiles it (to give back the last
 * expression's value): ~20 ms of a warm start's install stage for three short snippets in a
 * profile, where exec compiles in C.
 */
export function runStatements(pyodide: Pyodide, code: string): void {
  const builtins = pyodide.pyimport("builtins") as Proxy<PyModule>;
  try {
    builtins["exec"]!(code, pyodide.globals);
  } finally {
    builtins.destroy();
  }
}

/** Write the Python packages into site-packages and the app's files into its folder. */
export function install(pyodide: Pyodide, packages: Uint8Array, app: Uint8Array, appDir: string): void {
  const site = pyodide.pyimport("site") as Proxy<PyModule>;
  const found = site["getsitepackages"]!() as Proxy<{ toJs(): string[] }>;
  const sitePackages = found.toJs()[0]!;
  found.destroy();
  site.destroy();
  installPack(pyodide.FS, packages, sitePackages, "the site's Python packages");
  installPack(pyodide.FS, app, appDir, "the app's files");
  runStatements(pyodide, FORGET_DIRECTORY_LISTINGS);
}

/**
 * importlib.invalidate_caches() for the path finder's directory listings only: the general call
 * also imports importlib.metadata for its metadata finder (~50 ms under Pyodide), which has
 * nothing to forget here, and re-reads the standard library's zip, which has not changed.
 */
const FORGET_DIRECTORY_LISTINGS = `
def _stb_forget_listings():
    import sys
    from importlib.machinery import FileFinder
    for path, finder in list(sys.path_importer_cache.items()):
        if finder is None:
            del sys.path_importer_cache[path]
        elif isinstance(finder, FileFinder):
            finder.invalidate_caches()
_stb_forget_listings()
del _stb_forget_listings
`;
