/**
 * The page's side of live runs (runtime_wasm/live.py): where the browser has JavaScript Promise
 * Integration, Python runs under `callPromising()` and waits on these promises mid-run, so the
 * page paints, its timers fire and clicks arrive while the script runs.
 */

/** Whether this browser can suspend WebAssembly on a promise (JSPI). */
export function hasJspi(): boolean {
  return typeof WebAssembly === "object" && "Suspending" in WebAssembly;
}

/** Resolves in a new task at once (not throttled like timers in a hidden tab). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves after the page next had the chance to paint: the task queued from an animation frame
 * runs after that frame's paint. A hidden tab paints nothing and gets no frames (and its timers
 * are throttled), so there the script only lets the page's other tasks run.
 */
function afterPaint(): Promise<void> {
  if (document.hidden) return nextTask();
  return new Promise((resolve) => {
    requestAnimationFrame(() => void nextTask().then(resolve));
    setTimeout(resolve, 100); // the tab was hidden meanwhile: no frame is coming
  });
}

/** While the loading screen covers the page, a turn waits for a frame at most this often. */
const COVERED_FRAME_MS = 250;

/** The hooks Python calls (`page.afterPaint()`, `page.sleep(ms)`), and the Stop control's wake-up. */
export class PageHooks {
  private wakeSleeper: (() => void) | null = null;
  /** While the loading screen covers the app (its first run): when a turn last waited for a frame. */
  private coveredFrame: number | null = performance.now();

  /**
   * Under the loading screen nothing of the app shows: a turn then lets the page's other tasks
   * run without waiting for a frame, except every COVERED_FRAME_MS (the screen stays current
   * during a long first run). A short first run no longer pays a frame, and a layout of the page
   * under the screen, per element (bench/README.md, "Static build").
   */
  readonly afterPaint = (): Promise<void> => {
    const now = performance.now();
    if (this.coveredFrame === null || now - this.coveredFrame >= COVERED_FRAME_MS) {
      if (this.coveredFrame !== null) this.coveredFrame = now;
      return afterPaint();
    }
    return nextTask();
  };

  /** The loading screen is gone: every turn waits for the next frame again. */
  uncover(): void {
    this.coveredFrame = null;
  }

  /** Resolves with false after `ms`, or with true at once when the Stop control is used. */
  readonly sleep = (ms: number): Promise<boolean> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeSleeper = null;
        resolve(false);
      }, ms);
      this.wakeSleeper = () => {
        clearTimeout(timer);
        this.wakeSleeper = null;
        resolve(true);
      };
    });

  /** The Stop control was used: a sleeping script wakes up to stop. */
  stop(): void {
    this.wakeSleeper?.();
  }
}
