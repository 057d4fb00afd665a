/**
 * The waiting part of an element drawn by a lazy chunk (charts, maps, graphs, tables, frames):
 * the element is in the page at once, the chunk is fetched at its first drawing, and every
 * drawing is handed what the chunk made once it is there. A drawing that a newer one (or the
 * element's removal) overtook while the chunk was loading is dropped, and a chunk that cannot be
 * fetched is said in the element.
 */
import { loadChunk } from "./lazy";

export interface ChunkView<V> {
  /** Hands `draw` the view once it exists. With a `key` (text or the value drawn) equal to the
   * last drawing's, nothing is drawn again (the element already shows it); without one, every
   * drawing happens, in order. */
  draw(draw: (view: V) => void, key?: unknown): void;
  /** No drawing after this; `release` frees the view's resources if it was made. */
  destroy(release?: (view: V) => void): void;
}

/** The view `make` builds in `el` from chunk `chunk`'s module (the module itself where it keeps
 * no state); `what` names the library in the failure message (none without it: a frame shows
 * no text). */
export function chunkView<M, V>(el: HTMLElement, chunk: string, make: (module: M) => V, what?: string): ChunkView<V> {
  let made: Promise<V> | undefined;
  let last: unknown;
  let live = true;
  return {
    draw(draw, key) {
      if (key !== undefined && key === last) return;
      last = key;
      made ??= loadChunk<M>(chunk).then(make);
      made.then(
        (view) => {
          if (key === last && live) draw(view);
        },
        () => what && (el.textContent = `The ${what} could not be loaded.`),
      );
    },
    destroy(release) {
      live = false;
      if (release) made?.then(release, () => undefined);
    },
  };
}
