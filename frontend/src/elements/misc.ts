/** st.metric, st.html (sanitised, see sanitize.ts) and st.empty (renders nothing). */
import type { Component } from "../component";
import { h, HelpBadge, setText, toggleClass } from "../dom";
import type * as MetricChunkModule from "../chunks/metric";
import { LabelVisibility, Metric_DeltaDirection, type Empty, type Html, type Metric } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import { setSanitizedHtml } from "../sanitize";

type MetricChunk = typeof MetricChunkModule;

export class MetricEl implements Component<Metric> {
  readonly el = h("div", "stb-metric");
  private readonly label = h("div", "stb-metric-label");
  private readonly help = new HelpBadge();
  private readonly value = h("div", "stb-metric-value");
  private readonly delta = h("div", "stb-metric-delta");
  private readonly arrow = h("span", "stb-arrow");
  private readonly deltaText = h("span");
  private latest: Metric | null = null;

  constructor() {
    const row = h("div", "stb-label-row");
    row.append(this.label, this.help.el);
    this.delta.append(this.arrow, this.deltaText);
    this.el.append(row, this.value, this.delta);
  }

  update(p: Metric): void {
    this.latest = p;
    setText(this.label, p.icon ? `${p.icon} ${p.label}` : p.label);
    toggleClass(this.el, "stb-lv-hidden", p.labelVisibility === LabelVisibility.HIDDEN);
    toggleClass(this.el, "stb-lv-collapsed", p.labelVisibility === LabelVisibility.COLLAPSED);
    toggleClass(this.el, "stb-bordered", p.border);
    this.help.set(p.help);
    setText(this.value, p.body);
    this.delta.hidden = !p.delta;
    setText(this.deltaText, p.delta);
    const up = p.deltaDirection === Metric_DeltaDirection.UP;
    const down = p.deltaDirection === Metric_DeltaDirection.DOWN;
    setText(this.arrow, up ? "↑ " : down ? "↓ " : "");
    this.delta.className = `stb-metric-delta stb-delta-${p.deltaTone || "gray"}`;
    // Formats, the delta's description and sparklines live in a lazy chunk: most metrics never
    // need them. Without them the chunk's marks are removed.
    const extras = p.format || p.deltaDescription || p.chartData.length;
    if (!extras && !this.el.querySelector(".stb-metric-extra")) return;
    loadChunk<MetricChunk>("metric").then((m) => {
      if (this.latest === p) m.decorate(this.el, this.value, this.deltaText, p);
    }, () => undefined); // unreachable chunk: the plain text stays
  }
}

export class HtmlEl implements Component<Html> {
  readonly el = h("div", "stb-html");

  update(p: Html): void {
    // Sanitised as in Streamlit 1.67; only unsafe_allow_javascript lets its <script>s run.
    setSanitizedHtml(this.el, p.body, p.unsafeAllowJavascript);
  }
}

export class EmptyEl implements Component<Empty> {
  readonly el = h("div", "stb-empty");
  update(_p: Empty): void {}
}
