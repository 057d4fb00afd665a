/**
 * The page's side of live runs (runtime_wasm/live.py): where the browser has JavaScript Promise
 * Integration, Python runs under `callPromising()` and waits on these promises mid-run, so the
 * page paints, its timers fire and clicks arrive while the script runs.
 */

/** Whether this browser can suspend WebAssembly on a promise (JSPI). */
export function hasJspi(): boolean {
  return typeof WebAssembly === "object" && "Suspending" in WebAssembly;
}

/** Resolves after the page next had the chance to paint (or soon, in a hidden tab). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    // rAF runs just before the paint; the task it queues runs after it.
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 100); // hidden tabs get no animation frames
  });
}

/** The hooks Python calls (`page.afterPaint()`, `page.sleep(ms)`), and the Stop control's wake-up. */
export class PageHooks {
  private wakeSleeper: (() => void) | null = null;

  readonly afterPaint = afterPaint;

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
