/**
 * st.json: a collapsible tree of nested <details>, built with textContent only (the JSON text
 * is data, never markup). Invalid JSON falls back to the raw text.
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { Json } from "../gen/stbundle";

type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

function leaf(v: JsonValue): HTMLElement {
  const kind = v === null ? "null" : typeof v;
  return h("span", `stb-json-${kind}`, JSON.stringify(v));
}

/** `depth`: how many more levels start open (Infinity: all, 0: none). */
function node(key: string | null, v: JsonValue, depth: number): HTMLElement {
  const row = h("div", "stb-json-row");
  const label = key === null ? null : h("span", "stb-json-key", `${JSON.stringify(key)}: `);
  if (v === null || typeof v !== "object") {
    if (label) row.append(label);
    row.append(leaf(v));
    return row;
  }
  const entries: [string | null, JsonValue][] = Array.isArray(v)
    ? v.map((x) => [null, x])
    : Object.entries(v);
  const [o, c] = Array.isArray(v) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    if (label) row.append(label);
    row.append(h("span", "", `${o}${c}`));
    return row;
  }
  const det = h("details");
  det.open = depth > 0;
  const summary = h("summary");
  if (label) summary.append(label);
  summary.append(h("span", "", o), h("span", "stb-json-count", ` ${entries.length} ${Array.isArray(v) ? "items" : "keys"} `));
  const body = h("div", "stb-json-body");
  for (const [k, x] of entries) body.append(node(k, x, depth - 1));
  det.append(summary, body, h("span", "", c));
  row.append(det);
  return row;
}

export class JsonEl implements Component<Json> {
  readonly el = h("div", "stb-json");
  private key = "";

  update(p: Json): void {
    const depth = !p.expanded ? 0 : p.expandDepth || Infinity;
    const key = `${depth}:${p.body}`;
    if (key === this.key) return;
    this.key = key;
    let parsed: JsonValue;
    try {
      parsed = JSON.parse(p.body) as JsonValue;
    } catch {
      this.el.replaceChildren(h("pre", "", p.body));
      return;
    }
    this.el.replaceChildren(node(null, parsed, depth));
  }
}
