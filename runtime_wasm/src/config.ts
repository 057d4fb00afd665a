/**
 * What `bundle build` decided, handed to the page as JSON in `<script id="stb-config">`. Every
 * URL is relative to the page (or absolute for the CDN), so the site works under any sub-path.
 */
export interface SiteConfig {
  /** Pyodide's indexURL: "pyodide/<version>/" in the site, or the jsDelivr CDN. */
  pyodideUrl: string;
  pyodideVersion: string;
  /** Set when Pyodide packages must come from elsewhere than pyodideUrl (the CDN). */
  packageBaseUrl: string | null;
  /**
   * Pyodide's standard library with bytecode for the modules the start imports (builder/bytecode.py),
   * in place of pyodideUrl's python_stdlib.zip (except for a start from the memory snapshot,
   * whose memory holds those modules already); null when the site ships the original.
   */
  stdlibUrl?: string | null;
  /**
   * A memory snapshot of Pyodide with the runtime imported (builder/snapshot.py, gzip), made with
   * the Pyodide and standard library above; null when the site has none.
   */
  snapshotUrl?: string | null;
  /** The snapshot's layout (its start, about 1 KB) as a file of its own; set with snapshotUrl. */
  snapshotLayoutUrl?: string | null;
  /** Packages Pyodide provides, loaded by name (their dependencies come with them). */
  packages: string[];
  /**
   * The pure-Python packages (protobuf, the runtime, requirements) as one pack of files for
   * site-packages (builder/python_pack.py).
   */
  sitePackages: string;
  /** The app and its local modules and data files, unpacked into appDir. */
  appArchive: string;
  appDir: string;
  entry: string;
}

export function readConfig(doc: Document): SiteConfig {
  const el = doc.getElementById("stb-config");
  if (!el?.textContent) throw new Error("this page has no stbundle configuration (#stb-config)");
  return JSON.parse(el.textContent) as SiteConfig;
}

/** Resolve a site-relative URL against the page, so dynamic import() and fetch() agree. */
export function absolute(url: string, base: string = document.baseURI): string {
  return new URL(url, base).toString();
}
