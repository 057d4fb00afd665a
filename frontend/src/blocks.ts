/**
 * Layout blocks. A block kept across reruns keeps its DOM, so UI state that lives only in the
 * browser (open expander, selected tab) survives without round-trips. Tabs and expanders made
 * with on_change="rerun" or a callback carry a WidgetCommon: they are then widgets whose value
 * (selected label, open state) is sent like any other.
 */
import type { BlockComponent, ChildView } from "./component";
import { h, setAttr, setText, toggleClass, uid } from "./dom";
import type {
  Block_Column, Block_Empty, Block_Expander, Block_Form, Block_Horizontal, Block_Tab,
  Block_TabContainer, Block_Transparent, Block_Vertical, WidgetCommon,
} from "./gen/stbundle";
import { gapCss } from "./layout";
import type { WidgetCtx } from "./widgets/base";
import type { Value } from "./widgets/state";

/** The widget side of a stateful tabs/expander block: its id in the WidgetManager. */
export class BlockWidget {
  private id = "";
  private formId = "";

  constructor(private readonly ctx: WidgetCtx) {}

  /** Binds to the block's common (or unbinds); returns the value to show. */
  bind(common: WidgetCommon | undefined, fromBlock: Value): Value | null {
    this.id = this.ctx.widgets.follow(this.id, common?.id ?? "");
    if (!common || !this.id) return null;
    this.formId = common.formId;
    return this.ctx.widgets.resolve(this.id, common.formId, fromBlock, common.setValue);
  }

  change(value: Value): void {
    if (this.id) this.ctx.widgets.change(this.id, this.formId, this.ctx.node.fragmentId, value);
  }

  destroy(): void {
    this.id = this.ctx.widgets.follow(this.id, "");
  }
}

export class VerticalBlock implements BlockComponent<Block_Vertical> {
  readonly el = h("div", "stb-block stb-vertical");
  readonly container = this.el;

  update(p: Block_Vertical): void {
    toggleClass(this.el, "stb-bordered", p.border);
  }
}

export class HorizontalBlock implements BlockComponent<Block_Horizontal> {
  readonly el = h("div", "stb-block stb-horizontal");
  readonly container = this.el;

  update(p: Block_Horizontal): void {
    const gap = gapCss(p.gap);
    if (this.el.style.gap !== gap) this.el.style.gap = gap;
  }
}

export class ColumnBlock implements BlockComponent<Block_Column> {
  readonly el = h("div", "stb-block stb-column");
  readonly container = this.el;

  update(p: Block_Column): void {
    const grow = String(p.weight > 0 ? p.weight : 1);
    if (this.el.style.flexGrow !== grow) this.el.style.flexGrow = grow;
    setAttr(this.el, "data-align", p.verticalAlignment || null);
    toggleClass(this.el, "stb-bordered", p.border);
  }
}

export class TabBlock implements BlockComponent<Block_Tab> {
  readonly el = h("div", "stb-block stb-tab-panel");
  readonly container = this.el;
  label = "";

  constructor() {
    this.el.setAttribute("role", "tabpanel");
    this.el.tabIndex = 0;
  }

  update(p: Block_Tab): void {
    this.label = p.label;
  }
}

/** Tab buttons follow the WAI-ARIA tabs pattern: roving tabindex, arrows/Home/End move. */
export class TabContainerBlock implements BlockComponent<Block_TabContainer> {
  readonly el = h("div", "stb-block stb-tabs");
  readonly container = h("div", "stb-tab-panels");
  private readonly list = h("div", "stb-tablist");
  private readonly prefix = uid("tab");
  private buttons: HTMLButtonElement[] = [];
  private panels: TabBlock[] = [];
  private labels = "";
  private selected = 0;
  /** The label the runtime asks for (default, or the widget's value); "" = keep the user's. */
  private wanted = "";
  private readonly widget: BlockWidget;

  constructor(ctx: WidgetCtx) {
    this.widget = new BlockWidget(ctx);
    this.list.setAttribute("role", "tablist");
    this.el.append(this.list, this.container);
    this.list.addEventListener("keydown", (e) => this.onKey(e));
  }

  update(p: Block_TabContainer): void {
    const v = this.widget.bind(p.common, { $case: "stringValue", value: p.selected });
    const label = v?.$case === "stringValue" ? v.value : p.selected;
    // A plain tab container only takes its default once; a widget follows its value.
    if (v || !this.seen) this.wanted = label;
    this.seen = true;
    this.showWanted();
  }

  private seen = false;

  destroy(): void {
    this.widget.destroy();
  }

  private showWanted(): void {
    if (!this.wanted) return;
    const i = this.panels.findIndex((p) => p.label === this.wanted);
    if (i >= 0) {
      this.wanted = "";
      this.select(i, false);
    }
  }

  childrenChanged(children: readonly ChildView[]): void {
    this.panels = children.map((c) => c.comp).filter((c): c is TabBlock => c instanceof TabBlock);
    const labels = this.panels.map((p) => p.label).join("\u0000");
    if (labels !== this.labels || this.buttons.length !== this.panels.length) {
      this.labels = labels;
      this.buttons = this.panels.map((p, i) => {
        const b = this.buttons[i] ?? this.makeButton(i);
        setText(b, p.label);
        return b;
      });
      this.list.replaceChildren(...this.buttons);
    }
    this.select(Math.min(this.selected, Math.max(0, this.panels.length - 1)), false);
    this.showWanted();
  }

  private makeButton(i: number): HTMLButtonElement {
    const b = h("button", "stb-tab");
    b.type = "button";
    b.id = `${this.prefix}-${i}`;
    b.setAttribute("role", "tab");
    b.addEventListener("click", () => this.choose(i));
    return b;
  }

  private select(i: number, focus: boolean): void {
    this.selected = i;
    this.buttons.forEach((b, j) => {
      setAttr(b, "aria-selected", String(i === j));
      b.tabIndex = i === j ? 0 : -1;
    });
    this.panels.forEach((p, j) => {
      p.el.hidden = i !== j;
      setAttr(p.el, "aria-labelledby", `${this.prefix}-${j}`);
      p.el.id = `${this.prefix}-${j}-panel`;
      setAttr(this.buttons[j] as HTMLButtonElement, "aria-controls", p.el.id);
    });
    if (focus) this.buttons[i]?.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.buttons.length;
    if (!n) return;
    const moves: Record<string, number> = {
      ArrowRight: (this.selected + 1) % n,
      ArrowLeft: (this.selected - 1 + n) % n,
      Home: 0,
      End: n - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.choose(to);
  }

  /** A person picked tab i: show it, and tell the runtime when the tabs are a widget. */
  private choose(i: number): void {
    const changed = i !== this.selected;
    this.select(i, true);
    const label = this.panels[i]?.label;
    if (changed && label !== undefined) this.widget.change({ $case: "stringValue", value: label });
  }
}

const STATUS_NAMES: Record<string, string> = {
  running: "Running",
  complete: "Complete",
  error: "Error",
};

export class ExpanderBlock implements BlockComponent<Block_Expander> {
  readonly el = h("details", "stb-block stb-expander");
  readonly container = h("div", "stb-expander-body");
  private readonly summary = h("summary");
  private seen = false;
  private readonly widget: BlockWidget;
  /** st.status: the state icon, and the `expanded` its last update asked for. */
  private readonly stateIcon = h("span", "stb-status-icon");
  private lastExpanded = false;

  constructor(ctx: WidgetCtx) {
    this.widget = new BlockWidget(ctx);
    this.el.append(this.summary, this.container);
    this.el.addEventListener("toggle", () => {
      const v = this.value;
      if (v !== this.el.open) {
        this.value = this.el.open;
        this.widget.change({ $case: "boolValue", value: this.el.open });
      }
    });
  }

  /** The open state last shown or sent (a programmatic change must not be sent back). */
  private value = false;

  update(p: Block_Expander): void {
    if (p.state) {
      // A status: its state as an icon with a name, then the label (as text, never HTML).
      setAttr(this.stateIcon, "data-state", p.state);
      setAttr(this.stateIcon, "aria-label", STATUS_NAMES[p.state] ?? p.state);
      setAttr(this.stateIcon, "role", "img");
      this.summary.replaceChildren(this.stateIcon, document.createTextNode(p.label));
    } else {
      setText(this.summary, p.icon ? `${p.icon} ${p.label}` : p.label);
    }
    setAttr(this.el, "data-type", p.type && p.type !== "default" ? p.type : null);
    const v = this.widget.bind(p.common, { $case: "boolValue", value: p.expanded });
    // A plain expander takes `expanded` once, then the user's choice wins; a widget follows
    // its value; a status follows each update that changes `expanded`.
    const reopened = Boolean(p.state) && this.seen && p.expanded !== this.lastExpanded;
    this.lastExpanded = p.expanded;
    if (v || !this.seen || reopened) {
      this.value = v?.$case === "boolValue" ? v.value : p.expanded;
      this.el.open = this.value;
    }
    this.seen = true;
  }

  destroy(): void {
    this.widget.destroy();
  }
}

/**
 * A form. As in Streamlit, a form the finished run left without a submit button says so inside
 * itself: its input could never be sent.
 */
export class FormBlock implements BlockComponent<Block_Form> {
  readonly el = h("div", "stb-block stb-form");
  readonly container = h("div", "stb-form-body");
  private readonly missing = h("div", "stb-alert stb-alert-error stb-form-missing-submit");

  constructor() {
    this.el.setAttribute("role", "form");
    this.missing.setAttribute("role", "alert");
    this.missing.hidden = true;
    this.missing.append(
      h("strong", "", "Missing Submit Button"),
      h(
        "p",
        "",
        "This form has no submit button, which means that user interactions will never be " +
          "sent to your Streamlit app. To create a submit button, use the " +
          "st.form_submit_button() function.",
      ),
    );
    this.el.append(this.container, this.missing);
  }

  update(p: Block_Form): void {
    setAttr(this.el, "data-form-id", p.formId);
    setAttr(this.el, "aria-label", p.formId);
    toggleClass(this.el, "stb-bordered", p.border);
    setAttr(this.el, "data-enter-to-submit", String(p.enterToSubmit));
  }

  runFinished(): void {
    this.missing.hidden = this.container.querySelector(".stb-submit") !== null;
  }
}

/** A fragment's wrapper in an outside container: no box of its own (`display: contents`). */
export class TransparentBlock implements BlockComponent<Block_Transparent> {
  readonly el = h("div", "stb-transparent");
  readonly container = this.el;
  update(_p: Block_Transparent): void {}
}

export class EmptyBlock implements BlockComponent<Block_Empty> {
  readonly el = h("div", "stb-block stb-empty-block");
  readonly container = this.el;
  update(_p: Block_Empty): void {}
}

/** A root container (main, event). Its element is also where children go. */
export class RootBlock implements BlockComponent<null> {
  constructor(readonly el: HTMLElement) {}
  get container(): HTMLElement {
    return this.el;
  }
  update(): void {}
}

/** The sidebar root: `onChildren` lets the app show the sidebar only while it has content. */
export class SidebarRoot extends RootBlock {
  constructor(el: HTMLElement, private readonly onChildren: (count: number) => void) {
    super(el);
  }
  childrenChanged(children: readonly ChildView[]): void {
    this.onChildren(children.length);
  }
}
