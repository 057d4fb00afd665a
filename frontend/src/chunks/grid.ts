/**
 * Lazy chunk: the virtualised data grid of st.dataframe. Only the rows in view (plus a few) are
 * in the DOM, absolutely placed in a body as tall as every row; the header stays on top. It is an
 * ARIA grid (role=grid with aria-rowcount/aria-colcount, columnheader with aria-sort, rows with
 * aria-rowindex) so a screen reader, or a test, reads it as a table even though most rows are
 * not rendered. Sort on header click, column resize (drag or arrow keys on the separator),
 * search, copy (Ctrl/Cmd+C on the focused cell, or the Copy button for the rows in view order),
 * CSV download, and row/column/cell selection when the app asked for `on_select`.
 * As st.data_editor it edits cells (double-click, Enter or typing opens the cell's editor, Enter
 * commits, Escape cancels; checkbox cells toggle on click or Space), adds rows and deletes the
 * picked rows; the edits go back as Streamlit's edit state.
 */
import { parse as parseConfig, type ConfiguredColumn, configured, formatNumber } from "../column_config";
import { compareKeys, shownColumns } from "../frame";
import { type Dataframe, Dataframe_EditingMode as Mode, type Frame, type Table } from "../gen/stbundle";
import { type CellValue, type EditColumn, EditState, editColumn, editorFor, isCheckbox, isList, valueOf, valueText } from "../grid_edits";
import { LazyRows, type Sender } from "../grid_lazy";

const ROW_H = 35; // pixels, when the app sets no row_height
const SECONDS: Record<string, number> = { s: 1, ms: 1e-3, us: 1e-6, ns: 1e-9 };
const OVERSCAN = 8;
const DEFAULT_ROWS = 10;
/** st.table puts every row in the DOM: past this many the page would stall, so it stops. */
const TABLE_ROWS = 10_000;
const CSS = `
.stb-grid{display:flex;flex-direction:column;gap:4px;font-size:14px}
.stb-grid-bar{display:flex;gap:6px;align-items:center;justify-content:flex-end}
.stb-grid-bar input{font:inherit;padding:2px 6px;border:1px solid var(--stb-border,#d6d6d9);border-radius:6px;min-width:10em}
.stb-grid-bar button{font:inherit;padding:2px 8px;border:1px solid var(--stb-border,#d6d6d9);border-radius:6px;background:transparent;color:inherit;cursor:pointer}
.stb-grid-status{margin-right:auto;opacity:.7;font-size:12px}
.stb-grid-scroll{--stb-row-h:35px;position:relative;overflow:auto;border:1px solid var(--stb-border,#d6d6d9);border-radius:8px;outline-offset:2px}
.stb-grid-head{position:sticky;top:0;z-index:2;background:var(--stb-bg2,#f0f2f6)}
.stb-grid-row{display:grid;grid-template-columns:var(--stb-cols);width:max-content;min-width:100%;height:var(--stb-row-h)}
.stb-grid-body{position:relative}
.stb-grid-body .stb-grid-row{position:absolute;left:0;top:0}
.stb-grid-row>div{box-sizing:border-box;padding:0 8px;line-height:calc(var(--stb-row-h) - 1px);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-bottom:1px solid var(--stb-border,#e6e6ea);border-right:1px solid var(--stb-border,#e6e6ea);position:relative}
.stb-grid-row>.stb-num{text-align:right;font-variant-numeric:tabular-nums}
.stb-grid-row>.stb-idx{color:var(--stb-muted,#6b6f7b);background:var(--stb-bg2,#f8f9fb)}
.stb-grid-row>.stb-pin{position:sticky;z-index:1;background:var(--stb-bg,#fff)}
.stb-grid-head .stb-grid-row>.stb-pin,.stb-grid-row>.stb-pin.stb-idx{background:var(--stb-bg2,#f0f2f6)}
.stb-grid-row>.stb-null{color:var(--stb-muted,#9a9ca5)}
.stb-grid-row[aria-selected=true]>div,.stb-grid-row>[aria-selected=true]{background:rgba(255,75,75,.12)}
.stb-grid-row>[tabindex="0"]:focus{outline:2px solid #ff4b4b;outline-offset:-2px}
.stb-grid-head button.stb-sort{all:unset;cursor:pointer;display:block;width:100%;overflow:hidden;text-overflow:ellipsis;font-weight:600}
.stb-grid-resize{position:absolute;right:0;top:0;width:6px;height:100%;cursor:col-resize;z-index:3}
.stb-grid-resize:focus{background:#ff4b4b55;outline:none}
.stb-grid-pick{margin:0 4px 0 0;vertical-align:middle}
.stb-grid-bar-track{display:inline-block;width:50%;height:6px;margin-right:6px;border-radius:3px;background:rgba(128,128,128,.25);vertical-align:middle}
.stb-grid-bar-fill{display:block;height:100%;border-radius:3px;background:#ff4b4b}
.stb-grid-row>div>.stb-spark{display:block;width:100%;height:calc(var(--stb-row-h) - 10px);margin-top:4px}
.stb-grid-row>div>.stb-grid-img{display:block;max-width:100%;height:calc(var(--stb-row-h) - 6px);margin-top:2px;object-fit:contain}
.stb-grid-row>div>.stb-grid-audio,.stb-grid-row>div>.stb-grid-video{display:block;max-width:100%;height:calc(var(--stb-row-h) - 4px);margin-top:1px}
.stb-grid-chips{display:inline-flex;gap:4px}
.stb-grid-chip{padding:0 6px;border-radius:10px;background:rgba(128,128,128,.15);line-height:1.6}
.stb-grid-button{font:inherit;font-size:12px;padding:1px 8px;border:1px solid var(--stb-border,#d6d6d9);border-radius:6px;background:transparent;color:inherit}
.stb-grid-button-primary{background:#ff4b4b;border-color:#ff4b4b;color:#fff}
.stb-dataframe[data-height=px]>.stb-grid{height:100%}
.stb-dataframe[data-height=px] .stb-grid-scroll{height:auto!important;flex:1 1 0;min-height:0}
.stb-table{border-collapse:collapse;font-size:14px;width:100%}
.stb-table th,.stb-table td{padding:4px 8px;text-align:left;border-bottom:1px solid var(--stb-border,#e6e6ea)}
.stb-table-border{border:1px solid var(--stb-border,#e6e6ea)}
.stb-table thead th{font-weight:600;color:var(--stb-muted,#6b6f7b)}
.stb-table .stb-num{text-align:right;font-variant-numeric:tabular-nums}
.stb-table .stb-null{color:var(--stb-muted,#9a9ca5)}
.stb-df-note{font-size:12px;opacity:.7}
.stb-grid-row>.stb-edited{font-style:italic}
.stb-grid-row>.stb-editing{padding:0;overflow:visible}
.stb-grid-row>.stb-editing>input,.stb-grid-row>.stb-editing>select{box-sizing:border-box;width:100%;height:100%;font:inherit;border:2px solid #ff4b4b;padding:0 6px;background:var(--stb-bg,#fff);color:inherit}
.stb-grid-row>.stb-editing>select[multiple]{position:absolute;left:0;top:0;height:auto;z-index:4}
.stb-grid-row>.stb-editing>[aria-invalid=true]{border-color:#bd4043;background:#fdebeb}
.stb-grid-row>.stb-ro{color:var(--stb-muted,#6b6f7b)}
.stb-grid-row>div>.stb-grid-toggle{margin:0;vertical-align:middle}
.stb-grid-row[aria-busy=true]>div{color:var(--stb-muted,#9a9ca5)}
`;

function injectCss(): void {
  if (document.getElementById("stb-grid-css")) return;
  const style = document.createElement("style");
  style.id = "stb-grid-css";
  style.textContent = CSS;
  document.head.append(style);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = "", text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** st.table: every row as a real <table> (meant to be read in full: no virtualisation). */
export function renderTable(host: HTMLElement, p: Table): void {
  const data = p.data;
  if (!data) return;
  const cols = shownColumns(data, p.hideIndex);
  const table = el("table", "stb-table");
  if (p.alt) table.setAttribute("aria-label", p.alt);
  table.classList.toggle("stb-table-border", p.border);
  if (!p.hideHeader) {
    const tr = el("tr");
    for (const c of cols) {
      const th = el("th", c.numeric ? "stb-num" : "", c.name);
      th.scope = "col";
      tr.append(th);
    }
    table.createTHead().append(tr);
  }
  const body = table.createTBody();
  const shown = Math.min(data.rows, TABLE_ROWS);
  for (let r = 0; r < shown; r++) {
    const tr = el("tr");
    for (const c of cols) {
      const cell = el(c.isIndex ? "th" : "td", c.numeric ? "stb-num" : "", c.isNull(r) ? "None" : c.text(r));
      if (c.isNull(r)) cell.classList.add("stb-null");
      if (c.isIndex) (cell as HTMLTableCellElement).scope = "row";
      tr.append(cell);
    }
    body.append(tr);
  }
  host.replaceChildren(table);
  const total = Math.max(data.totalRows, data.rows);
  if (total > shown) {
    host.append(el("p", "stb-df-note", `Showing the first ${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows.`));
  }
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface Selection {
  rows: Set<number>;
  columns: Set<string>;
  cells: Map<string, [number, string]>;
}

/** A new grid's selection: the app's `selection_default` (already checked by the runtime). */
function startingSelection(json: string): Selection {
  const out: Selection = { rows: new Set(), columns: new Set(), cells: new Map() };
  if (!json) return out;
  try {
    const s = (JSON.parse(json) as { selection?: { rows?: number[]; columns?: string[]; cells?: [number, string][] } }).selection ?? {};
    for (const r of s.rows ?? []) out.rows.add(r);
    for (const c of s.columns ?? []) out.columns.add(c);
    for (const [r, c] of s.cells ?? []) out.cells.set(`${r}\u0000${c}`, [r, c]);
  } catch {
    // not JSON: no selection
  }
  return out;
}

export class Grid {
  private readonly root = el("div", "stb-grid");
  private readonly status = el("span", "stb-grid-status");
  private readonly search = el("input");
  private readonly scroller = el("div", "stb-grid-scroll");
  private readonly head = el("div", "stb-grid-head");
  private readonly body = el("div", "stb-grid-body");
  private frame: Frame | null = null;
  private proto: Dataframe | null = null;
  private cols: ConfiguredColumn[] = [];
  private widths: number[] = [];
  private view: number[] = [];
  private sort: { col: number; dir: 1 | -1 } | null = null;
  private query = "";
  private modes = new Set<string>();
  private selection: Selection = { rows: new Set(), columns: new Set(), cells: new Map() };
  private active = { row: 0, col: 0 };
  private drawn = "";
  private searchTimer = 0;
  private rowH = ROW_H;
  private readonly edits = new EditState();
  private editCols = new Map<string, EditColumn>();
  private editing: { row: number; col: number; editor: HTMLInputElement | HTMLSelectElement } | null = null;
  private readonly addButton = el("button", "", "Add row");
  private readonly deleteButton = el("button", "", "Delete rows");
  /** Search, Copy and Download: hidden for a lazy table (its rows are not all here). */
  private tools: HTMLElement[] = [];
  /** A lazy table's rows (`lazy=`), fetched page by page; null when every row came. */
  private lazy: LazyRows<ConfiguredColumn[]> | null = null;

  constructor(
    host: HTMLElement,
    private readonly onSelect: (json: string) => void,
    private readonly sender?: Sender,
  ) {
    injectCss();
    this.search.type = "search";
    this.search.placeholder = "Search";
    this.search.setAttribute("aria-label", "Search the table");
    this.search.addEventListener("input", () => {
      window.clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => this.setQuery(this.search.value), 120);
    });
    const copy = el("button", "", "Copy");
    copy.type = "button";
    copy.setAttribute("aria-label", "Copy the rows as tab-separated text");
    copy.addEventListener("click", () => void this.copy(this.tsv()));
    const download = el("button", "", "Download as CSV");
    download.type = "button";
    download.addEventListener("click", () => this.download());
    this.status.setAttribute("aria-live", "polite");
    this.addButton.type = this.deleteButton.type = "button";
    this.addButton.hidden = this.deleteButton.hidden = true;
    this.addButton.addEventListener("click", () => this.addRow());
    this.deleteButton.addEventListener("click", () => this.deletePicked());
    const bar = el("div", "stb-grid-bar");
    bar.append(this.status, this.addButton, this.deleteButton, this.search, copy, download);
    this.tools = [this.search, copy, download];
    this.scroller.setAttribute("role", "grid");
    this.head.setAttribute("role", "rowgroup");
    this.body.setAttribute("role", "rowgroup");
    this.scroller.append(this.head, this.body);
    this.scroller.addEventListener("scroll", () => this.draw(), { passive: true });
    this.scroller.addEventListener("keydown", (e) => this.onKey(e));
    this.scroller.addEventListener("click", (e) => this.onClick(e));
    this.scroller.addEventListener("dblclick", (e) => {
      const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-col]");
      if (cell && !this.editing) this.openEditor(cell);
    });
    this.root.append(bar, this.scroller);
    host.replaceChildren(this.root);
  }

  update(p: Dataframe): void {
    const id = p.common?.id ?? "";
    const sameWidget = this.proto !== null && id === (this.proto.common?.id ?? "");
    this.proto = p;
    const modes = new Set(p.selectionMode);
    const frameChanged = p.data !== undefined && p.data !== this.frame;
    if (!frameChanged && this.sameModes(modes) && sameWidget) return;
    this.modes = modes;
    if (frameChanged) this.frame = p.data ?? null;
    // A rerun sends the table again: the selection (and an editor's edits) stay while the
    // widget is the same one (its id covers the data, so new data is a new widget).
    if (!sameWidget || !id) {
      this.selection = startingSelection(p.selectionDefault);
      this.edits.clear();
      this.editing = null;
    }
    const frame = this.frame;
    if (!frame) return;
    // The grid's accessible name (alt), which also tells its search box apart from others.
    if (p.alt) this.scroller.setAttribute("aria-label", p.alt);
    else this.scroller.removeAttribute("aria-label");
    this.search.setAttribute("aria-label", p.alt ? `Search ${p.alt}` : "Search the table");
    this.rowH = p.rowHeight || ROW_H;
    this.scroller.style.setProperty("--stb-row-h", `${this.rowH}px`);
    const columnsOf = (f: Frame): ConfiguredColumn[] => configured(shownColumns(f, p.hideIndex, p.columnOrder), p.columnConfig);
    this.cols = columnsOf(frame);
    if (frameChanged) this.followSource(p, frame, columnsOf);
    this.setUpEditing(p, frame);
    this.widths = this.cols.map((c) => c.width ?? this.initialWidth(c, frame.rows));
    if (this.sort && this.sort.col >= this.cols.length) this.sort = null;
    this.refilter();
  }

  /** A lazy table's source: a new one (each run registers its own) starts from its first page. */
  private followSource(p: Dataframe, frame: Frame, columnsOf: (f: Frame) => ConfiguredColumn[]): void {
    this.lazy?.destroy();
    this.lazy = null;
    if (p.lazySource && this.sender) {
      const changed = (): void => {
        this.status.textContent = this.lazy?.error || this.rowCountText();
        this.drawn = "";
        this.draw();
      };
      this.lazy = new LazyRows(p.lazySource, frame.totalRows, Math.max(1, frame.rows), frame, columnsOf, this.sender, changed);
      this.lazy.sort(this.lazySortBy());
    }
    for (const t of this.tools) t.hidden = this.lazy !== null;
  }

  /** The session's sort key for the grid's sort: data columns from 1, then index levels. */
  private lazySortBy(): number {
    const frame = this.frame;
    if (!this.sort || !frame) return 0;
    const c = this.cols[this.sort.col];
    const n = c.isIndex ? frame.columns.length + this.cols.filter((x) => x.isIndex).indexOf(c) + 1 : frame.columns.findIndex((f) => f.name === c.name) + 1;
    return n * this.sort.dir;
  }

  private rowCountText(): string {
    return `${(this.lazy?.count ?? 0).toLocaleString("en-US")} rows`;
  }

  destroy(): void {
    this.lazy?.destroy();
  }

  // -- layout -----------------------------------------------------------------------------------
  private hasRowPick(): boolean {
    return this.modes.has("single-row") || this.modes.has("multi-row") || this.modes.has("single-row-required") || this.canDelete();
  }

  // -- editing (st.data_editor) -----------------------------------------------------------------
  private mode(): Mode {
    return this.proto?.editingMode ?? Mode.READ_ONLY;
  }

  private locked(): boolean {
    return this.proto?.common?.disabled === true;
  }

  private canAdd(): boolean {
    return !this.locked() && (this.mode() === Mode.DYNAMIC || this.mode() === Mode.ADD);
  }

  private canDelete(): boolean {
    return !this.locked() && (this.mode() === Mode.DYNAMIC || this.mode() === Mode.DELETE);
  }

  private setUpEditing(p: Dataframe, frame: Frame): void {
    this.editCols.clear();
    const editor = p.editingMode !== Mode.READ_ONLY;
    this.addButton.hidden = !this.canAdd();
    this.deleteButton.hidden = !this.canDelete();
    this.deleteButton.disabled = true;
    if (!editor) return;
    const raw = parseConfig(p.columnConfig) as Record<string, Parameters<typeof editColumn>[2]>;
    const off = new Set(p.disabledColumns);
    frame.columns.forEach((c, i) => {
      const kind = p.dataKinds[i] ?? "unknown";
      this.editCols.set(c.name, editColumn(c.name, kind, raw[c.name], this.locked() || off.has(c.name)));
    });
    // A numbered (range) index is the row's position, not a value to edit.
    const indexKind = frame.rangeIndex ? "range" : p.indexDataKind;
    this.editCols.set("_index", editColumn("_index", indexKind, raw._index, this.locked() || off.has("_index")));
  }

  private keyOf(c: ConfiguredColumn): string {
    return c.isIndex ? "_index" : c.name;
  }

  private editable(c: ConfiguredColumn | undefined): EditColumn | null {
    const e = c ? this.editCols.get(this.keyOf(c)) : undefined;
    return e?.editable ? e : null;
  }

  /** A cell's text with the edits applied; null for an empty (null) cell. */
  private cellText(c: ConfiguredColumn, r: number): string | null {
    const rows = this.frame?.rows ?? 0;
    const v = this.edits.get(r, rows, this.keyOf(c));
    const format = this.editCols.get(this.keyOf(c))?.format;
    if (typeof v === "number" && format) return formatNumber(format, v);
    if (v !== undefined) return v === null ? null : valueText(v);
    if (r >= rows) return null;
    return c.isNull(r) && !(this.frame?.columns.find((f) => f.name === c.name)?.display.length) ? null : c.text(r);
  }

  private edited(c: ConfiguredColumn, r: number): boolean {
    const rows = this.frame?.rows ?? 0;
    return r < rows && this.edits.get(r, rows, this.keyOf(c)) !== undefined;
  }

  private sendEdits(): void {
    this.onSelect(this.edits.json());
  }

  private openEditor(cell: HTMLElement, typed?: string): void {
    const row = cell.parentElement;
    if (!row || row.dataset.row === undefined) return;
    const r = Number(row.dataset.row);
    const j = Number(cell.dataset.col);
    const c = this.cols[j];
    const e = this.editable(c);
    if (!e) return;
    if (isCheckbox(e)) {
      this.commitValue(r, c, !(this.cellText(c, r) === "true" || this.cellText(c, r) === "True"));
      return;
    }
    const editor = editorFor(e, typed ?? this.editText(c, e, r), `Edit ${c.label || "index"}, row ${r}`);
    this.editing = { row: r, col: j, editor };
    cell.classList.add("stb-editing");
    cell.replaceChildren(editor);
    editor.addEventListener("keydown", (ev) => {
      const k = (ev as KeyboardEvent).key;
      ev.stopPropagation();
      if (k === "Enter" || k === "Tab") {
        ev.preventDefault();
        this.commitEditor();
      } else if (k === "Escape") {
        ev.preventDefault();
        this.closeEditor();
      }
    });
    editor.addEventListener("blur", () => {
      if (this.editing?.editor === editor) this.commitEditor();
    });
    editor.addEventListener("dblclick", (ev) => ev.stopPropagation());
    editor.focus();
    if (editor instanceof HTMLInputElement && editor.type === "text" && typed === undefined) editor.select();
  }

  /** A cell's value as its editor starts with it: numbers unformatted, lists as "a, b",
   * durations in seconds. */
  private editText(c: ConfiguredColumn, e: EditColumn, r: number): string {
    const rows = this.frame?.rows ?? 0;
    const v = this.edits.get(r, rows, this.keyOf(c));
    if (Array.isArray(v)) return v.join(", ");
    if (v !== undefined) return valueText(v);
    const text = this.cellText(c, r) ?? "";
    if (r >= rows || text === "") return text;
    if (e.kind === "integer" || e.kind === "float") {
      const key = c.sortKey(r); // the number itself, not its formatted text ("$4.25", "%d ⭐")
      return typeof key === "number" && !Number.isNaN(key) ? String(key) : text;
    }
    if (e.kind === "timedelta") {
      const unit = this.frame?.columns.find((f) => f.name === c.name)?.unit ?? "s";
      const key = c.sortKey(r);
      return typeof key === "number" ? String(key * (SECONDS[unit] ?? 1)) : text;
    }
    if (isList(e)) {
      try {
        const items = JSON.parse(text) as unknown;
        if (Array.isArray(items)) return items.map(String).join(", ");
      } catch {
        return text;
      }
    }
    return text;
  }

  /** Takes the open editor's value; a value the column refuses keeps the editor open. */
  private commitEditor(): void {
    const open = this.editing;
    if (!open) return;
    const c = this.cols[open.col];
    const e = this.editable(c);
    if (!e) return this.closeEditor();
    const got = valueOf(e, open.editor);
    if ("error" in got) {
      open.editor.setAttribute("aria-invalid", "true");
      open.editor.title = got.error;
      this.status.textContent = got.error;
      return;
    }
    this.editing = null;
    this.commitValue(open.row, c, got.value);
  }

  private closeEditor(): void {
    const open = this.editing;
    this.editing = null;
    this.drawn = "";
    this.draw();
    if (open) this.focusCell(this.view.indexOf(open.row), open.col);
  }

  private commitValue(r: number, c: ConfiguredColumn, value: CellValue): void {
    const rows = this.frame?.rows ?? 0;
    const key = this.keyOf(c);
    const before = this.edits.get(r, rows, key);
    this.edits.set(r, rows, key, value);
    this.drawn = "";
    this.draw();
    this.focusCell(this.view.indexOf(r), this.cols.indexOf(c));
    if (before !== value) this.sendEdits();
  }

  private addRow(): void {
    if (!this.canAdd() || !this.frame) return;
    const row = new Map<string, CellValue>();
    for (const e of this.editCols.values()) if (e.defaultValue !== undefined && e.defaultValue !== null) row.set(e.key, e.defaultValue);
    this.edits.added.push(row);
    this.refilter();
    const r = this.frame.rows + this.edits.added.length - 1;
    const j = this.cols.findIndex((c) => this.editable(c) !== null);
    this.focusCell(this.view.indexOf(r), Math.max(0, j));
    this.sendEdits();
  }

  private deletePicked(): void {
    if (!this.canDelete() || !this.frame || !this.selection.rows.size) return;
    this.edits.remove(this.selection.rows, this.frame.rows);
    this.selection.rows.clear();
    this.deleteButton.disabled = true;
    this.refilter();
    this.sendEdits();
  }

  private colOffset(): number {
    return this.hasRowPick() ? 1 : 0;
  }

  private initialWidth(c: ConfiguredColumn, rows: number): number {
    let longest = c.label.length + 2;
    for (let r = 0; r < Math.min(rows, 200); r++) longest = Math.max(longest, c.text(r).length);
    return Math.max(56, Math.min(400, longest * 8 + 20));
  }

  private applyWidths(): void {
    const pick = this.hasRowPick() ? "36px " : "";
    this.scroller.style.setProperty("--stb-cols", pick + this.widths.map((w) => `${w}px`).join(" "));
    // Pinned columns (first in order) stick at the sum of the widths before them.
    let left = this.hasRowPick() ? 36 : 0;
    this.cols.forEach((c, j) => {
      if (!c.pinned) return;
      this.scroller.style.setProperty(`--stb-pin-${j}`, `${left}px`);
      left += this.widths[j];
    });
  }

  /** Makes a pinned column's cell (or header) stick on the left. */
  private pin(cell: HTMLElement, c: ConfiguredColumn, j: number): void {
    if (!c.pinned) return;
    cell.classList.add("stb-pin");
    cell.style.left = `var(--stb-pin-${j})`;
  }

  /** Up to ten rows tall; a height from the app (layout data-height=px) overrides it in CSS. */
  private sizeScroller(): void {
    const rows = Math.min(this.view.length, DEFAULT_ROWS);
    this.scroller.style.height = `${(rows + 1) * this.rowH + 3}px`;
  }

  // -- data view (search + sort) ----------------------------------------------------------------
  private setQuery(q: string): void {
    this.query = q.trim().toLowerCase();
    this.refilter();
  }

  private refilter(): void {
    const frame = this.frame;
    if (!frame) return;
    if (this.lazy) {
      // Every row is a place in the session's order: sorting is the session's, search is off.
      this.lazy.sort(this.lazySortBy());
      this.view = Array.from({ length: this.lazy.count }, (_, i) => i);
      this.status.textContent = this.rowCountText();
      return this.layOut();
    }
    const n = frame.rows;
    const q = this.query;
    // Rows are the input's (less deleted ones) then added ones, numbered on from the input's.
    let ids: number[] = Array.from({ length: n }, (_, i) => i);
    if (this.edits.deleted.size) ids = ids.filter((r) => !this.edits.deleted.has(r));
    for (let a = 0; a < this.edits.added.length; a++) ids.push(n + a);
    let view: number[] = [];
    if (!q) {
      view = ids;
    } else {
      const editor = this.editCols.size > 0;
      for (const r of ids) {
        if (this.cols.some((c) => (editor ? (this.cellText(c, r) ?? "") : c.text(r)).toLowerCase().includes(q))) view.push(r);
      }
    }
    if (this.sort) {
      const { col, dir } = this.sort;
      const c = this.cols[col];
      const keys = new Map<number, number | string>();
      for (const r of view) keys.set(r, this.sortKeyOf(c, r));
      view.sort((a, b) => {
        const ka = keys.get(a) as number | string;
        const kb = keys.get(b) as number | string;
        const nullA = typeof ka === "number" && Number.isNaN(ka);
        const nullB = typeof kb === "number" && Number.isNaN(kb);
        if (nullA || nullB) return nullA === nullB ? a - b : nullA ? 1 : -1; // nulls last both ways
        return dir * compareKeys(ka, kb) || a - b;
      });
    }
    this.view = view;
    this.deleteButton.disabled = this.selection.rows.size === 0;
    this.active.row = Math.min(this.active.row, Math.max(0, view.length - 1));
    const total = frame.totalRows > frame.rows ? ` (first ${frame.rows.toLocaleString("en-US")} of ${frame.totalRows.toLocaleString("en-US")} rows sent)` : "";
    this.status.textContent = q
      ? `${view.length.toLocaleString("en-US")} of ${n.toLocaleString("en-US")} rows match${total}`
      : `${n.toLocaleString("en-US")} rows${total}`;
    this.layOut();
  }

  private layOut(): void {
    const view = this.view;
    this.scroller.setAttribute("aria-rowcount", String(view.length + 1));
    this.scroller.setAttribute("aria-colcount", String(this.cols.length + this.colOffset()));
    this.applyWidths();
    this.sizeScroller();
    this.body.style.height = `${view.length * this.rowH}px`;
    this.drawHeader();
    this.drawn = "";
    this.draw();
  }

  private sortKeyOf(c: ConfiguredColumn, r: number): number | string {
    const rows = this.frame?.rows ?? 0;
    const v = this.edits.get(r, rows, this.keyOf(c));
    if (v === undefined) return c.sortKey(r);
    if (v === null) return Number.NaN;
    return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : valueText(v);
  }

  // -- drawing ----------------------------------------------------------------------------------
  private drawHeader(): void {
    const row = el("div", "stb-grid-row");
    row.setAttribute("role", "row");
    row.setAttribute("aria-rowindex", "1");
    const multiCol = this.modes.has("multi-column") || this.modes.has("single-column");
    if (this.hasRowPick()) {
      const cell = el("div");
      cell.setAttribute("role", "columnheader");
      cell.setAttribute("aria-colindex", "1");
      if (this.modes.has("multi-row")) {
        const all = this.checkbox("Select all rows", this.view.length > 0 && this.view.every((r) => this.selection.rows.has(r)));
        all.dataset.pick = "all";
        cell.append(all);
      }
      row.append(cell);
    }
    this.cols.forEach((c, j) => {
      const cell = el("div", c.numeric ? "stb-num" : "");
      this.pin(cell, c, j);
      cell.setAttribute("role", "columnheader");
      cell.setAttribute("aria-colindex", String(j + 1 + this.colOffset()));
      const dir = this.sort?.col === j ? this.sort.dir : 0;
      cell.setAttribute("aria-sort", dir === 1 ? "ascending" : dir === -1 ? "descending" : "none");
      if (multiCol && !c.isIndex) {
        const pick = this.checkbox(`Select column ${c.label}`, this.selection.columns.has(c.name));
        pick.dataset.pickCol = c.name;
        cell.append(pick);
      }
      const button = el("button", "stb-sort", `${c.label}${dir === 1 ? " ↑" : dir === -1 ? " ↓" : ""}`);
      button.type = "button";
      button.title = c.help || `Sort by ${c.label || "index"} (${c.dtype})`;
      button.dataset.sort = String(j);
      cell.append(button);
      const grip = el("span", "stb-grid-resize");
      grip.setAttribute("role", "separator");
      grip.setAttribute("aria-orientation", "vertical");
      grip.setAttribute("aria-label", `Resize column ${c.label || "index"}`);
      grip.setAttribute("aria-valuenow", String(this.widths[j]));
      grip.tabIndex = 0;
      this.resizable(grip, j);
      cell.append(grip);
      row.append(cell);
    });
    this.head.replaceChildren(row);
  }

  private checkbox(label: string, checked: boolean): HTMLInputElement {
    const box = el("input", "stb-grid-pick");
    box.type = "checkbox";
    box.checked = checked;
    box.setAttribute("aria-label", label);
    return box;
  }

  private draw(): void {
    const top = this.scroller.scrollTop;
    const height = this.scroller.clientHeight || (DEFAULT_ROWS + 1) * this.rowH;
    const first = Math.max(0, Math.floor(top / this.rowH) - OVERSCAN);
    const last = Math.min(this.view.length, Math.ceil((top + height) / this.rowH) + OVERSCAN);
    const key = `${first}:${last}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const rows: HTMLElement[] = [];
    // Redrawn rows are new elements: a focused cell (or an open cell editor) keeps the focus.
    const focused = this.body.contains(document.activeElement);
    this.lazy?.want(first, last);
    for (let i = first; i < last; i++) rows.push(this.drawRow(i));
    this.body.replaceChildren(...rows);
    if (!focused) return;
    if (this.editing) this.editing.editor.focus();
    else this.body.querySelector<HTMLElement>(`[aria-rowindex="${this.active.row + 2}"] [data-col="${this.active.col}"]`)?.focus();
  }

  private drawRow(i: number): HTMLElement {
    const r = this.view[i];
    const row = el("div", "stb-grid-row");
    row.setAttribute("role", "row");
    row.setAttribute("aria-rowindex", String(i + 2));
    row.style.transform = `translateY(${i * this.rowH}px)`;
    row.dataset.row = String(r);
    const off = this.colOffset();
    if (off) {
      const cell = el("div");
      cell.setAttribute("role", "gridcell");
      cell.setAttribute("aria-colindex", "1");
      const pick = this.checkbox(`Select row ${r}`, this.selection.rows.has(r));
      pick.dataset.pickRow = String(r);
      cell.append(pick);
      row.append(cell);
      row.setAttribute("aria-selected", String(this.selection.rows.has(r)));
    }
    const placeholder = this.proto?.placeholder || "None";
    const editor = this.editCols.size > 0;
    // A lazy table's row comes from its page (a placeholder row while the page is on its way).
    const paged = this.lazy?.at(r);
    if (this.lazy && !paged) row.setAttribute("aria-busy", "true");
    const k = paged ? paged[1] : r; // the row in the columns drawn
    this.cols.forEach((shown, j) => {
      const c = paged ? (paged[0][j] ?? shown) : shown;
      const text = editor ? this.cellText(c, r) : null;
      if (this.lazy && !paged) {
        const cell = el("div", shown.isIndex ? "stb-idx" : "", "…");
        cell.setAttribute("role", shown.isIndex ? "rowheader" : "gridcell");
        cell.setAttribute("aria-colindex", String(j + 1 + off));
        cell.dataset.col = String(j);
        cell.tabIndex = i === this.active.row && j === this.active.col ? 0 : -1;
        this.pin(cell, shown, j);
        row.append(cell);
        return;
      }
      const isNull = editor ? text === null : c.isNull(k) && !(this.frame?.columns.find((f) => f.name === c.name)?.display.length);
      const e = editor ? this.editable(c) : null;
      const cls = [c.numeric ? "stb-num" : "", c.isIndex ? "stb-idx" : "", isNull ? "stb-null" : "", editor && !e ? "stb-ro" : "", editor && this.edited(c, r) ? "stb-edited" : ""].filter(Boolean).join(" ");
      const cell = el("div", cls, isNull ? placeholder : editor ? (text ?? "") : c.text(k));
      if (!isNull && (!editor || (r < (this.frame?.rows ?? 0) && !this.edited(c, r)))) this.decorate(cell, c, k);
      if (e && isCheckbox(e)) {
        const on = text === "true" || text === "True";
        const box = this.checkbox(`${c.label}, row ${r}`, on);
        box.className = "stb-grid-toggle";
        box.dataset.toggle = "1";
        box.tabIndex = -1;
        cell.replaceChildren(box);
        cell.classList.remove("stb-null");
      }
      if (this.editing && this.editing.row === r && this.editing.col === j) {
        cell.classList.add("stb-editing");
        cell.replaceChildren(this.editing.editor);
      }
      this.pin(cell, c, j);
      cell.setAttribute("role", c.isIndex ? "rowheader" : "gridcell");
      cell.setAttribute("aria-colindex", String(j + 1 + off));
      cell.dataset.col = String(j);
      if (this.selection.cells.has(`${r}\u0000${c.name}`) || this.selection.columns.has(c.name)) {
        cell.setAttribute("aria-selected", "true");
      }
      cell.tabIndex = i === this.active.row && j === this.active.col ? 0 : -1;
      row.append(cell);
    });
    return row;
  }

  /** What a typed column draws in its cells (links, images, bars, charts...); alignment. */
  private decorate(cell: HTMLElement, c: ConfiguredColumn, r: number): void {
    if (c.align) cell.style.textAlign = c.align;
    c.draw?.(cell, r);
  }

  // -- interaction ------------------------------------------------------------------------------
  private resizable(grip: HTMLElement, j: number): void {
    const set = (w: number): void => {
      this.widths[j] = Math.max(40, Math.min(2000, Math.round(w)));
      grip.setAttribute("aria-valuenow", String(this.widths[j]));
      this.applyWidths();
    };
    grip.addEventListener("pointerdown", (e) => {
      e.preventDefault();
      e.stopPropagation();
      const start = e.clientX;
      const base = this.widths[j];
      const move = (m: PointerEvent): void => set(base + m.clientX - start);
      const up = (): void => {
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
      };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    });
    grip.addEventListener("click", (e) => e.stopPropagation());
    grip.addEventListener("keydown", (e) => {
      if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
        e.preventDefault();
        e.stopPropagation();
        set(this.widths[j] + (e.key === "ArrowRight" ? 16 : -16));
      }
    });
  }

  private onClick(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.dataset.toggle) {
      e.preventDefault();
      const cell = target.closest<HTMLElement>("[data-col]");
      if (cell) this.openEditor(cell);
      return;
    }
    if (target instanceof HTMLInputElement && target.type === "checkbox") {
      this.pick(target);
      return;
    }
    const sortButton = target.closest<HTMLElement>("[data-sort]");
    if (sortButton && this.canAdd()) {
      this.status.textContent = "Sorting is off while rows can be added.";
      return;
    }
    if (sortButton) {
      const col = Number(sortButton.dataset.sort);
      const dir = this.sort?.col === col ? this.sort.dir : 0;
      this.sort = dir === 0 ? { col, dir: 1 } : dir === 1 ? { col, dir: -1 } : null;
      this.refilter();
      this.head.querySelector<HTMLElement>(`[data-sort="${col}"]`)?.focus();
      return;
    }
    const cell = target.closest<HTMLElement>("[data-col]");
    const row = cell?.parentElement;
    if (cell && row?.dataset.row !== undefined) {
      const r = Number(row.dataset.row);
      const j = Number(cell.dataset.col);
      this.focusCell(this.view.indexOf(r), j);
      const cellMode = this.modes.has("single-cell") || this.modes.has("multi-cell");
      const name = this.cols[j]?.name ?? "";
      if (cellMode && !this.cols[j]?.isIndex) {
        const key = `${r}\u0000${name}`;
        const had = this.selection.cells.has(key);
        if (this.modes.has("single-cell")) this.selection.cells.clear();
        if (had) this.selection.cells.delete(key);
        else this.selection.cells.set(key, [r, name]);
        this.changed();
      }
    }
  }

  private pick(box: HTMLInputElement): void {
    const s = this.selection;
    if (box.dataset.pick === "all") {
      if (box.checked) for (const r of this.view) s.rows.add(r);
      else s.rows.clear();
    } else if (box.dataset.pickRow !== undefined) {
      const r = Number(box.dataset.pickRow);
      const single = !this.modes.has("multi-row");
      if (box.checked) {
        if (single) s.rows.clear();
        s.rows.add(r);
      } else if (!this.modes.has("single-row-required")) {
        s.rows.delete(r);
      } else {
        box.checked = true;
        return;
      }
    } else if (box.dataset.pickCol !== undefined && this.editCols.size === 0) {
      const name = box.dataset.pickCol;
      if (box.checked) {
        if (this.modes.has("single-column")) s.columns.clear();
        s.columns.add(name);
      } else {
        s.columns.delete(name);
      }
    }
    if (this.editCols.size > 0) {
      // An editor's row picks choose rows to delete; they are not a selection to report.
      this.deleteButton.disabled = s.rows.size === 0;
      this.drawHeader();
      this.drawn = "";
      this.draw();
      return;
    }
    this.changed();
  }

  private changed(): void {
    this.drawHeader();
    this.drawn = "";
    this.draw();
    const names = this.frame?.columns.map((c) => c.name) ?? [];
    const json = JSON.stringify({
      selection: {
        rows: [...this.selection.rows].sort((a, b) => a - b),
        columns: names.filter((n) => this.selection.columns.has(n)),
        cells: [...this.selection.cells.values()],
      },
    });
    this.onSelect(json);
  }

  private focusCell(i: number, j: number): void {
    if (i < 0 || !this.view.length) return;
    this.active = { row: Math.max(0, Math.min(this.view.length - 1, i)), col: Math.max(0, Math.min(this.cols.length - 1, j)) };
    const top = this.active.row * this.rowH;
    const view = this.scroller.clientHeight - this.rowH;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = top;
    else if (top > this.scroller.scrollTop + view - this.rowH) this.scroller.scrollTop = top - view + this.rowH;
    // Redraw only when the row is not drawn yet: a click's cell stays the same element (so a
    // double-click on it still reaches it).
    const find = (): HTMLElement | null =>
      this.body.querySelector<HTMLElement>(`[aria-rowindex="${this.active.row + 2}"] [data-col="${this.active.col}"]`);
    let cell = find();
    if (!cell || this.editing) {
      this.drawn = "";
      this.draw();
      cell = find();
    }
    for (const other of this.body.querySelectorAll<HTMLElement>('[data-col][tabindex="0"]')) other.tabIndex = -1;
    if (cell) {
      cell.tabIndex = 0;
      cell.focus();
    }
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (!target.dataset.col) return;
    const { row, col } = this.active;
    const page = DEFAULT_ROWS;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [row + 1, col], ArrowUp: [row - 1, col], ArrowLeft: [row, col - 1], ArrowRight: [row, col + 1],
      PageDown: [row + page, col], PageUp: [row - page, col], Home: [row, 0], End: [row, this.cols.length - 1],
    };
    const move = moves[e.key];
    const cellEl = target.closest<HTMLElement>("[data-col]");
    if (this.editCols.size > 0 && cellEl && !e.ctrlKey && !e.metaKey && !e.altKey) {
      if (e.key === "Enter" || e.key === "F2" || e.key === " ") {
        e.preventDefault();
        const c = this.cols[col];
        const ed = this.editable(c);
        if (ed && (e.key !== " " || isCheckbox(ed))) this.openEditor(cellEl);
        return;
      }
      if (e.key.length === 1 && this.editable(this.cols[col]) && !isCheckbox(this.editable(this.cols[col]) as EditColumn)) {
        e.preventDefault();
        this.openEditor(cellEl, e.key);
        return;
      }
      if ((e.key === "Delete" || e.key === "Backspace") && this.selection.rows.size && this.canDelete()) {
        e.preventDefault();
        this.deletePicked();
        return;
      }
    }
    if (move) {
      e.preventDefault();
      this.focusCell(move[0], move[1]);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "c") {
      e.preventDefault();
      void this.copy(target.textContent ?? "");
    }
  }

  // -- export -----------------------------------------------------------------------------------
  private rowsAsText(sep: string, quote: (t: string) => string): string {
    const lines = [this.cols.map((c) => quote(c.name)).join(sep)];
    const editor = this.editCols.size > 0;
    for (const r of this.view) lines.push(this.cols.map((c) => quote(editor ? (this.cellText(c, r) ?? "") : c.isNull(r) ? "" : c.text(r))).join(sep));
    return lines.join("\n");
  }

  private tsv(): string {
    return this.rowsAsText("\t", (t) => t.replace(/[\t\n]/g, " "));
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status.textContent = "Copied.";
    } catch {
      const area = el("textarea");
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
      this.status.textContent = "Copied.";
    }
  }

  private download(): void {
    const blob = new Blob([`${this.rowsAsText(",", csvField)}\n`], { type: "text/csv;charset=utf-8" });
    const link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = `${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}_export.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private sameModes(modes: Set<string>): boolean {
    return modes.size === this.modes.size && [...modes].every((m) => this.modes.has(m));
  }
}
