/**
 * The rows of a lazily loaded st.dataframe (`lazy=`): the element brings the first page and the
 * row count; the pages the grid scrolls to are asked of the session (BackMsg.dataframe_rows,
 * over the WebSocket or into the in-page runtime alike) and arrive as ForwardMsg.dataframe_rows,
 * which the core hands to `globalThis.stbRows`. Sorting is the session's: a new sort order
 * forgets the pages and asks again. A few pages are asked at once and a bounded number kept.
 * Bundled into the `grid` chunk (never the core).
 */
import type { BackMsg, DataframeRows, Frame } from "./gen/stbundle";

type Listener = (rows: DataframeRows) => void;

const listeners = new Map<string, Listener>();
(globalThis as { stbRows?: Listener }).stbRows = (rows) => listeners.get(rows.source)?.(rows);

/** Pages in flight at once (the server keeps at most 8 waiting per session). */
const IN_FLIGHT = 4;
/** Pages kept; the oldest fetched goes first. */
const KEEP_PAGES = 60;

export interface Sender {
  send(msg: BackMsg): void;
}

export class LazyRows<T> {
  /** Page number -> what `make` built from its rows, in the order they arrived. */
  private readonly pages = new Map<number, T>();
  private readonly asked = new Set<number>();
  private readonly failed = new Set<number>();
  private sortBy = 0;
  /** Why rows could not be fetched ("" while none failed). */
  error = "";

  constructor(
    readonly source: string,
    readonly count: number,
    private readonly pageRows: number,
    first: Frame,
    private readonly make: (frame: Frame) => T,
    private readonly sender: Sender,
    private readonly changed: () => void,
  ) {
    this.pages.set(0, make(first));
    listeners.set(source, (rows) => this.got(rows));
  }

  /** Row `r` (its place in the current order): its page's value and its row there, or null
   * while the page is being fetched. */
  at(r: number): [T, number] | null {
    const page = this.pages.get(Math.floor(r / this.pageRows));
    return page === undefined ? null : [page, r % this.pageRows];
  }

  /** Asks for the pages of rows [first, last) that are neither here nor on their way. */
  want(first: number, last: number): void {
    const to = Math.min(last, this.count);
    for (let p = Math.floor(first / this.pageRows); p * this.pageRows < to; p++) {
      if (this.asked.size >= IN_FLIGHT) return;
      if (this.pages.has(p) || this.asked.has(p) || this.failed.has(p)) continue;
      this.asked.add(p);
      const start = p * this.pageRows;
      this.sender.send({
        type: { $case: "dataframeRows", value: { source: this.source, start, end: Math.min(start + this.pageRows, this.count), sortBy: this.sortBy } },
      });
    }
  }

  /** A new order (0: the source's; n: the n-th sort key ascending, -n descending). */
  sort(sortBy: number): void {
    if (sortBy === this.sortBy) return;
    this.sortBy = sortBy;
    this.pages.clear();
    this.asked.clear();
    this.failed.clear();
    this.error = "";
  }

  destroy(): void {
    if (listeners.get(this.source)) listeners.delete(this.source);
  }

  private got(rows: DataframeRows): void {
    if (rows.sortBy !== this.sortBy) return; // an answer for an order no longer shown
    const page = Math.floor(rows.start / this.pageRows);
    this.asked.delete(page);
    if (rows.error || !rows.data) {
      this.failed.add(page);
      this.error = rows.error || "The rows could not be read.";
    } else {
      this.pages.set(page, this.make(rows.data));
      for (const old of this.pages.keys()) {
        if (this.pages.size <= KEEP_PAGES) break;
        if (old !== page) this.pages.delete(old);
      }
    }
    this.changed();
  }
}
