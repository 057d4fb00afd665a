/**
 * st.data_editor's edits as the grid chunk keeps them: changed cells of the input's rows, added
 * rows, deleted rows, sent back as Streamlit's edit state (JSON text). Also each column's cell
 * editor: what input edits it (text, number with min/max/step, checkbox, select of options,
 * date/time/datetime) and how the typed text becomes the value Python parses for the column's
 * data kind. Used by the grid chunk only.
 */

export type CellValue = string | number | boolean | null | (string | number | boolean | null)[];

/** A column's editing settings: its data kind (from Python) and its column_config. */
export interface EditColumn {
  readonly key: string; // the column's name in the edit state ("_index" for the index)
  readonly kind: string; // Streamlit's data kind: "integer", "float", "boolean", "string", ...
  readonly type: string; // the column_config type ("" when not configured)
  readonly editable: boolean;
  readonly required: boolean;
  readonly defaultValue: CellValue | undefined;
  readonly options: { value: CellValue; label: string }[] | null;
  readonly min: number | string | null;
  readonly max: number | string | null;
  readonly step: number | null;
  readonly maxChars: number | null;
  readonly validate: RegExp | null;
  readonly format: string | null; // a NumberColumn's format, for edited numbers too
}

interface RawConfig {
  disabled?: boolean | null;
  required?: boolean | null;
  default?: CellValue;
  type_config?: {
    type?: string;
    options?: (CellValue | { value: CellValue; label?: string | null })[] | null;
    min_value?: number | string | null;
    max_value?: number | string | null;
    step?: number | null;
    max_chars?: number | null;
    validate?: string | null;
    format?: string | null;
  } | null;
}

const EDITABLE_KINDS = new Set(["integer", "float", "boolean", "string", "datetime", "date", "time", "timedelta", "decimal", "empty", "list"]);
const READ_ONLY_TYPES = new Set(["line_chart", "bar_chart", "area_chart", "image", "json", "progress", "markdown", "audio", "video", "button"]);

function regex(source: string | null | undefined): RegExp | null {
  if (!source) return null;
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    return null;
  }
}

export function editColumn(key: string, kind: string, raw: RawConfig | undefined, disabled: boolean): EditColumn {
  const cfg = raw ?? {};
  const tc = cfg.type_config ?? {};
  const type = tc.type ?? "";
  const options = tc.options
    ? tc.options.map((o) => (o !== null && typeof o === "object" && !Array.isArray(o) ? { value: o.value, label: o.label ?? String(o.value) } : { value: o, label: o === null ? "" : String(o) }))
    : null;
  return {
    key,
    kind,
    type,
    editable: !disabled && cfg.disabled !== true && EDITABLE_KINDS.has(kind) && !READ_ONLY_TYPES.has(type),
    required: cfg.required === true,
    defaultValue: cfg.default ?? undefined,
    options,
    min: tc.min_value ?? null,
    max: tc.max_value ?? null,
    step: tc.step ?? null,
    maxChars: tc.max_chars ?? null,
    validate: regex(tc.validate),
    format: tc.type === "number" || tc.type === "progress" ? (tc.format ?? null) : null,
  };
}

/** Whether the column toggles with a click instead of opening an editor. */
export function isCheckbox(c: EditColumn): boolean {
  return c.type === "checkbox" || (c.type === "" && c.kind === "boolean");
}

/** A list cell: several values, typed as "a, b" or picked from the column's options. */
export function isList(c: EditColumn): boolean {
  return c.type === "list" || c.type === "multiselect" || (c.type === "" && c.kind === "list");
}

function isNumeric(c: EditColumn): boolean {
  return c.type === "number" || (c.type === "" && ["integer", "float", "decimal", "timedelta"].includes(c.kind));
}

function inputType(c: EditColumn): string {
  if (isNumeric(c)) return "number";
  const temporal = c.type || c.kind;
  if (temporal === "date") return "date";
  if (temporal === "time") return "time";
  if (temporal === "datetime") return "datetime-local";
  return "text";
}

/** The input that edits a cell, holding its current text. */
export function editorFor(c: EditColumn, text: string, label: string): HTMLInputElement | HTMLSelectElement {
  if (c.options && isList(c)) {
    const picked = new Set(text.split(",").map((t) => t.trim()));
    const select = document.createElement("select");
    select.multiple = true;
    select.size = Math.min(6, c.options.length);
    c.options.forEach((o, i) => select.append(new Option(o.label, String(i), false, picked.has(o.label) || picked.has(String(o.value)))));
    select.setAttribute("aria-label", label);
    return select;
  }
  if (c.options) {
    const select = document.createElement("select");
    if (!c.required) select.append(new Option("", ""));
    c.options.forEach((o, i) => select.append(new Option(o.label, String(i), false, o.label === text || String(o.value) === text)));
    select.setAttribute("aria-label", label);
    return select;
  }
  const input = document.createElement("input");
  input.type = inputType(c);
  input.setAttribute("aria-label", label);
  if (input.type === "number") {
    if (typeof c.min === "number") input.min = String(c.min);
    if (typeof c.max === "number") input.max = String(c.max);
    input.step = c.step !== null ? String(c.step) : c.kind === "integer" ? "1" : "any";
  } else if (input.type !== "text") {
    input.step = "1";
    if (typeof c.min === "string") input.min = c.min.slice(0, input.type === "date" ? 10 : 19);
    if (typeof c.max === "string") input.max = c.max.slice(0, input.type === "date" ? 10 : 19);
  } else if (c.maxChars) {
    input.maxLength = c.maxChars;
  }
  input.value = input.type === "datetime-local" ? text.replace(" ", "T").slice(0, 19) : input.type === "time" ? text.slice(0, 8) : text;
  return input;
}

/**
 * The value an editor's text stands for, or an error message when it is not one the column
 * takes (the edit is refused and the editor stays open).
 */
export function valueOf(c: EditColumn, editor: HTMLInputElement | HTMLSelectElement): { value: CellValue } | { error: string } {
  if (editor instanceof HTMLSelectElement && editor.multiple) {
    return { value: [...editor.selectedOptions].map((o) => c.options?.[Number(o.value)]?.value ?? null) as CellValue };
  }
  if (editor instanceof HTMLSelectElement) {
    const o = editor.value === "" ? null : c.options?.[Number(editor.value)];
    return { value: o ? o.value : null };
  }
  const text = editor.value;
  if (text === "") return c.required ? { error: "A value is required." } : { value: null };
  if (editor.type === "number") {
    let n = Number(text);
    if (!Number.isFinite(n)) return { error: "Enter a number." };
    if (c.kind === "integer" && c.type !== "number") n = Math.round(n);
    if (typeof c.min === "number" && n < c.min) n = c.min;
    if (typeof c.max === "number" && n > c.max) n = c.max;
    return { value: n };
  }
  if (editor.type === "datetime-local") return { value: text.length === 16 ? `${text}:00` : text };
  if (editor.type === "time") return { value: text.length === 5 ? `${text}:00` : text };
  if (isList(c)) return { value: text.split(",").map((t) => t.trim()).filter((t) => t !== "") };
  if (c.validate && !c.validate.test(text)) return { error: "The value does not match the column's format." };
  return { value: text };
}

/** How an edited value reads in its cell. */
export function valueText(v: CellValue): string {
  if (v === null) return "";
  if (Array.isArray(v)) return JSON.stringify(v);
  if (typeof v === "string") return v.replace("T", " ");
  return String(v);
}

export class EditState {
  readonly edited = new Map<number, Map<string, CellValue>>();
  added: Map<string, CellValue>[] = [];
  readonly deleted = new Set<number>();

  clear(): void {
    this.edited.clear();
    this.added = [];
    this.deleted.clear();
  }

  /** The value of a cell: row < rows is an input row, the rest are added rows in order. */
  get(row: number, rows: number, key: string): CellValue | undefined {
    if (row >= rows) return this.added[row - rows]?.get(key) ?? null;
    return this.edited.get(row)?.get(key);
  }

  set(row: number, rows: number, key: string, value: CellValue): void {
    if (row >= rows) {
      this.added[row - rows]?.set(key, value);
      return;
    }
    let cells = this.edited.get(row);
    if (!cells) this.edited.set(row, (cells = new Map()));
    cells.set(key, value);
  }

  /** Deletes rows: input rows are marked deleted, added rows are dropped. */
  remove(rowsToDelete: Iterable<number>, rows: number): void {
    const dropAdded = new Set<number>();
    for (const r of rowsToDelete) {
      if (r >= rows) dropAdded.add(r - rows);
      else this.deleted.add(r);
    }
    this.added = this.added.filter((_, i) => !dropAdded.has(i));
  }

  json(): string {
    const edited: Record<string, Record<string, CellValue>> = {};
    for (const [row, cells] of [...this.edited].sort((a, b) => a[0] - b[0])) edited[String(row)] = Object.fromEntries(cells);
    return JSON.stringify({
      edited_rows: edited,
      added_rows: this.added.map((row) => Object.fromEntries(row)),
      deleted_rows: [...this.deleted].sort((a, b) => a - b),
    });
  }
}
