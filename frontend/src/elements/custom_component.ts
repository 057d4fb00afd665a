/**
 * components.v1.declare_component: the component's own page in a frame, spoken to with
 * Streamlit's component protocol (what streamlit-component-lib implements):
 * - the frame posts `streamlit:componentReady` ({apiVersion: 1}); we answer with
 *   `streamlit:render` ({args, dfs, disabled, theme}) and again whenever the arguments or the
 *   theme change (`disabled` is always false: the page does not tell chunks it lost its server);
 * - `streamlit:setComponentValue` ({value, dataType: "json" | "bytes" | "dataframe"}) becomes the
 *   widget's value (a rerun, or a pending form value);
 * - `streamlit:setFrameHeight` ({height}) sizes the frame.
 * Only messages from this frame's window and the origin its page was loaded from are heard.
 * The sandbox is Streamlit's (its components run with their page's origin, as there). A lazy
 * chunk of its own: few apps use components.
 */
import type { Component } from "../component";
import { h, setAttr } from "../dom";
import type { ArrowTable, ComponentInstance } from "../gen/stbundle";
import type { WidgetCtx } from "../widgets/base";
import type { Value } from "../widgets/state";

const API_VERSION = 1;
const SANDBOX =
  "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads";
/** How long a frame may take to say it is ready before the page says so (Streamlit's wait). */
const READY_WARNING_MS = 60_000;

type Message = { isStreamlitMessage?: unknown; type?: unknown; [k: string]: unknown };

/** The page a component instance loads: its dev server, or its declared folder's files. */
export function componentSrc(p: ComponentInstance, base: string = document.baseURI): URL {
  const src = p.url
    ? new URL(p.url, base)
    : new URL(`component/${encodeURIComponent(p.componentName)}/index.html`, base);
  src.searchParams.set("streamlitUrl", location.origin + location.pathname);
  return src;
}

/** Bytes from what a frame posted (a Uint8Array, any typed array, or an ArrayBuffer). */
function toBytes(v: unknown): Uint8Array | undefined {
  if (v instanceof Uint8Array) return v;
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  return undefined;
}

/** The widget value a setComponentValue message carries, or why it carries none. */
export function valueOf(value: unknown, dataType: unknown): Value | string {
  if (value === undefined) return "missing 'value'";
  if (dataType === "bytes") {
    const bytes = toBytes(value);
    return bytes ? { $case: "bytesValue", value: bytes } : "a bytes value that is not bytes";
  }
  if (dataType === "dataframe") {
    const t = value as Partial<Record<keyof ArrowTable, unknown>> | null;
    const [data, index, columns] = [toBytes(t?.data), toBytes(t?.index), toBytes(t?.columns)];
    if (!data || !index || !columns) return "a dataframe value that is not an ArrowTable";
    return { $case: "arrowValue", value: { data, index, columns } };
  }
  const text = JSON.stringify(value);
  return text === undefined ? "a value JSON cannot carry" : { $case: "jsonValue", value: text };
}

/** A digest of an instance's arguments: the frame is rendered again only when they change. */
function argsKey(p: ComponentInstance): string {
  let hash = 0x811c9dc5;
  const mix = (bytes: Uint8Array): void => {
    for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193);
  };
  const parts = p.specialArgs.map((a) => {
    const v = a.value;
    if (v?.$case === "bytes") mix(v.value);
    else if (v?.$case === "arrowDataframe") [v.value.data, v.value.index, v.value.columns].forEach(mix);
    return `${a.key}:${v?.$case ?? ""}`;
  });
  return `${p.jsonArgs}\u0000${parts.join(",")}\u0000${hash >>> 0}`;
}

/** The theme a component is told about (streamlit-component-lib's Theme), from the page's CSS. */
function exportedTheme(): Record<string, string> {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string): string => css.getPropertyValue(name).trim();
  const forced = document.documentElement.getAttribute("data-stb-theme");
  const dark = forced ? forced === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
  return {
    base: dark ? "dark" : "light",
    primaryColor: read("--stb-primary"),
    backgroundColor: read("--stb-bg"),
    secondaryBackgroundColor: read("--stb-code-bg"),
    textColor: read("--stb-fg"),
    font: getComputedStyle(document.body).fontFamily,
  };
}

export class CustomComponentEl implements Component<ComponentInstance> {
  readonly el = h("div", "stb-custom-component");
  private readonly frame = h("iframe", "stb-iframe");
  private readonly problem = h("div", "stb-alert stb-alert-warning");
  private proto: ComponentInstance | undefined;
  private src = "";
  private origin = "";
  private ready = false;
  private sentArgs = "";
  private id = "";
  private readyTimer = 0;

  private readonly heard = (e: MessageEvent): void => {
    const data = e.data as Message | null;
    if (e.source !== this.frame.contentWindow || e.origin !== this.origin) return;
    if (!data || typeof data !== "object" || !data.isStreamlitMessage) return;
    switch (data.type) {
      case "streamlit:componentReady":
        if (data.apiVersion !== API_VERSION) {
          this.warn(`Unrecognized component API version: '${String(data.apiVersion)}'`);
          return;
        }
        this.ready = true;
        this.warn("");
        this.render(true);
        return;
      case "streamlit:setComponentValue":
        if (this.ready) this.setValue(data.value, data.dataType);
        return;
      case "streamlit:setFrameHeight":
        if (this.ready && typeof data.height === "number" && Number.isFinite(data.height)) {
          this.frame.style.height = `${Math.max(0, data.height)}px`;
        }
        return;
      default:
        return;
    }
  };

  /** A new theme (the app's, or the system's light/dark) renders the frame again. */
  private readonly rethemed = (): void => this.render(true);
  private readonly themeWatch = new MutationObserver(this.rethemed);
  private readonly colorScheme = matchMedia("(prefers-color-scheme: dark)");

  constructor(private readonly ctx: WidgetCtx) {
    this.frame.setAttribute("sandbox", SANDBOX);
    this.frame.setAttribute("allow", "clipboard-write; microphone; camera; geolocation; fullscreen");
    this.frame.style.height = "0px";
    this.frame.style.border = "none";
    this.problem.setAttribute("role", "alert");
    this.problem.hidden = true;
    this.el.append(this.frame, this.problem);
    addEventListener("message", this.heard);
    this.themeWatch.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ["data-stb-theme", "style"],
    });
    this.colorScheme.addEventListener("change", this.rethemed);
  }

  update(p: ComponentInstance): void {
    this.id = this.ctx.widgets.follow(this.id, p.common?.id ?? "");
    this.proto = p;
    setAttr(this.frame, "title", p.componentName);
    setAttr(this.frame, "tabindex", p.tabIndex === undefined ? null : String(p.tabIndex));
    const src = componentSrc(p);
    if (!/^https?:$/.test(src.protocol)) {
      // Only web pages: a javascript: or other URL never runs in a frame with the page's origin.
      this.warn(`The ${p.componentName} component's URL is not an http(s) URL.`);
      return;
    }
    if (src.href !== this.src) {
      this.src = src.href;
      this.origin = src.origin;
      this.ready = false;
      this.sentArgs = "";
      const height = (JSON.parse(p.jsonArgs || "{}") as { height?: unknown }).height;
      if (typeof height === "number") this.frame.style.height = `${height}px`;
      this.frame.src = src.href;
      clearTimeout(this.readyTimer);
      this.readyTimer = window.setTimeout(() => {
        if (!this.ready) this.warn(`Your app is having trouble loading the ${p.componentName} component.`);
      }, READY_WARNING_MS);
    }
    this.render(false);
  }

  destroy(): void {
    removeEventListener("message", this.heard);
    this.themeWatch.disconnect();
    this.colorScheme.removeEventListener("change", this.rethemed);
    clearTimeout(this.readyTimer);
    this.id = this.ctx.widgets.follow(this.id, "");
  }

  /** Sends the arguments: always when the frame just said it is ready, else when they changed. */
  private render(force: boolean): void {
    const p = this.proto;
    const target = this.frame.contentWindow;
    if (!p || !this.ready || !target) return;
    const key = argsKey(p);
    if (!force && key === this.sentArgs) return;
    this.sentArgs = key;
    const args = JSON.parse(p.jsonArgs || "{}") as Record<string, unknown>;
    const dfs: { key: string; value: ArrowTable }[] = [];
    for (const special of p.specialArgs) {
      const v = special.value;
      if (v?.$case === "bytes") args[special.key] = v.value;
      else if (v?.$case === "arrowDataframe") dfs.push({ key: special.key, value: v.value });
    }
    target.postMessage(
      { type: "streamlit:render", args, dfs, disabled: false, theme: exportedTheme() },
      this.origin,
    );
  }

  private setValue(value: unknown, dataType: unknown): void {
    const p = this.proto;
    if (!p) return;
    const v = valueOf(value, dataType);
    if (typeof v === "string") {
      console.warn(`${p.componentName}: setComponentValue ignored: ${v}`);
      return;
    }
    this.ctx.widgets.change(this.id, p.common?.formId ?? "", this.ctx.node.fragmentId, v);
  }

  private warn(text: string): void {
    this.problem.textContent = text;
    this.problem.hidden = !text;
  }
}
