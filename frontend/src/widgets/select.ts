/**
 * st.selectbox and st.multiselect (a lazy chunk: the core renderer does not carry them).
 *
 * With filter_mode None a selectbox is the native <select>; otherwise it is a combobox (a text
 * field whose list shows the options the typed text matches, by option_match.ts) and, with
 * accept_new_options, Enter or the list's "Add:" row makes the typed text the value (sent as a
 * string_value; an option's label typed in any case chooses that option). A selectbox whose
 * index was None can be cleared again, as in Streamlit: its empty choice stays in the native
 * list, and the combobox has a "Clear value" button (emptying the field and pressing Enter
 * does the same).
 *
 * A multiselect is a group of checkboxes (keyboard- and screen-reader-friendly). With a
 * filter_mode a search box above it hides the rows the text does not match, offers "Select all"
 * (or "Select N matches") by the `select_all` rule, and with accept_new_options adds the typed
 * text to the selection, which then travels as labels (string_array_value) instead of indices.
 */
import { h, setAttr, setText, uid } from "../dom";
import type { MultiSelect, Selectbox, WidgetCommon } from "../gen/stbundle";
import { Widget, focused, type WidgetCtx } from "./base";
import { addStyle } from "./chunk_style";
import { matchOptions, sameLabel } from "./option_match";
import { NULL_VALUE, type Value } from "./state";

const CSS = `
.stb-combo-list { position: absolute; top: 100%; left: 0; right: 0; z-index: 20; margin: .15rem 0 0; padding: .2rem 0; list-style: none; max-height: 16rem; overflow-y: auto; background: var(--stb-bg, #fff); border: 1px solid var(--stb-border); border-radius: .4rem; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
.stb-combo-list li { padding: .3rem .7rem; cursor: pointer; }
.stb-combo-list li[aria-selected="true"] { font-weight: 600; }
.stb-combo-list li.stb-active, .stb-combo-list li:hover { background: rgba(128,128,128,.15); }
.stb-combo-list li.stb-empty { color: var(--stb-muted); cursor: default; }
.stb-field:has(> .stb-combo-clear:not([hidden])) > input { padding-right: 1.8rem; }
.stb-combo-clear { position: absolute; right: .3rem; top: 50%; transform: translateY(-50%); border: 0; background: none; color: var(--stb-muted); font-size: 1.1rem; line-height: 1; padding: .2rem .35rem; cursor: pointer; }
.stb-multi-tools { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-bottom: .3rem; }
.stb-multi-tools input { flex: 1; min-width: 8rem; }
.stb-multi-tools button { white-space: nowrap; }
`;

/** The "Add:" row of the list: the typed text as a new value. */
const ADD = -1;

function optionsKey(options: readonly string[]): string {
  return options.join("\u0000");
}

export class SelectboxWidget extends Widget<Selectbox> {
  private readonly select = h("select");
  private readonly none = h("option");
  private readonly input = h("input");
  private readonly list = h("ul", "stb-combo-list");
  private readonly clear = h("button", "stb-combo-clear", "×");
  /** index=None and the box neither disabled nor required: the choice may be cleared. */
  private clearable = false;
  private key = "";
  private options: string[] = [];
  private mode = "";
  private acceptNew = false;
  private combo = false;
  /** The text of the current value ("" none): what the field shows while not typed in. */
  private shown = "";
  private chosen = -2;
  /** The rows of the open list: option indices, ADD for the typed text. */
  private rows: number[] = [];
  private active = -1;

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-selectbox");
    addStyle("stb-select-css", CSS);
    this.select.id = this.inputId;
    this.ariaTargets = [this.select, this.input];
    this.none.value = "";
    this.el.append(this.select);
    this.withIcon(this.select);
    this.select.addEventListener("change", () => {
      const v = this.select.value;
      this.showPlaceholder(v === "");
      this.commit(v === "" ? NULL_VALUE : { $case: "intValue", value: Number(v) });
    });
    this.input.type = "text";
    this.input.autocomplete = "off";
    this.input.setAttribute("role", "combobox");
    this.input.setAttribute("aria-autocomplete", "list");
    this.input.setAttribute("aria-expanded", "false");
    this.list.id = uid();
    this.list.setAttribute("role", "listbox");
    this.list.hidden = true;
    this.input.setAttribute("aria-controls", this.list.id);
    this.input.addEventListener("focus", () => this.open(""));
    this.input.addEventListener("click", () => this.list.hidden && this.open(""));
    this.input.addEventListener("input", () => this.open(this.input.value));
    this.input.addEventListener("blur", () => this.close());
    this.input.addEventListener("keydown", (e) => this.onKey(e));
    this.clear.type = "button";
    this.clear.hidden = true;
    this.clear.setAttribute("aria-label", "Clear value");
    // mousedown, not click, for the same reason as the list's.
    this.clear.addEventListener("mousedown", (e) => {
      e.preventDefault();
      this.unchoose();
    });
    this.clear.addEventListener("click", () => this.unchoose()); // the keyboard's click
    // mousedown, not click: choosing must happen before the field's blur closes the list.
    this.list.addEventListener("mousedown", (e) => {
      e.preventDefault();
      const li = (e.target as HTMLElement).closest("li");
      const row = li ? Number(li.dataset.row) : NaN;
      if (!Number.isNaN(row)) this.choose(row);
    });
  }

  protected apply(p: Selectbox, c: WidgetCommon): void {
    const combo = p.filterMode !== "" || p.acceptNewOptions;
    if (combo !== this.combo) {
      this.combo = combo;
      const [from, to] = combo ? [this.select, this.input] : [this.input, this.select];
      from.removeAttribute("id");
      to.id = this.inputId;
      from.replaceWith(to);
      if (combo) to.after(this.list, this.clear);
      else {
        this.list.remove();
        this.clear.remove();
      }
    }
    this.mode = p.filterMode;
    this.acceptNew = p.acceptNewOptions;
    const key = optionsKey(p.options);
    if (key !== this.key) {
      this.key = key;
      this.options = [...p.options];
      this.select.replaceChildren(
        this.none,
        ...p.options.map((opt, i) => {
          const o = h("option", "", opt);
          o.value = String(i);
          return o;
        }),
      );
    }
    const fallback = p.placeholder || "Choose an option";
    setText(this.none, fallback);
    setAttr(this.input, "placeholder", fallback);
    const fromElement: Value = p.hasValue
      ? { $case: "intValue", value: p.value }
      : p.addedValue
        ? { $case: "stringValue", value: p.addedValue }
        : NULL_VALUE;
    const v = this.resolve(fromElement, c);
    this.chosen = v.$case === "intValue" ? v.value : v.$case === "stringValue" ? ADD : -2;
    this.shown = v.$case === "intValue" ? (this.options[v.value] ?? "") : v.$case === "stringValue" ? v.value : "";
    const idx = v.$case === "intValue" ? v.value : -1;
    this.clearable = p.clearable && !c.disabled && !c.required;
    this.clear.hidden = !this.clearable || this.chosen === -2;
    this.showPlaceholder(idx < 0 || this.clearable);
    const want = idx >= 0 ? String(idx) : "";
    if (this.select.value !== want) this.select.value = want;
    if (!focused(this.input) && this.input.value !== this.shown) this.input.value = this.shown;
    this.setDisabled([this.select, this.input], c.disabled);
  }

  /** The placeholder is choosable only while nothing is chosen, like Streamlit's empty box. */
  private showPlaceholder(on: boolean): void {
    this.none.hidden = !on;
    this.none.disabled = !on;
  }

  /** Shows the options `query` matches (all when empty), with "Add:" for a new text. */
  private open(query: string): void {
    const text = query.trim();
    this.rows = matchOptions(this.options, text, this.mode);
    if (this.acceptNew && text && sameLabel(this.options, text) < 0) this.rows.push(ADD);
    this.active = text && this.rows.length ? 0 : -1;
    this.list.replaceChildren(
      ...this.rows.map((row, i) => {
        const li = h("li", "", row === ADD ? `Add: ${text}` : this.options[row]);
        li.id = `${this.list.id}-${i}`;
        li.dataset.row = String(row);
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", String(row !== ADD && row === this.chosen));
        return li;
      }),
    );
    if (!this.rows.length) this.list.append(h("li", "stb-empty", "No results"));
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.highlight();
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    setAttr(this.input, "aria-activedescendant", null);
    if (this.input.value !== this.shown) this.input.value = this.shown;
  }

  private highlight(): void {
    const items = this.list.querySelectorAll("li[role=option]");
    items.forEach((li, i) => li.classList.toggle("stb-active", i === this.active));
    const on = items[this.active];
    setAttr(this.input, "aria-activedescendant", on ? on.id : null);
    on?.scrollIntoView({ block: "nearest" });
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (this.list.hidden) this.open("");
      const n = this.rows.length;
      const down = e.key === "ArrowDown";
      if (n) this.active = this.active < 0 ? (down ? 0 : n - 1) : (this.active + (down ? 1 : n - 1)) % n;
      this.highlight();
    } else if (e.key === "Enter" && !e.isComposing) {
      e.preventDefault();
      const row = this.rows[this.active];
      if (!this.list.hidden && row !== undefined) this.choose(row);
      else if (this.clearable && !this.input.value.trim()) this.unchoose();
      else this.close();
    } else if (e.key === "Escape" && !this.list.hidden) {
      e.preventDefault();
      this.close();
    }
  }

  /** Clears the choice (a clearable box only): the value becomes None. */
  private unchoose(): void {
    if (!this.clearable || this.chosen === -2) return this.close();
    this.shown = "";
    this.chosen = -2;
    this.clear.hidden = true;
    this.close();
    this.commit(NULL_VALUE);
  }

  /** Chooses an option, or (ADD) the typed text; an option's label in any case is that option. */
  private choose(row: number): void {
    const text = this.input.value.trim();
    const same = row === ADD ? sameLabel(this.options, text) : row;
    if (same >= 0) {
      this.shown = this.options[same] ?? "";
      this.chosen = same;
      this.clear.hidden = !this.clearable;
      this.close();
      this.commit({ $case: "intValue", value: same });
    } else if (text) {
      this.shown = text;
      this.chosen = ADD;
      this.clear.hidden = !this.clearable;
      this.close();
      this.commit({ $case: "stringValue", value: text });
    }
  }
}

export class MultiSelectWidget extends Widget<MultiSelect> {
  private readonly tools = h("div", "stb-multi-tools");
  private readonly search = h("input");
  private readonly all = h("button", "stb-btn stb-btn-secondary");
  private readonly add = h("button", "stb-btn stb-btn-secondary");
  private readonly group = h("div", "stb-multi-group");
  private readonly hint = h("div", "stb-placeholder");
  private inputs: HTMLInputElement[] = [];
  private rows: HTMLLabelElement[] = [];
  /** The options' labels, then the typed values in the selection. */
  private labels: string[] = [];
  private optionCount = 0;
  private selected: number[] = [];
  private max = 0;
  private disabled = false;
  private mode = "";
  private acceptNew = false;
  private selectAll = 0;
  private key = "";

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-multiselect", false);
    addStyle("stb-select-css", CSS);
    this.group.setAttribute("role", "group");
    this.group.setAttribute("aria-labelledby", this.label.id);
    this.ariaTargets = [this.group];
    this.search.type = "search";
    this.search.autocomplete = "off";
    this.all.type = this.add.type = "button";
    this.tools.append(this.search, this.all, this.add);
    this.tools.hidden = true;
    this.el.append(this.hint, this.tools, this.group);
    this.search.addEventListener("input", () => this.filter());
    this.search.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" || e.isComposing) return;
      e.preventDefault();
      this.enter();
    });
    this.all.addEventListener("click", () => this.selectMatches());
    this.add.addEventListener("click", () => this.addTyped());
  }

  protected apply(p: MultiSelect, c: WidgetCommon): void {
    this.mode = p.filterMode;
    this.acceptNew = p.acceptNewOptions;
    this.selectAll = p.selectAll;
    this.max = p.maxSelections;
    this.disabled = c.disabled;
    const fromElement: Value = this.acceptNew
      ? { $case: "stringArrayValue", value: { data: p.value.map((i) => p.options[i] ?? p.added[i - p.options.length] ?? "") } }
      : { $case: "intArrayValue", value: { data: p.value } };
    const v = this.resolve(fromElement, c);
    // Typed values of the selection that are not options get rows after the options.
    const picked = v.$case === "stringArrayValue" ? v.value.data : [];
    const extra = picked.filter((s) => !p.options.includes(s));
    const key = optionsKey([...p.options, "\u0001", ...extra]);
    if (key !== this.key) {
      this.key = key;
      this.optionCount = p.options.length;
      this.labels = [...p.options, ...extra];
      this.inputs = this.labels.map((_, i) => {
        const input = h("input");
        input.type = "checkbox";
        input.addEventListener("change", () => this.toggle(i, input.checked));
        return input;
      });
      this.rows = this.labels.map((opt, i) => {
        const row = h("label", "stb-option");
        row.append(this.inputs[i] as HTMLInputElement, h("span", "", opt));
        return row;
      });
      this.group.replaceChildren(...this.rows);
    }
    this.selected =
      v.$case === "intArrayValue" ? [...v.value.data] : picked.map((s) => this.labels.indexOf(s)).filter((i) => i >= 0);
    setText(this.hint, p.placeholder || "Choose options");
    this.tools.hidden = this.mode === "";
    setAttr(this.search, "aria-label", `Search ${c.label}`);
    setAttr(this.search, "placeholder", this.acceptNew ? "Search or add" : "Search");
    this.search.disabled = c.disabled;
    this.sync();
    this.filter();
  }

  private toggle(i: number, on: boolean): void {
    const at = this.selected.indexOf(i);
    if (on && at < 0) this.selected.push(i);
    if (!on && at >= 0) this.selected.splice(at, 1);
    this.send();
  }

  private send(): void {
    this.sync();
    this.filter();
    this.commit(
      this.acceptNew
        ? { $case: "stringArrayValue", value: { data: this.selected.map((i) => this.labels[i] as string) } }
        : { $case: "intArrayValue", value: { data: [...this.selected] } },
    );
  }

  private full(): boolean {
    return this.max > 0 && this.selected.length >= this.max;
  }

  /** Reflect the selection; once max_selections is reached the unchecked boxes are disabled. */
  private sync(): void {
    const full = this.full();
    this.inputs.forEach((input, i) => {
      const on = this.selected.includes(i);
      if (input.checked !== on) input.checked = on;
      const dis = this.disabled || (full && !on);
      if (input.disabled !== dis) input.disabled = dis;
    });
    this.hint.hidden = this.selected.length > 0;
    setAttr(this.group, "data-max", this.max ? String(this.max) : null);
  }

  /** The options the search text matches (best first; all without text). */
  private matches(): number[] {
    return this.mode ? matchOptions(this.labels.slice(0, this.optionCount), this.search.value, this.mode) : [];
  }

  /** Unselected matching options: what "Select all" would add (typed values never count). */
  private selectable(): number[] {
    return this.matches().filter((i) => !this.selected.includes(i));
  }

  /** Hides the rows the search text does not match, best matches first; updates the actions. */
  private filter(): void {
    const text = this.search.value.trim();
    if (this.mode && text) {
      const found = this.matches();
      const order = [...found, ...this.rows.keys()].filter((i, at, all) => all.indexOf(i) === at);
      this.group.replaceChildren(...order.map((i) => this.rows[i] as HTMLLabelElement));
      this.rows.forEach((row, i) => (row.hidden = i < this.optionCount ? !found.includes(i) : false));
    } else if (this.group.firstChild !== this.rows[0] || this.rows.some((r) => r.hidden)) {
      this.group.replaceChildren(...this.rows);
      for (const row of this.rows) row.hidden = false;
    }
    const n = this.selectable().length;
    const offered = this.selectAll === -1 || n <= this.selectAll;
    this.all.hidden = this.disabled || !this.mode || n < 2 || !offered || this.full();
    setText(this.all, text ? `Select ${n} matches` : "Select all");
    const typed = this.acceptNew && text !== "" && sameLabel(this.labels.slice(0, this.optionCount), text) < 0;
    this.add.hidden = this.disabled || !typed || this.full() || sameLabel(this.selectedLabels(), text) >= 0;
    setText(this.add, `Add: ${text}`);
  }

  private selectedLabels(): string[] {
    return this.selected.map((i) => this.labels[i] as string);
  }

  private selectMatches(): void {
    for (const i of this.selectable()) {
      if (this.full()) break;
      this.selected.push(i);
    }
    this.search.value = "";
    this.send();
  }

  /** The typed text joins the selection: as the option it names (any case), else as itself. */
  private addTyped(): void {
    const text = this.search.value.trim();
    if (!text || this.full()) return;
    const option = sameLabel(this.labels.slice(0, this.optionCount), text);
    if (option >= 0) {
      if (!this.selected.includes(option)) this.selected.push(option);
    } else if (this.acceptNew && sameLabel(this.selectedLabels(), text) < 0) {
      let at = this.labels.indexOf(text);
      if (at < 0) {
        at = this.labels.length;
        this.labels.push(text);
        const input = h("input");
        input.type = "checkbox";
        input.addEventListener("change", () => this.toggle(at, input.checked));
        const row = h("label", "stb-option");
        row.append(input, h("span", "", text));
        this.inputs.push(input);
        this.rows.push(row);
        this.group.append(row);
        this.key = optionsKey([...this.labels.slice(0, this.optionCount), "\u0001", ...this.labels.slice(this.optionCount)]);
      }
      this.selected.push(at);
    }
    this.search.value = "";
    this.send();
  }

  /** Enter in the search box: a new typed value, else "Select all" when offered, else the best
   * match. */
  private enter(): void {
    if (!this.add.hidden) return this.addTyped();
    if (!this.all.hidden) return this.selectMatches();
    const first = this.selectable()[0];
    if (first === undefined || this.full() || !this.search.value.trim()) return;
    this.selected.push(first);
    this.search.value = "";
    this.send();
  }
}
