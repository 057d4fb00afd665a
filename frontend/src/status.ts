/**
 * Page-level status chrome: the connection banner ("Connecting…" / "Disconnected"), the
 * session-error banner, and the top-right running indicator with its Stop button.
 */
import { h, setText } from "./dom";
import type { ConnectionState } from "./transport";

export class StatusBar {
  readonly el = h("div", "stb-status");
  readonly banner = h("div", "stb-banner");
  private readonly error = h("div", "stb-banner stb-banner-error");
  private readonly running = h("div", "stb-running");
  private readonly stop = h("button", "stb-btn stb-btn-secondary stb-stop", "Stop");
  private connecting = 0;

  constructor(onStop: () => void) {
    this.running.setAttribute("role", "status");
    this.running.append(h("span", "stb-spin"), h("span", "", "Running…"), this.stop);
    this.running.hidden = true;
    this.stop.type = "button";
    this.stop.addEventListener("click", onStop);
    this.banner.setAttribute("role", "status");
    this.banner.hidden = true;
    this.error.setAttribute("role", "alert");
    this.error.hidden = true;
    this.el.append(this.running);
  }

  /** Banners live outside the status corner so they can span the page. */
  get banners(): HTMLElement[] {
    return [this.banner, this.error];
  }

  setRunning(on: boolean): void {
    if (this.running.hidden === on) this.running.hidden = !on;
  }

  /** "Connecting…" waits a moment so a fast local connect never flashes the banner. */
  setConnection(state: ConnectionState): void {
    clearTimeout(this.connecting);
    if (state === "connected") {
      this.banner.hidden = true;
    } else if (state === "connecting") {
      this.connecting = window.setTimeout(() => {
        setText(this.banner, "Connecting…");
        this.banner.hidden = false;
      }, 300);
    } else {
      setText(this.banner, "Disconnected. Reconnecting…");
      this.banner.hidden = false;
      this.setRunning(false);
    }
  }

  setError(message: string): void {
    setText(this.error, message);
    this.error.hidden = !message;
  }
}
