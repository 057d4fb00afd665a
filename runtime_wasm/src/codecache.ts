/**
 * Where the page keeps the bytecode the runtime compiled (runtime_wasm/code_cache.py), so that the
 * next visit does not compile protobuf, the runtime and their standard-library modules again:
 * one IndexedDB record per site (its folder on this origin). Python checks every module against
 * its source hash, so a stale record only costs the compile it would have cost anyway. Storage
 * that is missing, blocked or full is never an error: the page then compiles, as without a cache.
 */
const DB_NAME = "stbundle";
const STORE = "code-cache";

function openDb(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch {
      resolve(null); // no IndexedDB (or it is forbidden here)
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

/** The record's key: the site's folder and the Pyodide version (its bytecode format). */
export function cacheKey(pyodideVersion: string, base: string = document.baseURI): string {
  return `${new URL(".", base).pathname}|pyodide ${pyodideVersion}`;
}

/** The stored cache for `key`, or undefined (none, or storage unavailable). Never rejects. */
export async function readCodeCache(key: string): Promise<Uint8Array | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      const request = db.transaction(STORE, "readonly").objectStore(STORE).get(key);
      request.onsuccess = () => {
        const value: unknown = request.result;
        resolve(value instanceof Uint8Array ? value : value instanceof ArrayBuffer ? new Uint8Array(value) : undefined);
      };
      request.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    } finally {
      db.close(); // closes once the transaction is done
    }
  });
}

/** Store `data` under `key`; resolves true when written. Never rejects. */
export async function writeCodeCache(key: string, data: Uint8Array): Promise<boolean> {
  const db = await openDb();
  if (!db) return false;
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(STORE, "readwrite");
      tx.objectStore(STORE).put(data, key);
      tx.oncomplete = () => resolve(true);
      tx.onerror = () => resolve(false);
      tx.onabort = () => resolve(false);
    } catch {
      resolve(false);
    } finally {
      db.close();
    }
  });
}
