/**
 * The element tree: applies deltas at their paths, updates same-kind nodes in place, and
 * implements staleness — on script_started the nodes in the run's scope (everything, or only the
 * rerun fragments' nodes) turn stale, are dimmed after 250 ms, and are removed when the run
 * finishes unless a newer run interrupted it (STOPPED_FOR_RERUN keeps them for that run).
 * Transient deltas (st.spinner) are drawn just before the child at their path without entering
 * the tree, and vanish when the run ends or an Empty transient is sent to the same path.
 */
import type { BlockComponent, ChildView, Component, NodeRef } from "./component";
import { ScriptFinished_Status, type Delta, type ForwardMsgMetadata } from "./gen/stbundle";
import { applyLayout } from "./layout";
import { createBlock, createElement } from "./registry";
import type { WidgetManager } from "./widgets/state";

const DIM_AFTER_MS = 250;
const STALE_CLASS = "stb-stale";

export class TreeNode implements ChildView, NodeRef {
  /** Set right after construction: components receive the node as their NodeRef. */
  comp!: Component<never>;
  block: BlockComponent<never> | null = null;
  readonly children: (TreeNode | undefined)[] = [];
  runId = "";
  fragmentId = "";
  stale = false;
  removed = false;
  /** Streamlit's styling hook for a keyed widget: `st-key-<key>`. */
  keyClass = "";

  constructor(
    readonly kind: string,
    readonly parent: TreeNode | null,
    public index: number,
  ) {}

  live(): TreeNode[] {
    return this.children.filter((c): c is TreeNode => c !== undefined);
  }
}

export class Tree {
  readonly roots: TreeNode[];
  private readonly stale = new Set<TreeNode>();
  private readonly deadRuns = new Set<string>();
  private runId = "";
  private dimTimer = 0;
  private dimmed = false;
  private readonly transients = new Map<string, { kind: string; comp: Component<never> }>();

  constructor(rootBlocks: BlockComponent<null>[], private readonly widgets: WidgetManager) {
    this.roots = rootBlocks.map((b, i) => {
      const node = new TreeNode("root", null, i);
      node.comp = b;
      node.block = b;
      return node;
    });
  }

  scriptStarted(runId: string, fragmentIds: readonly string[]): void {
    if (this.runId && this.runId !== runId) this.retire(this.runId);
    this.runId = runId;
    const scope = fragmentIds.length ? new Set(fragmentIds) : null;
    // A fragment run after a stopped full run (st.rerun(scope=key) in a callback): what that
    // run had not redrawn yet stays, since no full run has finished to replace it.
    if (scope) for (const n of this.stale) if (!scope.has(n.fragmentId)) this.fresh(n);
    const visit = (n: TreeNode): void => {
      for (const c of n.children) {
        if (!c) continue;
        if (!scope || scope.has(c.fragmentId)) {
          c.stale = true;
          this.stale.add(c);
        }
        visit(c);
      }
    };
    for (const r of this.roots) visit(r);
    this.dimmed = false;
    clearTimeout(this.dimTimer);
    this.dimTimer = window.setTimeout(() => this.dim(), DIM_AFTER_MS);
  }

  scriptFinished(runId: string, status: ScriptFinished_Status): void {
    if (runId && this.runId && runId !== this.runId) return; // an older run's late report
    clearTimeout(this.dimTimer);
    for (const t of this.transients.values()) t.comp.el.remove();
    this.transients.clear();
    if (status === ScriptFinished_Status.STOPPED_FOR_RERUN) return;
    for (const n of this.stale) this.remove(n);
    this.stale.clear();
    this.dimmed = false;
    const visit = (n: TreeNode): void => {
      for (const c of n.children) {
        if (!c?.block) continue;
        c.block.runFinished?.();
        visit(c);
      }
    };
    for (const r of this.roots) visit(r);
  }

  /** Applies one delta; returns false when the path does not resolve (a protocol bug). */
  apply(meta: ForwardMsgMetadata | undefined, delta: Delta): boolean {
    const d = delta.type;
    const path = meta?.deltaPath ?? [];
    if (!d || path.length < 2) return false;
    if (meta?.runId && this.deadRuns.has(meta.runId)) return true; // superseded run: drop
    let parent: TreeNode | undefined = this.roots[path[0] as number];
    for (let i = 1; parent && i < path.length - 1; i++) parent = parent.children[path[i] as number];
    if (!parent?.block) return false;
    const index = path[path.length - 1] as number;
    if (meta?.transient) return this.transient(parent, index, path.join(","), d);
    const existing = parent.children[index];
    const kind = d.$case === "newElement" ? `e:${d.value.type?.$case}` : `b:${d.value.type?.$case}`;
    let node = existing;
    const placed = !node || node.kind !== kind;
    if (placed) {
      node = new TreeNode(kind, parent, index);
      const ctx = { widgets: this.widgets, node };
      if (d.$case === "newElement") {
        if (!d.value.type) return false;
        node.comp = createElement(d.value.type, ctx);
      } else {
        if (!d.value.type) return false;
        const b = createBlock(d.value.type, ctx);
        node.comp = b;
        node.block = b;
      }
    }
    const n = node as TreeNode;
    n.runId = meta?.runId ?? "";
    n.fragmentId = meta?.fragmentId ?? "";
    (n.comp as Component<unknown>).update(d.value.type?.value);
    applyLayout(n.comp.el, d.value.layout);
    this.keyClass(n, (d.value.type?.value as { common?: { id: string } } | undefined)?.common?.id);
    if (placed) this.place(parent, index, n);
    this.fresh(n);
    if ((placed || n.block) && parent.block.childrenChanged) parent.block.childrenChanged(parent.live());
    return true;
  }

  /** Widget ids end in the user's key ("$$ID-<hash>-<key>", "None" without one). */
  private keyClass(n: TreeNode, id: string | undefined): void {
    const key = id?.split("-").slice(2).join("-");
    const cls = key && key !== "None" ? `st-key-${key.trim().replace(/[^a-zA-Z0-9_-]/g, "-")}` : "";
    if (n.keyClass && n.keyClass !== cls) n.comp.el.classList.remove(n.keyClass);
    if (cls) n.comp.el.classList.add(cls);
    n.keyClass = cls;
  }

  /** Shows, updates or (with an Empty element) removes the transient at a path. */
  private transient(parent: TreeNode, index: number, key: string, d: NonNullable<Delta["type"]>): boolean {
    if (d.$case !== "newElement" || !d.value.type) return false;
    const type = d.value.type;
    let t = this.transients.get(key);
    if (type.$case === "empty") {
      t?.comp.el.remove();
      this.transients.delete(key);
      return true;
    }
    if (!t || t.kind !== type.$case) {
      t?.comp.el.remove();
      t = { kind: type.$case, comp: createElement(type, { widgets: this.widgets, node: parent }) };
      this.transients.set(key, t);
    }
    (t.comp as Component<unknown>).update(type.value);
    applyLayout(t.comp.el, d.value.layout);
    let next: TreeNode | undefined;
    for (let j = index; j < parent.children.length && !next; j++) next = parent.children[j];
    const container = (parent.block as BlockComponent<never>).container;
    const before = next?.comp.el ?? null;
    if (t.comp.el.parentNode !== container || t.comp.el.nextSibling !== before) container.insertBefore(t.comp.el, before);
    return true;
  }

  private retire(runId: string): void {
    this.deadRuns.add(runId);
    if (this.deadRuns.size > 64) this.deadRuns.delete(this.deadRuns.values().next().value as string);
  }

  private place(parent: TreeNode, index: number, node: TreeNode): void {
    const old = parent.children[index];
    if (old) {
      old.comp.el.replaceWith(node.comp.el);
      this.destroy(old);
    } else {
      let next: TreeNode | undefined;
      for (let j = index + 1; j < parent.children.length && !next; j++) next = parent.children[j];
      const container = (parent.block as BlockComponent<never>).container;
      container.insertBefore(node.comp.el, next?.comp.el ?? null);
      // st.container(autoscroll=True): a scrolling box follows its newest content.
      if (container.hasAttribute("data-autoscroll")) container.scrollTop = container.scrollHeight;
    }
    parent.children[index] = node;
  }

  /** Written in this run: no longer stale; if dimming already happened, dim its stale kids. */
  private fresh(n: TreeNode): void {
    if (n.stale) {
      n.stale = false;
      this.stale.delete(n);
      n.comp.el.classList.remove(STALE_CLASS);
    }
    if (this.dimmed) for (const c of n.children) if (c?.stale) c.comp.el.classList.add(STALE_CLASS);
  }

  private dim(): void {
    this.dimmed = true;
    // Only the outermost stale node is dimmed: nested opacity would compound.
    for (const n of this.stale) if (!n.parent?.stale) n.comp.el.classList.add(STALE_CLASS);
  }

  private remove(n: TreeNode): void {
    if (n.removed || !n.parent) return;
    const p = n.parent;
    if (p.children[n.index] === n) p.children[n.index] = undefined;
    while (p.children.length && p.children[p.children.length - 1] === undefined) p.children.pop();
    n.comp.el.remove();
    this.destroy(n);
    if (p.block?.childrenChanged) p.block.childrenChanged(p.live());
  }

  private destroy(n: TreeNode): void {
    n.removed = true;
    this.stale.delete(n);
    n.comp.destroy?.();
    for (const c of n.children) if (c) this.destroy(c);
  }
}
