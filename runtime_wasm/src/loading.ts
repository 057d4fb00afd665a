/**
 * The loading screen: which stage the page is in while Python starts, and a readable failure
 * message in the page (not only in the console) when a stage fails.
 */
export interface Stage {
  label: string;
}

export class LoadingScreen {
  readonly el: HTMLElement;
  private readonly label: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private readonly steps: HTMLOListElement;
  private current = -1;

  constructor(
    private readonly stages: readonly Stage[],
    private readonly parent: HTMLElement = document.body,
  ) {
    this.el = document.createElement("div");
    this.el.id = "stb-loading";
    this.el.className = "stb-loading";
    this.el.setAttribute("role", "status");
    this.el.setAttribute("aria-live", "polite");
    this.label = document.createElement("p");
    this.label.className = "stb-loading-label";
    this.bar = document.createElement("progress");
    this.bar.max = stages.length;
    this.bar.value = 0;
    this.steps = document.createElement("ol");
    this.steps.className = "stb-loading-steps";
    for (const s of stages) {
      const li = document.createElement("li");
      li.textContent = s.label;
      this.steps.append(li);
    }
    this.el.append(this.label, this.bar, this.steps);
    this.parent.append(this.el);
  }

  /** Enter stage `index` (0-based); earlier stages are marked done. */
  enter(index: number): void {
    this.current = index;
    const stage = this.stages[index];
    this.label.textContent = `${stage?.label ?? ""}…`;
    this.bar.value = index;
    this.el.dataset["stage"] = String(index);
    this.steps.querySelectorAll("li").forEach((li, i) => {
      li.className = i < index ? "done" : i === index ? "active" : "";
    });
  }

  done(): void {
    this.bar.value = this.stages.length;
    this.el.remove();
  }

  /** Replace the progress with a failure: a headline, the reason, and details to copy. */
  fail(headline: string, reason: string, details = ""): void {
    const stage = this.stages[this.current]?.label;
    this.el.className = "stb-loading stb-loading-failed";
    this.el.setAttribute("role", "alert");
    const h = document.createElement("h2");
    h.textContent = headline;
    const p = document.createElement("p");
    p.className = "stb-loading-reason";
    p.textContent = reason;
    const parts: Node[] = [h, p];
    if (stage) {
      const s = document.createElement("p");
      s.className = "stb-loading-stage";
      s.textContent = `While: ${stage.toLowerCase()}.`;
      parts.push(s);
    }
    if (details && details !== reason) {
      const d = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = "Details";
      const pre = document.createElement("pre");
      pre.textContent = details;
      d.append(summary, pre);
      parts.push(d);
    }
    this.el.replaceChildren(...parts);
    if (!this.el.isConnected) this.parent.append(this.el); // a failure after start-up
  }
}

/** The most useful line of an error: a Python traceback's last line, else the message. */
export function describe(err: unknown): { reason: string; details: string } {
  const text = err instanceof Error ? err.message : String(err);
  const lines = text.trim().split("\n").filter((l) => l.trim() !== "");
  const reason = lines.length > 1 && /Traceback/.test(lines[0] ?? "") ? (lines[lines.length - 1] ?? text) : text;
  const stack = err instanceof Error && err.stack && !text.includes("Traceback") ? `\n\n${err.stack}` : "";
  return { reason: reason.trim(), details: `${text}${stack}` };
}
